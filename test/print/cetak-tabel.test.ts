// Tables and charts to a typesetter's grade (issue 13), read back from the printed reference LKjIP:
// numeric columns line up on the decimal comma, tables use the type scale (9 pt on portrait pages),
// charts letter at 8 pt or more with a value axis and a source line under the caption.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { bacaHalaman, type Halaman } from '../layout/periksa.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-tabel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const quiet = { log: () => undefined, err: () => undefined };
let hal: Halaman[];

beforeAll(async () => {
  expect(await main(['build', 'lkjip', 'data/setda-paser', '--out', dir], quiet)).toBe(0);
  hal = await bacaHalaman(readFileSync(join(dir, 'setda-paser', 'lkjip-2024.pdf')));
}, 120_000);

const teks = (h: Halaman) => h.baris.map((b) => b.text).join('\n');

describe('tables and charts of the reference LKjIP', () => {
  it('the IKU table: target, realisasi and capaian right-aligned on the decimal comma, in 9 pt', () => {
    const h = hal.find((x) => /Capaian Indikator Kinerja Utama Tahun 2024/.test(teks(x)) && /Rata-rata capaian IKU/.test(teks(x)))!;
    expect(h).toBeDefined();
    // Where each figure's integer part ends (the comma's place), by the figure's column.
    const ends = (re: RegExp) => h.potong.filter((p) => re.test(p.str.trim())).map((p) => Math.round((p.x + p.w) * 2) / 2);
    const realisasi = ends(/^(?:86|117|91|87|B \(68)$/);
    expect(realisasi).toHaveLength(5);
    expect(new Set(realisasi).size).toBe(1);
    const capaian = ends(/^(?:97|102|130|101|106)$/);
    expect(capaian.length).toBeGreaterThanOrEqual(5);
    expect(new Set(capaian).size).toBe(1);
    // Target 85 and 90 end where BB (71 ends: integers on the same place as the predikat's number.
    const target = ends(/^(?:85|90|BB \(71)$/);
    expect(new Set(target).size).toBe(1);
    expect(Math.min(...capaian)).toBeGreaterThan(Math.max(...realisasi));
    const sizes = new Set(h.potong.filter((p) => /^\d/.test(p.str) && p.y < h.height - 80).map((p) => p.size.toFixed(1)));
    expect([...sizes]).toEqual(['9.0']);
  });

  it('every chart: lettering at 8 pt or more, a value axis with ticks, the source under the caption', () => {
    const grafik = hal.filter((x) => /Gambar \d+\.\d+/.test(teks(x)) && x.baris.some((b) => /^Gambar \d/.test(b.text) && b.bold));
    expect(grafik.length).toBeGreaterThanOrEqual(2);
    for (const h of grafik) {
      const caption = h.baris.findIndex((b) => /^Gambar \d/.test(b.text) && b.bold);
      expect(h.baris[caption + 1]!.text, `halaman ${h.nomor}`).toMatch(/^Sumber: /);
      // The chart's own lettering: from its legend down to its caption.
      const legend = h.baris.find((b) => /^(?:Capaian sasaran \(%\)|Pagu Realisasi)$/.test(b.text));
      if (!legend) continue;
      const cy = h.baris[caption]!.y;
      const small = h.potong.filter((p) => p.y > cy + 1 && p.y <= legend.y + 1 && p.size < 7.95);
      expect(small.map((p) => `${p.str} ${p.size.toFixed(1)}`), `halaman ${h.nomor}`).toEqual([]);
    }
    const capaian = grafik.find((h) => /Capaian Sasaran Strategis terhadap Target/.test(teks(h)))!;
    // The ticks 0, 50, 100, 150 on one baseline under the bars.
    const zero = capaian.potong.find((p) => p.str.trim() === '0')!;
    const ticks = capaian.potong.filter((p) => Math.abs(p.y - zero.y) < 0.5).sort((a, b) => a.x - b.x).map((p) => p.str.trim());
    expect(ticks).toEqual(['0', '50', '100', '150']);
  });
});
