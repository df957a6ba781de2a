// Formulas on hand-computed cases (LKjIP Bab III B.1), edge cases included.
import { describe, expect, it } from 'vitest';
import { hitungCapaian, penyerapan } from '../../src/compute/capaian.ts';
import { Rational } from '../../src/compute/rational.ts';
import { pitaUntuk, predikatUntuk } from '../../src/compute/skala.ts';
import { loadSkalaBawaan } from '../../src/load/index.ts';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import type { SkalaInput } from '../../src/model/input.ts';

const pct = (t: number | { predikat: string; nilai: number } | null | undefined, r: number | null | undefined, p: 'naik' | 'turun' = 'naik') => {
  const c = hitungCapaian(t, r, p);
  return c.ada ? c.persen.toFixed(2) : c.alasan;
};
const skala = loadSkalaBawaan(new Diagnostics()).data as SkalaInput;

describe('capaian', () => {
  it('higher is better: realisasi / target × 100', () => {
    expect(pct(90, 117.32)).toBe('130.36'); // 117,32 / 90
    expect(pct(85, 87.22)).toBe('102.61');
    expect(pct(90, 91.31)).toBe('101.46'); // the document printed 101,48 in two tables
  });
  it('lower is better: (target − (realisasi − target)) / target × 100', () => {
    expect(pct(10, 8, 'turun')).toBe('120.00');
    expect(pct(10, 12, 'turun')).toBe('80.00');
    expect(pct(10, 10, 'turun')).toBe('100.00');
  });
  it('lower is better far over target is held at 0 %, never negative', () => {
    expect(pct(10, 20, 'turun')).toBe('0.00');
    expect(pct(10, 35, 'turun')).toBe('0.00');
  });
  it('a target of 0 has no capaian by division', () => {
    expect(pct(0, 5)).toBe('target-nol');
    expect(pct(0, 0, 'turun')).toBe('100.00'); // zero findings against a target of zero
    expect(pct(0, 3, 'turun')).toBe('target-nol');
  });
  it('a predikat target is measured on its number', () => {
    expect(pct({ predikat: 'BB', nilai: 71 }, 68.95)).toBe('97.11');
    expect(pct({ predikat: 'BB', nilai: 80 }, 68.95)).toBe('86.19');
  });
  it('missing data is missing, never 0', () => {
    expect(pct(2.75, null)).toBe('realisasi-belum-ada');
    expect(pct(2.75, undefined)).toBe('realisasi-belum-ada');
    expect(pct(undefined, 3)).toBe('target-belum-ada');
  });
  it('penyerapan = realisasi / pagu × 100, none for a pagu of 0', () => {
    expect(penyerapan(256384931909, 236124072719)!.toFixed(2)).toBe('92.10');
    expect(penyerapan(0, 0)).toBeUndefined();
  });
});

describe('rounding: half-up on the exact value, once', () => {
  it('rounds ties away from zero where binary floating point would not', () => {
    expect(Rational.from(2.675).toFixed(2)).toBe('2.68'); // (2.675).toFixed(2) is "2.67"
    expect(Rational.from(1.005).toFixed(2)).toBe('1.01');
    expect(Rational.from(-1.005).toFixed(2)).toBe('-1.01');
  });
  it('averages exact values, not rounded ones', () => {
    // (97,1127… + 102,0235… + 130,3556… + 101,4556… + 102,6118…) / 5 = 106,7118…
    const caps = [[71, 68.95], [85, 86.72], [90, 117.32], [90, 91.31], [85, 87.22]].map(([t, r]) => Rational.from(r!).div(Rational.from(t!)).mul(Rational.HUNDRED));
    expect(Rational.mean(caps)!.toFixed(2)).toBe('106.71');
  });
});

describe('scales are data', () => {
  it('capaian scale of Tabel 3.1 (≥ bounds)', () => {
    expect(pitaUntuk(skala.capaian, 100)!.kategori).toBe('Berhasil');
    expect(pitaUntuk(skala.capaian, 99.99)!.kategori).toBe('Cukup Berhasil');
    expect(pitaUntuk(skala.capaian, 70)!.kategori).toBe('Cukup Berhasil');
    expect(pitaUntuk(skala.capaian, 39.99)!.kategori).toBe('Tidak Berhasil');
  });
  it('AKIP predikat (> bounds): 70 is B, 70,01 is BB', () => {
    expect(predikatUntuk(skala.akip, 70)).toBe('B');
    expect(predikatUntuk(skala.akip, 70.01)).toBe('BB');
    expect(predikatUntuk(skala.akip, 68.95)).toBe('B');
    expect(predikatUntuk(skala.akip, 90.5)).toBe('AA');
    expect(predikatUntuk(skala.akip, 0)).toBe('D');
  });
});
