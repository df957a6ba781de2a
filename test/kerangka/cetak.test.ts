// An outline that renames, reorders, adds and drops chapters and sections changes the PDF's
// headings, Daftar Isi, bookmarks, running heads and table numbers accordingly: read back from
// the PDF of the reference agency built with its own outline.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf, type PdfReadBack } from '../pdf-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-kerangka-cetak-'));
const data = join(dir, 'setda-paser');
const out = join(dir, 'out');
let pdf: PdfReadBack;
let messages = '';

type Item = Record<string, unknown>;

/** The default outline, changed as a second agency would change it. */
function kerangkaSendiri(): unknown {
  const k = parse(readFileSync('templates/kerangka/lkjip.yaml', 'utf8'));
  k.sampul.singkatan = 'LKIP';
  k.penomoran.bab = 'Bab {1}';
  k.depan.find((d: Item) => d.bagian === 'RINGKASAN EKSEKUTIF').bagian = 'IKHTISAR EKSEKUTIF';
  k.bab[0].judul = 'PENDAHULUAN DAN GAMBARAN UMUM';
  // Bab II: the Perjanjian Kinerja before the IKU.
  k.bab[1].isi.reverse();
  // Bab III without its Analisis Efisiensi.
  k.bab[2].isi = k.bab[2].isi.filter((s: Item) => s.bagian !== 'Analisis Efisiensi');
  // A chapter of its own before the Penutup.
  k.bab.splice(3, 0, { judul: 'KINERJA LAINNYA', kepala: 'Bab 4 Kinerja Lainnya', isi: [{ bagian: 'Penghargaan dan Inovasi', isi: [{ narasi: 'kinerja-lainnya' }] }] });
  return k;
}

beforeAll(async () => {
  cpSync('data/setda-paser', data, { recursive: true });
  unlinkSync(join(data, '2024', 'narasi', 'bab3-efisiensi.md'));
  writeFileSync(join(data, '2024', 'narasi', 'kinerja-lainnya.md'), '## Penghargaan\n\nSekretariat Daerah menerima penghargaan pelayanan publik.\n\n## Inovasi\n\nLayanan naskah dinas daring mulai dipakai semua bagian.\n');
  mkdirSync(join(data, 'kerangka'));
  writeFileSync(join(data, 'kerangka', 'lkjip.yaml'), stringify(kerangkaSendiri()));
  const lines: string[] = [];
  const code = await main(['build', 'lkjip', data, '--out', out], { log: (s) => lines.push(s), err: (s) => lines.push(s) });
  messages = lines.join('\n');
  expect(code, messages).toBe(0);
  pdf = await readPdf(readFileSync(join(out, 'setda-paser', 'lkjip-2024.pdf')));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const titles = () => pdf.bookmarks.map((b) => b.title);
const pageOf = (title: string) => pdf.bookmarks.find((b) => b.title === title)!.page;

describe('an agency outline, printed', () => {
  it('renamed, added and renumbered chapters are the bookmarks, in order', () => {
    const chapters = pdf.bookmarks.filter((b) => b.level === 1 && /^Bab \d/.test(b.title)).map((b) => b.title);
    expect(chapters).toEqual(['Bab 1 PENDAHULUAN DAN GAMBARAN UMUM', 'Bab 2 PERENCANAAN DAN PERJANJIAN KINERJA', 'Bab 3 AKUNTABILITAS KINERJA', 'Bab 4 KINERJA LAINNYA', 'Bab 5 PENUTUP']);
    expect(titles()).not.toContain('BAB I PENDAHULUAN');
  });

  it('reordered sections take the letters of their new places, and their tables the numbers', () => {
    expect(titles()).toContain('A. Perjanjian Kinerja');
    expect(titles()).toContain('B. Indikator Kinerja Utama');
    expect(pageOf('A. Perjanjian Kinerja')).toBeLessThanOrEqual(pageOf('B. Indikator Kinerja Utama'));
    expect(pdf.pages.join('\n')).toMatch(/Tabel 2\.1\s*Perjanjian Kinerja Tahun 2024/);
  });

  it('a dropped section is gone from the body, the bookmarks and the Daftar Isi', () => {
    expect(titles().some((t) => t.includes('Analisis Efisiensi'))).toBe(false);
    expect(pdf.pages.join('\n')).not.toContain('Efisiensi Penggunaan Sumber Daya');
  });

  it("a narrative's own headings sit under their section, in the Daftar Isi with their page", () => {
    const bab4 = pdf.bookmarks.findIndex((b) => b.title === 'Bab 4 KINERJA LAINNYA');
    expect(pdf.bookmarks.slice(bab4 + 1, bab4 + 4).map((b) => [b.title, b.level])).toEqual([['A. Penghargaan dan Inovasi', 2], ['Penghargaan', 3], ['Inovasi', 3]]);
    const toc = pdf.pages.filter((p) => p.includes('DAFTAR ISI')).join('\n').replace(/\s+/g, ' ');
    const label = pdf.labels![pageOf('Penghargaan')]!;
    expect(toc).toMatch(new RegExp(`Penghargaan ${label}(?![0-9])`));
  });

  it('running heads follow the outline: the new chapter and the LKIP name', () => {
    // None on a chapter's opening page (issue 13), and the added chapter is one page long.
    expect(pdf.pages[pageOf('Bab 4 KINERJA LAINNYA')]).not.toContain('— LKIP');
    expect(pdf.pages[pageOf('Bab 3 AKUNTABILITAS KINERJA') + 1]).toContain('Bab 3 Akuntabilitas Kinerja — LKIP Setda Kabupaten Paser 2024');
    expect(pdf.pages[pageOf('Bab 1 PENDAHULUAN DAN GAMBARAN UMUM') + 1]).toContain('Bab 1 Pendahuluan dan Gambaran Umum — LKIP');
  });

  it('the cover says LKIP and the front matter has the Ikhtisar Eksekutif', () => {
    expect(pdf.pages[0]).toContain('(LKIP)');
    expect(titles()).toContain('IKHTISAR EKSEKUTIF');
    expect(titles()).not.toContain('RINGKASAN EKSEKUTIF');
  });
});
