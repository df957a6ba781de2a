// The LKjIP of the reference agency, built end to end and read back as a reader would.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { bedaPdf } from '../sama-bytes.ts';
import { fonts, pageLooks, readPdf, structPerPage, type PdfReadBack } from '../pdf-text.ts';
import { PDFDocument, PDFName } from 'pdf-lib';

const out = mkdtempSync(join(tmpdir(), 'kinerja-lkjip-'));
const file = join(out, 'setda-paser', 'lkjip-2024.pdf');
const quiet = { log: () => undefined, err: () => undefined };
let bytes: Uint8Array;
let pdf: PdfReadBack;

beforeAll(async () => {
  expect(await main(['build', 'lkjip', 'data/setda-paser', '--out', out], quiet)).toBe(0);
  bytes = readFileSync(file);
  pdf = await readPdf(bytes);
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const squash = (s: string) => s.replace(/\s+/g, '');
const upper = (s: string) => squash(s).toUpperCase();
const pageText = (label: string) => pdf.pages[pdf.labels!.indexOf(label)] ?? '';

describe('LKjIP Setda Kabupaten Paser 2024', () => {
  it('front matter is numbered i, ii, … and the body from 1 (PDF page labels)', () => {
    const labels = pdf.labels!;
    const front = labels.findIndex((l) => l === '1');
    expect(front).toBeGreaterThan(3);
    expect(labels.slice(0, 3)).toEqual(['i', 'ii', 'iii']);
    expect(labels.slice(front, front + 3)).toEqual(['1', '2', '3']);
    expect(labels).toHaveLength(pdf.pages.length);
  });

  it('prints at the house size: no table wider than its page makes Chromium shrink the pages', async () => {
    const looks = await pageLooks(bytes);
    const body = looks.filter((_, i) => /^[0-9]+$/.test(pdf.labels![i]!));
    expect(body.length).toBeGreaterThan(40);
    // Each page's text is at a size of the stylesheet: 12 pt prose (dokumen.yaml's default),
    // 9 pt tables, 8 pt dense ones and the quarterly lampiran (the floor). A shrunk print reads 11.6, 8.7, 7.8, …
    expect(new Set(body.map((p) => p.size))).toEqual(new Set([12, 9, 8]));
  });

  it('every page shows its own number at its foot, also in the pieces printed apart', async () => {
    const looks = await pageLooks(bytes);
    const feet = looks.map((l) => l.foot);
    expect(feet.slice(1)).toEqual(pdf.labels!.slice(1)); // the cover has none
  });

  it('every Daftar Isi entry names the page its heading is on', () => {
    const toc = [...pdf.pages.filter((t) => t.includes('DAFTAR ISI')), pdf.pages[pdf.labels!.indexOf('iv')]!].map(squash).join('|');
    const chapters = pdf.bookmarks.filter((b) => b.title !== 'DAFTAR ISI');
    expect(chapters.length).toBeGreaterThan(30);
    for (const b of chapters) {
      const label = pdf.labels![b.page]!;
      expect(toc, `Daftar Isi: ${b.title}`).toMatch(new RegExp(squash(b.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + label + '(?![0-9ivx])'));
      expect(upper(pdf.pages[b.page]!), `halaman ${label}: ${b.title}`).toContain(upper(b.title));
    }
  });

  it('the outline holds every chapter with its sections', () => {
    const titles = pdf.outline.map((o) => o.title);
    expect(titles).toEqual(expect.arrayContaining(['KATA PENGANTAR', 'DAFTAR ISI', 'RINGKASAN EKSEKUTIF', 'BAB I PENDAHULUAN', 'BAB II PERENCANAAN DAN PERJANJIAN KINERJA', 'BAB III AKUNTABILITAS KINERJA', 'BAB IV PENUTUP', 'LAMPIRAN']));
    expect(pdf.outline.find((o) => o.title === 'BAB III AKUNTABILITAS KINERJA')!.items.map((i) => i.title)).toContain('C. Analisis Capaian Kinerja Sasaran');
  });

  it('key tables hold the computed figures', () => {
    const all = pdf.pages.join('\n');
    expect(squash(all)).toContain(squash('Rata-rata capaian IKU 106,71 Berhasil'));
    expect(all).toContain('256.384.931.909');
    expect(all).toContain('236.124.072.719');
    expect(all).toContain('20.260.859.190');
    expect(squash(all)).toContain(squash('Rata-rata capaian sasaran 99,57'));
    expect(squash(all)).toContain(squash('Meningkatnya kualitas rumusan kebijakan daerah bidang pemerintahan dan kesra 115,91 93,49 22,41'));
  });

  it('a program\'s table title names the program once ("Program Program …" never)', () => {
    const all = pdf.pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Analisis Pencapaian Sasaran Program Penunjang Urusan Pemerintahan Daerah');
    expect(all).not.toMatch(/Program Program/);
  });

  it('the PK lampiran carries both signature blocks with names and NIP', () => {
    const pk = pdf.pages.find((t) => t.includes('PERJANJIAN KINERJA TAHUN 2024'))!;
    expect(pk).toContain('Drs. KATSUL WIJAYA, M.Si');
    expect(pk).toContain('NIP. 19661211 198609 1 002');
    expect(pk).toContain('FAMI FADLI');
    expect(pk).toContain('Pihak Pertama');
    expect(pk).toContain('Pihak Kedua');
  });

  it('running heads carry the current chapter', () => {
    // Not on a chapter's opening page (issue 13; test/print/kepala-bab.test.ts): from its second.
    expect(pageText('1')).not.toContain('Bab I Pendahuluan —');
    expect(pageText('2')).toContain('Bab I Pendahuluan —');
    const pk = pdf.bookmarks.find((b) => b.title === 'B. Perjanjian Kinerja')!;
    expect(pdf.pages[pk.page]).toContain('Bab II Perencanaan dan Perjanjian Kinerja');
  });

  it('every font is embedded and comes from the bundled families', async () => {
    const f = await fonts(bytes);
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) {
      expect(x.embedded).toBe(true);
      expect(x.name).toMatch(/^(Arimo|Tinos)/);
    }
  });

  it('metadata comes from the data, the document is tagged', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Laporan Kinerja Instansi Pemerintah Sekretariat Daerah Kabupaten Paser Tahun 2024');
    expect(doc.getAuthor()).toBe('Sekretariat Daerah Kabupaten Paser');
    expect(doc.getCreationDate()!.toISOString()).toBe('2025-02-28T00:00:00.000Z');
    expect(String(doc.catalog.lookup(PDFName.of('Lang')))).toContain('id-ID');
    expect(doc.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true);
  });

  it('every page is tagged, the front matter too (its tags carried into the body’s tree)', async () => {
    const tags = await structPerPage(bytes);
    expect(tags).toHaveLength(pdf.pages.length);
    tags.forEach((n, i) => expect(n, `halaman ${pdf.labels![i]}`).toBeGreaterThan(0));
  });

  it('a rebuild of the same data gives the same bytes', async () => {
    const again = mkdtempSync(join(tmpdir(), 'kinerja-lkjip-'));
    try {
      expect(await main(['build', 'lkjip', 'data/setda-paser', '--out', again], quiet)).toBe(0);
      expect(await bedaPdf(readFileSync(join(again, 'setda-paser', 'lkjip-2024.pdf')), bytes)).toBe('');
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  }, 120_000);

  it('a failed build leaves the last good PDF untouched', async () => {
    const data = mkdtempSync(join(tmpdir(), 'kinerja-data-'));
    try {
      cpSync('data/setda-paser', join(data, 'setda-paser'), { recursive: true });
      const f = join(data, 'setda-paser', '2024', 'anggaran.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace('pagu: 1486428092', 'pagu: 1.486.428.092'));
      expect(await main(['build', 'lkjip', join(data, 'setda-paser'), '--out', out], quiet)).toBe(1);
      expect(readFileSync(file).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
