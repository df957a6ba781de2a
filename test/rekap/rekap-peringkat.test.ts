// The rekap's ranks and groups (src/compute/rekap.ts, rekap-susun.ts, rekap-rumpun.ts), on agencies
// made here: ties share a rank and the next rank skips (1, 2, 2, 4), values equal as printed tie
// even when their exact fractions differ, an agency without the measure has no rank and comes last;
// groups by rumpun in the pemda's order, by kategori/predikat in the order of their best member.
import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/compute/rational.ts';
import { peringkat, type InstansiRekap } from '../../src/compute/rekap.ts';
import { susun, urutkan } from '../../src/compute/rekap-susun.ts';
import { rumpunInstansi } from '../../src/compute/rekap-rumpun.ts';
import { validateSchema } from '../../src/validate/schema.ts';

const r = (s: string) => Rational.of(BigInt(s.replace(',', '')), 10n ** BigInt(s.split(',')[1]?.length ?? 0));

describe('peringkat', () => {
  it('equal values share a rank and the next rank skips them', () => {
    expect(peringkat([r('90'), r('105,5'), r('90'), r('120'), r('90'), r('80')])).toEqual([3, 2, 3, 1, 3, 6]);
  });

  it('values equal to two decimals (as printed) share a rank; a difference in the printed figure does not', () => {
    // 104,6151… and 104,6249… both print 104,62 %; 104,6251 prints 104,63 %.
    const a = Rational.of(1046151n, 10000n);
    const b = Rational.of(1046249n, 10000n);
    const c = Rational.of(1046251n, 10000n);
    expect(peringkat([a, b, c])).toEqual([2, 2, 1]);
  });

  it('an absent value has no rank and does not take a place', () => {
    expect(peringkat([undefined, r('70'), undefined, r('75')])).toEqual([undefined, 2, undefined, 1]);
    expect(peringkat([])).toEqual([]);
  });
});

function instansi(nama: string, rumpun: InstansiRekap['rumpun'], capaian: number | undefined, kategori?: string): InstansiRekap {
  return {
    id: nama.toLowerCase().replace(/\s+/g, '-'),
    folder: nama,
    nama,
    label: nama,
    rumpun,
    jumlahIku: 1,
    capaian: capaian === undefined ? undefined : Rational.from(capaian),
    kategori: kategori ? { kategori } : undefined,
    pagu: 0,
    dilaporkan: false,
    realisasi: 0,
    peringkat: {},
  };
}

function pemda(): InstansiRekap[] {
  const list = [
    instansi('Kecamatan Hulu', 'kecamatan', 101, 'Berhasil'),
    instansi('Dinas Pendidikan', 'dinas', 88, 'Cukup Berhasil'),
    instansi('Badan Keuangan Daerah', 'badan', 112, 'Berhasil'),
    instansi('Sekretariat DPRD', 'sekretariat', undefined),
    instansi('Dinas Kesehatan', 'dinas', 101, 'Berhasil'),
    instansi('Sekretariat Daerah', 'sekretariat', 95, 'Cukup Berhasil'),
  ];
  peringkat(list.map((i) => i.capaian)).forEach((p, k) => (list[k]!.peringkat.capaian = p));
  return list;
}

const tampil = (g: ReturnType<typeof susun>) => g.map((x) => `${x.judul ?? ''}: ${x.instansi.map((i) => `${i.peringkat.capaian ?? '–'} ${i.nama}`).join(', ')}`);

describe('susun: order and groups', () => {
  it('by rank, ties by name, the agency without a value last', () => {
    expect(urutkan(pemda(), 'capaian', 'peringkat').map((i) => `${i.peringkat.capaian ?? '–'} ${i.nama}`)).toEqual([
      '1 Badan Keuangan Daerah',
      '2 Dinas Kesehatan',
      '2 Kecamatan Hulu',
      '4 Sekretariat Daerah',
      '5 Dinas Pendidikan',
      '– Sekretariat DPRD',
    ]);
  });

  it('by name, whatever the rank', () => {
    expect(urutkan(pemda(), 'capaian', 'nama').map((i) => i.nama)).toEqual(['Badan Keuangan Daerah', 'Dinas Kesehatan', 'Dinas Pendidikan', 'Kecamatan Hulu', 'Sekretariat Daerah', 'Sekretariat DPRD']);
  });

  it('by rumpun in the order a pemda lists its perangkat daerah, empty kinds left out, ranks those of the whole pemda', () => {
    expect(tampil(susun(pemda(), 'capaian', 'peringkat', 'rumpun'))).toEqual([
      'Sekretariat: 4 Sekretariat Daerah, – Sekretariat DPRD',
      'Dinas: 2 Dinas Kesehatan, 5 Dinas Pendidikan',
      'Badan: 1 Badan Keuangan Daerah',
      'Kecamatan: 2 Kecamatan Hulu',
    ]);
  });

  it('by kategori, the best kategori first and the agencies without capaian last', () => {
    expect(tampil(susun(pemda(), 'capaian', 'nama', 'kategori'))).toEqual([
      'Berhasil: 1 Badan Keuangan Daerah, 2 Dinas Kesehatan, 2 Kecamatan Hulu',
      'Cukup Berhasil: 5 Dinas Pendidikan, 4 Sekretariat Daerah',
      'Belum ada data: – Sekretariat DPRD',
    ]);
  });

  it('not grouped: one group without a heading', () => {
    const g = susun(pemda(), 'capaian', 'peringkat', 'tidak');
    expect(g).toHaveLength(1);
    expect(g[0]!.judul).toBeUndefined();
    expect(g[0]!.instansi).toHaveLength(6);
  });
});

describe('rumpun', () => {
  it('read from the first word of the name when instansi.yaml does not say it', () => {
    expect(rumpunInstansi({ nama: 'Sekretariat DPRD Kabupaten Paser' })).toBe('sekretariat');
    expect(rumpunInstansi({ nama: 'Inspektorat Daerah Kabupaten Paser' })).toBe('inspektorat');
    expect(rumpunInstansi({ nama: 'Dinas Komunikasi dan Informatika Kabupaten Sungai Ulin' })).toBe('dinas');
    expect(rumpunInstansi({ nama: 'Satuan Polisi Pamong Praja Kabupaten Paser' })).toBe('dinas');
    expect(rumpunInstansi({ nama: 'Badan Kepegawaian dan Pengembangan SDM' })).toBe('badan');
    expect(rumpunInstansi({ nama: 'Kecamatan Tanah Grogot' })).toBe('kecamatan');
    expect(rumpunInstansi({ nama: 'Rumah Sakit Umum Daerah Panglima Sebaya' })).toBe('lainnya');
  });

  it('written in instansi.yaml, it wins; a value outside the list is refused by the schema', () => {
    expect(rumpunInstansi({ nama: 'Kantor Kesatuan Bangsa dan Politik', rumpun: 'badan' })).toBe('badan');
    const base = { id: 'x', nama: 'X', pemerintah_daerah: 'Kabupaten Uji', tempat: 'Uji', kepala: { jabatan: 'Kepala' }, atasan: { jabatan: 'Bupati' } };
    expect(validateSchema('instansi', { ...base, rumpun: 'badan' })).toEqual([]);
    expect(validateSchema('instansi', { ...base, rumpun: 'dinass' }).length).toBeGreaterThan(0);
  });
});
