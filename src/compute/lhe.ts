// The Nilai Hasil Evaluasi (LHE total) of one year: one function, used by the LHE table, by a
// realisasi `dari: nilai-lhe` and by the check of a realisasi typed by hand, so the three agree.
import type { EvaluasiInput } from '../model/input.ts';
import { Rational } from './rational.ts';

/** The scale the LHE predikat is read on: an indicator on this scale can be the LHE total itself. */
export const SKALA_LHE = 'akip';

export interface TotalLhe {
  /** The sum of the component values given for the year. */
  total: Rational;
  /** Components without a value that year: a total over the rest understates the evaluation. */
  kosong: string[];
}

/** The LHE total of `tahun`, or undefined when no component has a value for that year. */
export function totalLhe(ev: EvaluasiInput | undefined, tahun: number | string): TotalLhe | undefined {
  const komponen = ev?.lhe?.komponen ?? [];
  const y = String(tahun);
  const given = komponen.flatMap((k) => (k.nilai[y] === undefined ? [] : [Rational.from(k.nilai[y]!)]));
  if (given.length === 0) return undefined;
  return { total: Rational.sum(given), kosong: komponen.filter((k) => k.nilai[y] === undefined).map((k) => k.id) };
}

/** The total only when every component has its value: the one a realisasi may be. */
export function totalLheLengkap(ev: EvaluasiInput | undefined, tahun: number | string): Rational | undefined {
  const t = totalLhe(ev, tahun);
  return t && t.kosong.length === 0 ? t.total : undefined;
}
