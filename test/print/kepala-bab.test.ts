// No running head on a chapter's opening page (issue 13): the body is printed without running
// heads and an overlay lays each page's head over it (render/potong.ts lapisanHtml), none on the
// page a chapter's heading opens. Read back from the reference LKjIP, printed in two pieces.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf, type PdfReadBack } from '../pdf-text.ts';
import { bacaHalaman, type Halaman } from '../layout/periksa.ts';

const out = mkdtempSync(join(tmpdir(), 'kinerja-kepala-bab-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
let pdf: PdfReadBack;
let halaman: Halaman[];

beforeAll(async () => {
  expect(await main(['build', 'lkjip', 'data/setda-paser', '--out', out], { log: () => undefined, err: () => undefined })).toBe(0);
  const bytes = readFileSync(join(out, 'setda-paser', 'lkjip-2024.pdf'));
  pdf = await readPdf(bytes);
  halaman = await bacaHalaman(bytes);
}, 180_000);

const HEAD = ' — LKjIP Setda Kabupaten Paser 2024';
/** The running head of a page: every piece of its text that carries the document's name. */
const kepala = (i: number) => halaman[i]!.potong.filter((p) => p.str.includes(HEAD.trim())).map((p) => p.str.trim());

describe('running heads', () => {
  it('none on a chapter opener, the chapter\'s own on every other body page', () => {
    const body = pdf.labels!.indexOf('1');
    const openers = pdf.bookmarks.filter((b) => b.level === 1 && b.page >= body);
    expect(openers.map((b) => b.title)).toEqual(['BAB I PENDAHULUAN', 'BAB II PERENCANAAN DAN PERJANJIAN KINERJA', 'BAB III AKUNTABILITAS KINERJA', 'BAB IV PENUTUP', 'LAMPIRAN']);
    let chapter = '';
    for (let i = body; i < pdf.pages.length; i++) {
      const opener = openers.find((b) => b.page === i);
      const text = pdf.pages[i]!;
      if (opener) {
        chapter = opener.title.toLowerCase();
        expect(text, `halaman ${i + 1}`).not.toContain(HEAD);
        continue;
      }
      const head = kepala(i);
      expect(head, `halaman ${i + 1}`).toHaveLength(1);
      expect(head[0]!.toLowerCase(), `halaman ${i + 1}`).toBe(`${chapter}${HEAD}`.toLowerCase());
    }
  });

  it('the running head is set in the bundled italic, the page numbers in the bundled regular', () => {
    const body = pdf.labels!.indexOf('1');
    const fonts = new Set(halaman.slice(body).flatMap((h) => h.potong.filter((p) => p.str.includes(HEAD.trim())).map((p) => p.font)));
    expect([...fonts].map((f) => f.replace(/^[A-Z]{6}\+/, ''))).toEqual(['Arimo-Italic']);
    const numbers = halaman.slice(body).map((h, i) => h.potong.find((p) => p.y < 14 * 2.835 && p.str.trim() === String(i + 1)));
    expect(numbers.every((p) => p && /Arimo-Regular$/.test(p.font))).toBe(true);
  });

  it('the front matter has none', () => {
    const body = pdf.labels!.indexOf('1');
    for (const p of pdf.pages.slice(0, body)) expect(p).not.toContain(HEAD);
  });
});

describe('continued tables', () => {
  /** The pages (0-based) of each numbered table's caption and last cell, from the PDF's destinations. */
  async function rentang(): Promise<Map<string, [number, number]>> {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(readFileSync(join(out, 'setda-paser', 'lkjip-2024.pdf'))), verbosity: 0 }).promise;
    const dests = (await doc.getDestinations()) as Record<string, [{ num: number; gen: number }]>;
    const page = (name: string) => doc.getPageIndex(dests[name]![0]);
    const out_ = new Map<string, [number, number]>();
    for (const name of Object.keys(dests).filter((n) => /^tabel-\d+-\d+$/.test(n)))
      out_.set(name.replace(/^tabel-(\d+)-(\d+)$/, 'Tabel $1.$2'), [await page(name), await page(`${name}-akhir`)]);
    await doc.destroy();
    return out_;
  }
  const catatan = (i: number) => halaman[i]!.potong.filter((p) => p.str.includes('(lanjutan)'));

  it('"Tabel n (lanjutan)" over every page a table continues on, and on no other page', async () => {
    const tables = await rentang();
    expect(tables.size).toBeGreaterThan(20);
    const expected = new Map<number, string>();
    for (const [label, [from, to]] of tables) for (let p = from + 1; p <= to; p++) expected.set(p, `${label} (lanjutan)`);
    // The reference LKjIP has long tables: Tabel 2.5 runs over three pages.
    expect(tables.get('Tabel 2.5')![1] - tables.get('Tabel 2.5')![0]).toBe(2);
    halaman.forEach((_, i) => expect(catatan(i).map((p) => p.str.trim()), `halaman ${i + 1}`).toEqual(expected.has(i) ? [expected.get(i)] : []));
  });

  it('the note sits at the left in the top margin, below the running head and above the table, in the bundled italic', () => {
    const pages = halaman.map((_, i) => i).filter((i) => catatan(i).length);
    for (const i of pages) {
      const [note] = catatan(i);
      const h = halaman[i]!;
      const head = h.potong.find((p) => p.str.includes(HEAD.trim()))!;
      // y grows upwards; the content box starts 25 mm (portrait) or 15 mm (landscape) from the top.
      const top = h.height - (h.width < h.height ? 25 : 15) * 2.835;
      expect(note!.font.replace(/^[A-Z]{6}\+/, ''), `halaman ${i + 1}`).toBe('Arimo-Italic');
      expect(note!.y, `halaman ${i + 1}`).toBeGreaterThan(top);
      expect(note!.y, `halaman ${i + 1}`).toBeLessThan(head.y);
      expect(note!.x, `halaman ${i + 1}`).toBeLessThan(h.width / 3);
      const below = h.potong.filter((p) => p.y < top).sort((a, b) => b.y - a.y)[0]!;
      expect(top - below.y, `halaman ${i + 1}: the table begins right under the note`).toBeLessThan(30);
    }
  });
});
