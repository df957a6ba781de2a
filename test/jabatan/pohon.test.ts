// `kinerja build pohon` on the example agency: the pohon kinerja as a document of its own —
// landscape, the cover line, one page per tree (each program's, then each position's below the
// head), every node's text on its tree's page, nothing outside the page, numbered pages.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { computeTahun } from '../../src/compute/index.ts';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import { loadInstansi } from '../../src/load/index.ts';
import { pohonDokumen } from '../../src/render/pohon-dokumen.ts';
import { pohonRenstra, teksPohon, tinggiPohon } from '../../src/render/pohon.ts';
import { validate } from '../../src/validate/index.ts';
import { periksaTataLetak, bacaHalaman } from '../layout/periksa.ts';
import { pageLooks, readPdf } from '../pdf-text.ts';

const out = mkdtempSync(join(tmpdir(), 'kinerja-pohon-'));
const logs: string[] = [];
let code = -1;
let bytes: Uint8Array;
const diags = new Diagnostics();
const m = computeTahun(validate(loadInstansi('data/diskominfo-contoh', diags), diags)!.data, 2024);
const pohon = pohonDokumen(m);
// SVG text lines are separate pieces in the PDF: compared without any whitespace.
const rapat = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  code = await main(['build', 'pohon', 'data/diskominfo-contoh', '--out', out], { log: (s) => logs.push(s), err: (s) => logs.push(s) });
  bytes = readFileSync(join(out, 'diskominfo-contoh', 'pohon-2024.pdf'));
}, 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('build pohon: the pohon kinerja as a document', () => {
  it('writes out/<instansi>/pohon-<tahun>.pdf, one landscape page per tree', async () => {
    expect(code, logs.join('\n')).toBe(0);
    expect(logs).toContain(`tertulis: ${join(out, 'diskominfo-contoh', 'pohon-2024.pdf')}`);
    // the programs' trees and, as the example has positions, one per position below the head
    expect(pohon.filter((p) => p.judul.startsWith('Pohon Kinerja Jabatan: '))).toHaveLength(5);
    expect(pohon.length).toBeGreaterThan(5);
    const halaman = await bacaHalaman(bytes);
    expect(halaman).toHaveLength(pohon.length);
    for (const h of halaman) expect(h.width).toBeGreaterThan(h.height);
  });

  it('the cover line names the agency and the year; every page is numbered', async () => {
    const { pages } = await readPdf(bytes);
    expect(pages[0]!.replace(/\s+/g, ' ')).toContain('POHON KINERJA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUNGAI ULIN TAHUN 2024');
    expect((await pageLooks(bytes)).map((p) => p.foot)).toEqual(pohon.map((_, i) => String(i + 1)));
  });

  it('each page holds its tree whole: every node\'s text and the caption', async () => {
    const { pages } = await readPdf(bytes);
    pohon.forEach((p, i) => {
      const page = rapat(pages[i]!);
      expect(page).toContain(rapat(p.judul));
      for (const t of teksPohon(p.akar)) expect(page, `${p.judul}: ${t}`).toContain(rapat(t));
    });
    // the positions' trees: each holder by name
    const jabatan = rapat(pages.slice(-5).join(''));
    for (const nama of ['DEWI ANGGRAINI', 'RINA MARLINA', 'BAGUS WICAKSONO', 'NOVITA SARI']) expect(jabatan).toContain(rapat(nama));
  });

  it('every tree fits its page (layout check: di-luar-halaman)', async () => {
    expect(await periksaTataLetak(bytes, { aturan: ['di-luar-halaman'] })).toEqual([]);
  });
});

describe('pohon: a tree taller than its page is printed in parts', () => {
  it('Setda Paser: each program tree in parts that fit 150 mm, the same root, every node in exactly one part', () => {
    const d = new Diagnostics();
    const paser = computeTahun(validate(loadInstansi('data/setda-paser', d), d)!.data, 2024);
    const parts = pohonDokumen(paser);
    const whole = pohonRenstra(paser);
    expect(parts.length).toBeGreaterThan(whole.length);
    for (const p of parts) expect(tinggiPohon(p.akar), p.judul).toBeLessThanOrEqual((150 / 25.4) * 72);
    for (const w of whole) {
      const mine = parts.filter((p) => p.judul === `Pohon Kinerja: ${w.judul}` || p.judul.startsWith(`Pohon Kinerja: ${w.judul} (bagian `));
      if (mine.length > 1) expect(mine.map((p) => p.judul)).toEqual(mine.map((_, i) => `Pohon Kinerja: ${w.judul} (bagian ${i + 1} dari ${mine.length})`));
      // the chain tujuan → sasaran → program on every part; below it, each node once
      const chain = 3;
      for (const p of mine) expect(teksPohon(p.akar).slice(0, chain)).toEqual(teksPohon(w.akar).slice(0, chain));
      expect(mine.flatMap((p) => teksPohon(p.akar).slice(chain)).sort()).toEqual(teksPohon(w.akar).slice(chain).sort());
    }
  });
});
