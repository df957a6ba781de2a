// A narrative's own headings and tables take their place in the report: headings one level
// below their section in the Daftar Isi (with the page they landed on) and in the bookmarks;
// tables styled, numbered in document order between the templates' own, captioned, with their
// source line, and listed in the Daftar Tabel. Built through Chromium and read back.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf, type PdfReadBack } from '../pdf-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-narasi-toc-'));
const data = join(dir, 'dinas-contoh');
let pdf: PdfReadBack;
let html: string;

const write = (name: string, text: string) => writeFileSync(join(data, '2024', 'narasi', name), text);

beforeAll(async () => {
  cpSync('test/fixtures/minimal', data, { recursive: true });
  // A template table in Bab I (Tabel Permasalahan), between the two narrative tables.
  writeFileSync(join(data, 'renstra.yaml'), readFileSync(join(data, 'renstra.yaml'), 'utf8') + 'permasalahan:\n  - pokok: Layanan lambat\n    akar: Prosedur panjang\n');
  write('kata-pengantar.md', 'Puji syukur atas tersusunnya laporan ini.\n\n# Ucapan Terima Kasih\n\nKepada semua pihak.\n');
  write('bab1-maksud.md', 'Maksud laporan.\n\n# Landasan Maksud\n\nTabel: Dasar Penyusunan Laporan\n\n| No | Dasar |\n|---|---|\n| 1 | Peraturan Presiden 29/2014 |\n');
  write('bab1-sistematika.md', 'Laporan terdiri atas empat bab.\n\n## Sub Judul Sistematika\n\nTabel: Susunan *Bab* Laporan\n\n| Bab | Isi |\n|---|---|\n| I | Pendahuluan |\n| II | Perencanaan Kinerja |\n\nSumber: pedoman penyusunan LKjIP\n');
  const quiet = { log: () => undefined, err: () => undefined };
  expect(await main(['build', 'lkjip', data, '--out', join(dir, 'out'), '--html'], quiet)).toBe(0);
  pdf = await readPdf(readFileSync(join(dir, 'out', 'dinas-contoh', 'lkjip-2024.pdf')));
  html = readFileSync(join(dir, 'out', 'dinas-contoh', 'lkjip-2024.isi.html'), 'utf8');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squash = (s: string) => s.replace(/\s+/g, '');
const front = (title: string) => squash(pdf.pages.filter((t) => t.includes(title)).join('|'));
/** The bookmark and the label of the page it points to; its text must be on that page. */
function mark(title: string) {
  const i = pdf.bookmarks.findIndex((b) => b.title === title);
  expect(i, `penanda ${title}`).toBeGreaterThanOrEqual(0);
  const b = pdf.bookmarks[i]!;
  const parent = pdf.bookmarks.slice(0, i).reverse().find((p) => p.level < b.level);
  expect(squash(pdf.pages[b.page]!).toUpperCase()).toContain(squash(title).toUpperCase());
  return { ...b, label: pdf.labels![b.page]!, parent: parent?.title };
}

describe('narrative headings and tables in the LKjIP', () => {
  it('the file’s highest heading prints one level below its section, at most h4', () => {
    // `##` (the file's highest) under "E. Sistematika Penyajian" (h2): h3; `#` under "A.1 Maksud Laporan" (h3): h4.
    expect(html).toMatch(/<h3 id="h-\d+"><a class="jangkar" href="#h-\d+">Sub Judul Sistematika<\/a><\/h3>/);
    expect(html).toMatch(/<h4 id="h-\d+"><a class="jangkar" href="#h-\d+">Landasan Maksud<\/a><\/h4>/);
  });

  it('joins the Daftar Isi under its section, with the page it is printed on', () => {
    const sub = mark('Sub Judul Sistematika');
    expect(sub).toMatchObject({ level: 3, parent: 'E. Sistematika Penyajian' });
    expect(front('DAFTAR ISI')).toMatch(new RegExp(`E\\.SistematikaPenyajian\\d+SubJudulSistematika${sub.label}(?![0-9])`));
    const landasan = mark('Landasan Maksud');
    expect(landasan).toMatchObject({ level: 4, parent: 'A.1 Maksud Laporan' });
    expect(front('DAFTAR ISI')).toMatch(new RegExp(`A\\.1MaksudLaporan\\d+LandasanMaksud${landasan.label}A\\.2`));
  });

  it('a heading in the Kata Pengantar is listed below it, with its roman page', () => {
    const t = mark('Ucapan Terima Kasih');
    expect(t).toMatchObject({ level: 2, parent: 'KATA PENGANTAR' });
    expect(t.label).toMatch(/^[ivx]+$/);
    expect(front('DAFTAR ISI')).toContain(`UcapanTerimaKasih${t.label}`);
  });

  it('tables are numbered in document order between the templates’ own, captioned, sourced and listed', () => {
    const body = pdf.pages.filter((_, i) => /^\d+$/.test(pdf.labels![i]!));
    const page = (s: string) => pdf.labels![pdf.pages.indexOf(body.find((p) => squash(p).includes(squash(s)))!)];
    expect(squash(body.join('|'))).toContain(squash('Tabel 1.1 Dasar Penyusunan Laporan'));
    expect(squash(body.join('|'))).toContain(squash('Tabel 1.2 Permasalahan Berdasarkan Tugas dan Fungsi'));
    expect(squash(body.join('|'))).toContain(squash('Tabel 1.3 Susunan Bab Laporan'));
    expect(body.join('\n')).toContain('Sumber: pedoman penyusunan LKjIP');
    const daftar = front('DAFTAR TABEL');
    expect(daftar).toContain(`Tabel1.1DasarPenyusunanLaporan${page('Dasar Penyusunan Laporan')}`);
    expect(daftar).toContain(`Tabel1.3SusunanBabLaporan${page('Susunan Bab Laporan')}`);
    // The house style, the caption in the Daftar Tabel's form, the source like the templates' lines.
    expect(html).toContain('<table class="data">\n<caption id="tabel-1-3"><a class="jangkar" href="#tabel-1-3"><span class="nomor">Tabel 1.3</span><br>Susunan <em>Bab</em> Laporan</a></caption>');
    expect(html).toContain('<p class="sumber">Sumber: pedoman penyusunan LKjIP</p>');
    expect(html).not.toContain('Tabel: ');
  });
});
