// The second example LKjIP (data/diskominfo-contoh): an agency with its own outline
// (kerangka/lkjip.yaml), built once and read back: the LKIP cover, five chapters numbered
// "Bab 1" … "Bab 5", an Ikhtisar Eksekutif instead of the Ringkasan, the narratives' own headings
// in the Daftar Isi, the organisation chart as a numbered Gambar and the agency's own tables as
// numbered Tabel, with their computed totals.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { readPdf, type PdfReadBack } from './pdf-text.ts';
import { periksaTataLetak, tulisTemuan } from './layout/periksa.ts';

const out = mkdtempSync(join(tmpdir(), 'kinerja-contoh-kedua-'));
const file = join(out, 'diskominfo-contoh', 'lkjip-2024.pdf');
let bytes: Buffer;
let pdf: PdfReadBack;
let log = '';

beforeAll(async () => {
  const io = { log: (s: string) => void (log += `${s}\n`), err: (s: string) => void (log += `${s}\n`) };
  expect(await main(['build', 'lkjip', 'data/diskominfo-contoh', '--out', out], io)).toBe(0);
  bytes = readFileSync(file);
  pdf = await readPdf(bytes);
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const squash = (s: string) => s.replace(/\s+/g, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const label = (page: number) => pdf.labels![page]!;
const bookmark = (title: string) => {
  const b = pdf.bookmarks.find((x) => x.title === title);
  expect(b, `bookmark "${title}"`).toBeDefined();
  return b!;
};
/** The front-matter pages that hold a list (its title, then its pages up to the next list or section). */
const list = (title: string) => {
  const start = bookmark(title).page;
  const end = pdf.bookmarks.filter((b) => b.level === 1 && b.page > start).map((b) => b.page)[0] ?? pdf.pages.length;
  return pdf.pages.slice(start, end).map(squash).join('|');
};
/** An entry of a list: its text, then the page label it names (and not the start of a longer number). */
const entry = (text: string, page: number) => new RegExp(escape(squash(text)) + '[.…]*' + escape(label(page)) + '(?![0-9ivx])');

describe('contoh kedua: LKIP Diskominfo Kabupaten Sungai Ulin 2024, kerangka sendiri', () => {
  it('builds clean: no warning about the data', () => {
    expect(log).not.toMatch(/peringatan|galat/i);
    expect(log).toMatch(/lkjip-2024\.pdf/);
  });

  it('the cover says LKIP (not LKjIP) and fits on one page, with the agency and its pemerintah daerah', () => {
    const cover = pdf.pages[0]!;
    expect(cover).toContain('LAPORAN KINERJA INSTANSI PEMERINTAH');
    expect(cover).toContain('(LKIP)');
    expect(cover).not.toContain('LKjIP');
    expect(cover).toContain('TAHUN 2024');
    expect(squash(cover)).toContain(squash('DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUNGAI ULIN'));
    expect(cover).toContain('PEMERINTAH KABUPATEN SUNGAI ULIN');
    expect(cover).toContain('MUARA ULIN, 2025');
    expect(pdf.labels!.slice(0, 3)).toEqual(['i', 'ii', 'iii']);
    expect(pdf.pages[1]).toContain('KATA PENGANTAR');
  });

  it('five chapters numbered "Bab 1" … "Bab 5", each on its page, its running head from its second', () => {
    const chapters = pdf.bookmarks.filter((b) => b.level === 1 && /^Bab /.test(b.title)).map((b) => b.title);
    expect(chapters).toEqual(['Bab 1 PENDAHULUAN', 'Bab 2 PERENCANAAN KINERJA', 'Bab 3 AKUNTABILITAS KINERJA', 'Bab 4 KINERJA LAINNYA', 'Bab 5 PENUTUP']);
    expect(pdf.bookmarks.some((b) => /^BAB [IV]+/.test(b.title))).toBe(false);
    const kepala = ['Bab 1 Pendahuluan', 'Bab 2 Perencanaan Kinerja', 'Bab 3 Akuntabilitas Kinerja', 'Bab 4 Kinerja Lainnya', 'Bab 5 Penutup'];
    chapters.forEach((title, i) => {
      const text = pdf.pages[bookmark(title).page]!;
      const [, nomor, judul] = /^(Bab \d) (.*)$/.exec(title)!;
      expect(squash(text), title).toContain(squash(`${nomor}\n${judul}`));
      // No running head on the opening page (issue 13), the chapter's own on each page after it.
      expect(text, `kepala halaman bab ${i + 1}`).not.toContain('— LKIP Diskominfo');
      const page = bookmark(title).page;
      const next = Math.min(...pdf.bookmarks.filter((b) => b.level === 1 && b.page > page).map((b) => b.page), pdf.pages.length);
      for (const p of pdf.pages.slice(page + 1, next)) expect(p, `kepala halaman bab ${i + 1}`).toContain(`${kepala[i]} — LKIP Diskominfo Kabupaten Sungai Ulin 2024`);
    });
    expect(pdf.pages.some((p) => p.includes('Bab 3 Akuntabilitas Kinerja — LKIP Diskominfo Kabupaten Sungai Ulin 2024'))).toBe(true);
    const toc = list('DAFTAR ISI');
    for (const title of chapters) expect(toc, `Daftar Isi: ${title}`).toMatch(entry(title, bookmark(title).page));
    // The body is numbered from 1 after the front matter.
    expect(label(bookmark('Bab 1 PENDAHULUAN').page)).toBe('1');
  });

  it('the front matter has an Ikhtisar Eksekutif with the IKU summary, and no Ringkasan Eksekutif', () => {
    const front = pdf.bookmarks.filter((b) => b.level === 1 && !/^(Bab |LAMPIRAN)/.test(b.title)).map((b) => b.title);
    expect(front).toEqual(['KATA PENGANTAR', 'IKHTISAR EKSEKUTIF', 'DAFTAR ISI', 'DAFTAR TABEL', 'DAFTAR GAMBAR']);
    const ikhtisar = pdf.pages[bookmark('IKHTISAR EKSEKUTIF').page]!;
    expect(ikhtisar).toContain('IKHTISAR EKSEKUTIF');
    expect(squash(ikhtisar)).toContain(squash('Rata-rata capaian IKU 104,62 Berhasil'));
    expect(pdf.pages.join('\n')).not.toMatch(/RINGKASAN EKSEKUTIF/);
    expect(label(bookmark('IKHTISAR EKSEKUTIF').page)).toMatch(/^[ivx]+$/);
  });

  it('sections of its own, numbered A., 1. under Bab 1 … Bab 5', () => {
    const titles = pdf.bookmarks.map((b) => b.title);
    expect(titles).toEqual(expect.arrayContaining([
      'A. Latar Belakang', 'D. Struktur Organisasi', 'E. Sumber Daya Manusia', 'A. Rencana Strategis 2022–2026',
      '1. Sasaran dan Indikator Kinerja Utama', 'A. Penghargaan', 'B. Inovasi Layanan', 'C. Pengelolaan Pengaduan Masyarakat', 'B. Langkah ke Depan',
    ]));
    expect(titles).not.toContain('A. Maksud dan Tujuan Laporan');
  });

  it("a narrative's own ## headings are in the Daftar Isi with the page they are printed on", () => {
    const toc = list('DAFTAR ISI');
    for (const title of ['Kompetensi Teknis', 'Peran Dinas dalam Pemerintahan Digital', 'Ulin Peduli, Layanan Pesan Pengaduan', 'Portal Satu Data Sungai Ulin']) {
      const b = bookmark(title);
      expect(b.level, title).toBe(3);
      expect(toc, `Daftar Isi: ${title}`).toMatch(entry(title, b.page));
      expect(squash(pdf.pages[b.page]!), `halaman ${label(b.page)}`).toContain(squash(title));
    }
  });

  it('the organisation chart is a numbered Gambar, listed in the Daftar Gambar', () => {
    const judul = 'Gambar 1.1 Bagan Struktur Organisasi Dinas Komunikasi dan Informatika';
    const page = pdf.pages.findIndex((t, i) => i > bookmark('Bab 1 PENDAHULUAN').page - 1 && squash(t).includes(squash(judul)));
    expect(page).toBeGreaterThan(0);
    expect(pdf.pages[page]).toContain('Sumber: Peraturan Bupati Sungai Ulin Nomor 47 Tahun 2021');
    expect(list('DAFTAR GAMBAR')).toMatch(entry(judul, page));
  });

  it('its own tables are numbered in their chapters, listed in the Daftar Tabel, with their totals computed', () => {
    const body = bookmark('Bab 1 PENDAHULUAN').page;
    const own: [string, string][] = [
      ['Tabel 1.1', 'Pegawai Dinas Komunikasi dan Informatika menurut Golongan dan Jenis Kelamin'],
      ['Tabel 4.1', 'Penghargaan yang Diterima'],
      ['Tabel 4.2', 'Pengaduan Masyarakat menurut Kanal Penyampaian'],
    ];
    const tables = list('DAFTAR TABEL');
    for (const [nomor, judul] of own) {
      const page = pdf.pages.findIndex((t, i) => i >= body && squash(t).includes(squash(`${nomor}\n${judul}`)));
      expect(page, nomor).toBeGreaterThan(0);
      expect(tables, `Daftar Tabel: ${nomor}`).toMatch(entry(`${nomor} ${judul}`, page));
    }
    const all = squash(pdf.pages.slice(body).join('\n'));
    expect(all).toContain(squash('Jumlah PNS 26 17 43 78,18'));
    expect(all).toContain(squash('Jumlah 33 22 55 100,00'));
    expect(all).toContain(squash('Jumlah 750 731 19 97,47'));
    expect(all).toContain(squash('26 September 2024'));
  });

  it('passes the layout check of the example documents (test/layout/contoh.test.ts), the foreign-font rule included', async () => {
    // The organisation chart's lettering is drawn as outlines in the SVG: an SVG printed as an
    // image cannot use the bundled fonts, and its <text> would print in whatever font the machine has.
    const t = await periksaTataLetak(bytes, { aturan: ['keterangan-sendiri', 'ttd-sendiri', 'angka-terpotong', 'di-luar-halaman', 'huruf-asing'] });
    expect(t.length ? tulisTemuan('diskominfo-contoh/lkjip-2024.pdf', t) : '').toBe('');
  });
});
