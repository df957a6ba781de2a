// Capaian (achievement) of one indicator, by the formulas the LKjIP states (Bab III B.1).
import type { Nilai, Polaritas } from '../model/input.ts';
import { Rational } from './rational.ts';

/** The number a target or realisasi is measured on: `BB (71)` is measured on 71. */
export function angkaDari(n: Nilai): number {
  return typeof n === 'number' ? n : n.nilai;
}

/** Anything a figure can be given as: typed by an author, or computed exactly. */
export type Angka = Nilai | Rational;

export function exact(x: Angka): Rational {
  return x instanceof Rational ? x : Rational.from(angkaDari(x));
}

export type Capaian =
  | { ada: true; persen: Rational }
  | { ada: false; alasan: 'realisasi-belum-ada' | 'target-nol' | 'target-belum-ada' };

/**
 * naik:  capaian = realisasi / target × 100 %
 * turun: capaian = (target − (realisasi − target)) / target × 100 %, not below 0 %
 *        (the formula goes negative when realisasi exceeds twice the target; an achievement
 *        below nothing has no meaning, so it is held at 0 %).
 * A target of 0 has no capaian by division: for `turun` a realisasi of 0 meets it (100 %).
 */
export function hitungCapaian(target: Angka | undefined | null, realisasi: Angka | undefined | null, polaritas: Polaritas): Capaian {
  if (target === undefined || target === null) return { ada: false, alasan: 'target-belum-ada' };
  if (realisasi === undefined || realisasi === null) return { ada: false, alasan: 'realisasi-belum-ada' };
  const t = exact(target);
  const r = exact(realisasi);
  if (t.isZero()) {
    if (polaritas === 'turun' && r.compare(Rational.ZERO) <= 0) return { ada: true, persen: Rational.HUNDRED };
    return { ada: false, alasan: 'target-nol' };
  }
  if (polaritas === 'naik') return { ada: true, persen: r.div(t).mul(Rational.HUNDRED) };
  const persen = t.sub(r.sub(t)).div(t).mul(Rational.HUNDRED);
  return { ada: true, persen: persen.max(Rational.ZERO) };
}

/** Penyerapan anggaran = realisasi / pagu × 100 %; none for a pagu of 0. */
export function penyerapan(pagu: number, realisasi: number): Rational | undefined {
  return pagu === 0 ? undefined : Rational.from(realisasi).div(Rational.from(pagu)).mul(Rational.HUNDRED);
}

/** Whether a target was met (capaian of 100 % or more); unknown when there is no capaian. */
export function tercapai(c: Capaian): boolean | undefined {
  return c.ada ? c.persen.compare(Rational.HUNDRED) >= 0 : undefined;
}
