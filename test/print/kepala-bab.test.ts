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
