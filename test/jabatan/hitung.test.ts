// Each position's indicators computed by the agency's own functions: realisasi from the quarters
// as the indicator says they combine, capaian (both polarities), kategori; holders and superiors.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import { loadInstansi } from '../../src/load/index.ts';
import { validate } from '../../src/validate/index.ts';
import { computeTahun } from '../../src/compute/index.ts';
import { formatCapaian, formatNilai, namaLengkap } from '../../src/format/index.ts';
import { assemble } from '../../src/validate/assemble.ts';

// Only the cascade is asserted here: the model is computed from the example as assembled.
const diags = new Diagnostics();
const loaded = loadInstansi('data/diskominfo-contoh', diags);
validate(loaded, diags);
const m = computeTahun(assemble(loaded), 2024);
const jab = (id: string) => m.jabatan.daftar.find((j) => j.id === id)!;
const ind = (id: string) => m.jabatan.daftar.flatMap((j) => j.indikator).find((i) => i.id === id)!;
const baris = (id: string) => {
  const i = ind(id);
  return [formatNilai(i.target), formatNilai(i.realisasi), formatCapaian(i.capaian), i.kategori?.kategori];
};

describe('jabatan: computed', () => {
  it('positions top-down, the head first, each followed by those below it', () => {
    expect(m.jabatan.daftar.map((j) => j.id)).toEqual([
      'kepala-dinas',
      'sekretaris',
      'kasubbag-perencanaan-keuangan',
      'kasubbag-umum-kepegawaian',
      'kabid-ikp',
      'kabid-aptika',
      'pranata-komputer-muda',
      'kabid-infrastruktur',
      'kabid-statistik-persandian',
    ]);
  });

  it('pihak pertama is the holder under the position name; pihak kedua the holder above (the Bupati for the head)', () => {
    expect([namaLengkap(jab('kepala-dinas').pemegang), jab('kepala-dinas').pihakKedua.jabatan]).toEqual(['HENDRA SAPUTRA, S.Kom., M.T.', 'Bupati Sungai Ulin']);
    expect([namaLengkap(jab('sekretaris').pemegang), jab('sekretaris').pemegang.jabatan, namaLengkap(jab('sekretaris').pihakKedua), jab('sekretaris').pihakKedua.jabatan]).toEqual([
      'DEWI ANGGRAINI, S.Sos., M.Si.',
      'Sekretaris Dinas Komunikasi dan Informatika',
      'HENDRA SAPUTRA, S.Kom., M.T.',
      'Kepala Dinas Komunikasi dan Informatika',
    ]);
    expect([namaLengkap(jab('pranata-komputer-muda').pihakKedua), jab('pranata-komputer-muda').pihakKedua.jabatan, jab('pranata-komputer-muda').pemegang.nip]).toEqual([
      'RINA MARLINA, S.T., M.Kom.',
      'Kepala Bidang Aplikasi Informatika',
      '199003182014021001',
    ]);
    expect(jab('kabid-ikp').unit.nama).toBe('Bidang Informasi dan Komunikasi Publik');
  });

  it('realisasi from the quarters: summed, the level held, the fourth quarter; capaian both ways; kategori', () => {
    expect(baris('ikj-dokumen-perencanaan')).toEqual(['11', '11', '100,00 %', 'Berhasil']); // jumlah 4+2+2+3
    expect(baris('ikj-laporan-keuangan')).toEqual(['13', '12', '92,31 %', 'Cukup Berhasil']); // jumlah 4+3+2+3
    expect(baris('ikj-layanan-umum')).toEqual(['95', '97,3', '102,42 %', 'Berhasil']); // tetap: the last reported
    expect(baris('ikj-aptika-layanan')).toEqual(['72', '66', '91,67 %', 'Cukup Berhasil']); // akhir: TW IV
    expect(baris('ikj-infra-waktu-henti')).toEqual(['2', '1,6', '120,00 %', 'Berhasil']); // turun: (2 − (1,6 − 2)) ÷ 2
    expect(baris('ikj-statistik-dataset')).toEqual(['300', '342', '114,00 %', 'Berhasil']);
    expect(ind('ikj-laporan-keuangan').triwulan.map((t) => [t.label, formatNilai(t.target), formatNilai(t.realisasi), formatCapaian(t.capaian)])).toEqual([
      ['TW I', '4', '4', '100,00 %'],
      ['TW II', '3', '3', '100,00 %'],
      ['TW III', '3', '2', '66,67 %'],
      ['TW IV', '3', '3', '100,00 %'],
    ]);
    expect(ind('ikj-laporan-keuangan').triwulan[2]!.kendala).toMatch(/^Laporan September terlambat/);
    expect(ind('ikj-laporan-keuangan').mendukung).toEqual({ jenis: 'kegiatan', id: 'keg-keuangan', uraian: 'Administrasi Keuangan Perangkat Daerah' });
  });

  it('the signing date of the positions\' PK', () => {
    expect(m.jabatan.tanggal).toBe('2024-01-22');
  });
});
