// The reference agency's figures, computed from its source rows (hand-checked against seed 004
// and its correction list: where the document is wrong, the correct figure is asserted).
import { beforeAll, describe, expect, it } from 'vitest';
import { computeTahun } from '../../src/compute/index.ts';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import { loadInstansi } from '../../src/load/index.ts';
import type { TahunModel } from '../../src/model/model.ts';
import { validate } from '../../src/validate/index.ts';

let m: TahunModel;
beforeAll(() => {
  const diags = new Diagnostics();
  const v = validate(loadInstansi('data/setda-paser', diags), diags);
  expect(diags.list.map((d) => d.message)).toEqual([]);
  m = computeTahun(v!.data, 2024);
});

const ind = (id: string) => [...m.iku, ...m.indikatorProgram].find((i) => i.id === id)!;
const cap = (id: string) => {
  const c = ind(id).capaian;
  return c.ada ? c.persen.toFixed(2) : c.alasan;
};

describe('Setda Kabupaten Paser 2024', () => {
  it('capaian of the five IKU and their average (Tabel 3.2)', () => {
    expect(['iku-akip', 'iku-ikm-adminum', 'iku-kebijakan-pemum', 'iku-kebijakan-kesra', 'iku-kebijakan-ekbang'].map(cap)).toEqual(['97.12', '102.02', '130.36', '101.46', '102.61']);
    expect(m.rataRata.capaian!.toFixed(2)).toBe('106.71');
    expect(m.rataRata.kategori!.kategori).toBe('Berhasil');
  });
  it('AKIP realisasi is the mean of 41 perangkat daerah, with its predikat', () => {
    expect(ind('iku-akip').realisasi!.angka.toFixed(2)).toBe('68.95');
    expect(ind('iku-akip').realisasi!.predikat).toBe('B');
    expect(ind('iku-akip').target!.predikat).toBe('BB');
    expect(m.evaluasi!.akipDaftar).toHaveLength(41);
    expect(m.evaluasi!.akipRataRata['2022']!.toFixed(2)).toBe('67.35');
  });
  it('sasaran averages; the first is Cukup Berhasil, not the 94,11 the document printed', () => {
    expect(m.sasaran.map((s) => s.capaian!.toFixed(2))).toEqual(['99.57', '115.91', '102.61']);
    expect(m.sasaran[0]!.kategori!.kategori).toBe('Cukup Berhasil');
  });
  it('budget totals at every level (Tabel 3.10, 3.11)', () => {
    expect([m.anggaran.pagu, m.anggaran.realisasi, m.anggaran.sisa]).toEqual([256384931909, 236124072719, 20260859190]);
    expect(m.anggaran.penyerapan!.toFixed(2)).toBe('92.10');
    expect(m.program.map((p) => [p.id, p.pagu, p.realisasi, p.penyerapan!.toFixed(2)])).toEqual([
      ['prog-pemkesra', 33784711881, 31586672816, '93.49'],
      ['prog-ekbang', 6738935695, 6119319562, '90.81'],
      ['prog-penunjang', 215861284333, 198418080341, '91.92'],
    ]);
    expect(m.program.flatMap((p) => p.kegiatan)).toHaveLength(18);
    expect(m.program.flatMap((p) => p.kegiatan.flatMap((k) => k.sub))).toHaveLength(62);
    expect(m.anggaran.tw.map((t) => t.rp)).toEqual([59355271534, 28389273445, 40085609508, 108293918232]);
  });
  it('belanja per jenis ties with the sub kegiatan', () => {
    expect(m.belanja!.total.pagu).toBe(m.anggaran.pagu);
    expect(m.belanja!.total.realisasi).toBe(m.anggaran.realisasi);
    expect(m.belanja!.kelompok.map((k) => k.pagu)).toEqual([162609700994, 93775230915]);
  });
  it('efisiensi only for sasaran at or above 100 %, on exact values (Tabel 3.12)', () => {
    expect(m.sasaran.map((s) => s.efisiensi?.selisih.toFixed(2))).toEqual([undefined, '22.41', '11.81']);
  });
  it('the lampiran groups by unit with the document’s bagian totals', () => {
    const umum = m.unit.find((u) => u.id === 'bagian-umum')!;
    expect([umum.pagu, umum.realisasi, umum.capaianK!.toFixed(2)]).toEqual([171599804082, 157675638692, '83.79']);
    expect(m.unit.find((u) => u.id === 'bagian-pbj')!.capaianK!.toFixed(2)).toBe('153.96');
  });
  it('program indicators: computed from kegiatan, or missing (LPPD) and never 0', () => {
    expect(ind('ikp-kebijakan-ekbang').realisasi!.angka.toFixed(2)).toBe('113.91');
    expect(ind('ikp-kebijakan-pemkesra').realisasi!.angka.toFixed(2)).toBe('94.07');
    expect(ind('ikp-lppd').realisasi).toBeNull();
    expect(cap('ikp-lppd')).toBe('realisasi-belum-ada');
    expect(ind('ikp-lppd').riwayat.map((r) => [r.tahun, r.realisasi.angka.toFixed(2)])).toEqual([[2022, '2.77']]);
  });
  it('LHE total and predikat per year', () => {
    expect(m.evaluasi!.lheTotal['2023']!.toFixed(2)).toBe('77.17');
    expect(m.evaluasi!.lhePredikat['2023']!.kode).toBe('BB');
    expect(m.evaluasi!.lheTotal['2022']!.toFixed(2)).toBe('70.32');
  });
  it('end-of-period comparison uses the Renstra end target', () => {
    expect(ind('iku-kebijakan-ekbang').targetAkhir!.angka.toFixed(0)).toBe('95');
    expect(ind('iku-akip').targetAkhir!.predikat).toBe('A');
  });
});
