// A realisasi `dari: nilai-lhe`: the year's LHE total from its components (22,5 + 20,2 + 11 + 17,5
// = 71,2, BB on the AKIP scale), exactly the figure and predikat the same value typed would give.
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeTahun } from '../../src/compute/index.ts';
import { totalLhe } from '../../src/compute/lhe.ts';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import { formatCapaian, formatNilai } from '../../src/format/index.ts';
import { loadInstansi } from '../../src/load/index.ts';
import type { EvaluasiInput } from '../../src/model/input.ts';
import type { IndikatorHasil } from '../../src/model/model.ts';
import { validate } from '../../src/validate/index.ts';
import { applyCase } from '../bad-inputs/apply.ts';
import { AKIP, evaluasi } from '../bad-inputs/lhe-cases.ts';

/** iku-satu of 2024 with its realisasi written as `baris`, on the AKIP scale, beside the LHE. */
function ikuSatu(baris: string, sebagian = false): IndikatorHasil {
  const dir = applyCase({ name: baris, file: '2024/realisasi.yaml', edit: ['    nilai: 99', baris], also: [AKIP, evaluasi(sebagian)], expect: { code: '', message: '', line: 0, col: 0 } });
  try {
    const diags = new Diagnostics();
    const v = validate(loadInstansi(dir, diags), diags);
    expect(diags.errors).toEqual([]);
    return computeTahun(v!.data, 2024).iku.find((i) => i.id === 'iku-satu')!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('realisasi dari: nilai-lhe', () => {
  it('the LHE total of the report year with its predikat, as if typed', () => {
    const dari = ikuSatu('    dari: nilai-lhe');
    const diketik = ikuSatu('    nilai: {predikat: BB, nilai: 71.2}');
    expect(formatNilai(dari.realisasi)).toBe('BB (71,2)');
    expect(dari.realisasi!.angka.compare(diketik.realisasi!.angka)).toBe(0);
    expect(dari.realisasi!.predikat).toBe(diketik.realisasi!.predikat);
    expect(formatCapaian(dari.capaian)).toBe(formatCapaian(diketik.capaian));
    expect(formatCapaian(dari.capaian)).toBe('79,11 %');
    expect(dari.realisasiDihitung).toBe(true);
  });
  it('tahun_data picks another year of the LHE', () => {
    const r = ikuSatu('    dari: nilai-lhe\n    tahun_data: 2023').realisasi!;
    expect([r.angka.toFixed(2), r.predikat]).toEqual(['50.00', 'C']);
  });
  it('a partial LHE gives no realisasi: "belum tersedia", out of every average', () => {
    const i = ikuSatu('    dari: nilai-lhe', true);
    expect(i.realisasi).toBeUndefined();
    expect(formatNilai(i.realisasi)).toBe('belum tersedia');
    expect(i.capaian).toEqual({ ada: false, alasan: 'realisasi-belum-ada' });
  });
  it('one total for the LHE table and the realisasi: the components given, and those missing', () => {
    const komponen = (n2024?: number): EvaluasiInput => ({
      lhe: { evaluator: 'x', komponen: [{ id: 'a', nama: 'A', nilai: { 2024: 40.1 } }, { id: 'b', nama: 'B', nilai: n2024 === undefined ? {} : { 2024: n2024 } }] },
    });
    expect(totalLhe(komponen(30.2), 2024)).toMatchObject({ kosong: [] });
    expect(totalLhe(komponen(30.2), 2024)!.total.toFixed(2)).toBe('70.30');
    expect(totalLhe(komponen(), 2024)!.kosong).toEqual(['b']);
    expect(totalLhe(komponen(), 2023)).toBeUndefined();
    expect(totalLhe(undefined, 2024)).toBeUndefined();
  });
});
