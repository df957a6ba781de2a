// Scales are data: the band a value falls in, by `minimal` (≥) or `lebih_dari` (>).
import type { SkalaInput, SkalaPita } from '../model/input.ts';
import { Rational } from './rational.ts';

export function pitaUntuk(skala: SkalaPita[], nilai: Rational | number): SkalaPita | undefined {
  const v = typeof nilai === 'number' ? Rational.from(nilai) : nilai;
  for (const pita of skala) {
    if (pita.minimal !== undefined && v.compare(Rational.from(pita.minimal)) >= 0) return pita;
    if (pita.lebih_dari !== undefined && v.compare(Rational.from(pita.lebih_dari)) > 0) return pita;
    if (pita.minimal === undefined && pita.lebih_dari === undefined) return pita;
  }
  return undefined;
}

export function skalaBernama(semua: SkalaInput, nama: string): SkalaPita[] | undefined {
  return semua[nama];
}

/** The predikat code of a value (`BB`), or its kategori when the scale has no codes. */
export function predikatUntuk(skala: SkalaPita[], nilai: Rational | number): string | undefined {
  const p = pitaUntuk(skala, nilai);
  return p ? (p.kode ?? p.kategori) : undefined;
}
