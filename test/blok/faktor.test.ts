// The faktor table's columns (blok/faktor.ts lebarKolom): the prose columns share the room by
// what they hold, no row far taller than it need be.
import { describe, expect, it } from 'vitest';
import { lebarKolom } from '../../src/render/blok/faktor.ts';

type Rows = Parameters<typeof lebarKolom>[0];
const rows = (cells: [number, number, number][]): Rows =>
  [{ kegiatan: {}, sub: cells.map(([h, s, k]) => ({ input: { hambatan: 'x'.repeat(h), solusi: 'x'.repeat(s), keterangan: 'x'.repeat(k) } })) }] as unknown as Rows;
const sum = (w: number[]) => Math.round(w.reduce((a, b) => a + b, 0) * 10) / 10;

describe('faktor column widths', () => {
  it('always fill the table: names and figures fixed, the prose columns the rest', () => {
    for (const angka of [true, false]) {
      const w = lebarKolom(rows([[300, 40, 0], [0, 0, 120]]), angka);
      expect(w).toHaveLength(angka ? 7 : 5);
      expect(sum(w)).toBe(100);
      expect(w.slice(-3).every((x) => x >= 10)).toBe(true);
    }
  });

  it('nothing written: the three prose columns alike, to a percent or two', () => {
    const w = lebarKolom(rows([]), true).slice(-3);
    expect(Math.max(...w) - Math.min(...w)).toBeLessThanOrEqual(2);
  });

  it('one long reason among many short notes is not left in a sliver', () => {
    // Nine rows with a keterangan of 100 characters, one with a hambatan and a solusi of 350.
    const w = lebarKolom(rows([[350, 350, 0], ...Array.from({ length: 9 }, () => [0, 0, 100] as [number, number, number])]), true);
    const [h, s, k] = w.slice(-3) as [number, number, number];
    expect(h).toBeGreaterThan(12);
    expect(s).toBeGreaterThan(12);
    expect(k).toBeGreaterThan(10);
    // The widest column is the one whose cells are longest.
    expect(lebarKolom(rows([[0, 0, 400], [0, 0, 400]]), true).slice(-3).indexOf(Math.max(...lebarKolom(rows([[0, 0, 400], [0, 0, 400]]), true).slice(-3)))).toBe(2);
  });
});
