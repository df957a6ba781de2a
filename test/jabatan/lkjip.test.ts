// The cascade in the example LKjIP (data/diskominfo-contoh, its own outline): the per-unit table
// of indicators in Bab 3, the quarterly results of every position on landscape pages, and the
// pohon kinerja drawn from the data, every node's text on its page with the figure's caption.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import { loadInstansi } from '../../src/load/index.ts';
import { validate } from '../../src/validate/index.ts';
import { computeTahun } from '../../src/compute/index.ts';
import { pohonJabatan, pohonRenstra, teksPohon } from '../../src/render/pohon.ts';
import { readPdf, type PdfReadBack } from '../pdf-text.ts';

const out = mkdtempSync(join(tmpdir(), 'kinerja-jabatan-lkjip-'));
let pdf: PdfReadBack;
let landscape: boolean[];
beforeAll(async () => {
  expect(await main(['build', 'lkjip', 'data/diskominfo-contoh', '--out', out], { log: () => undefined, err: () => undefined })).toBe(0);
  const bytes = readFileSync(join(out, 'diskominfo-contoh', 'lkjip-2024.pdf'));
  pdf = await readPdf(bytes);
  landscape = (await PDFDocument.load(bytes, { updateMetadata: false })).getPages().map((p) => p.getWidth() > p.getHeight());
}, 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

// Hyphenation breaks words in narrow cells; the SVG's lines are separate runs: compare without spaces.
const squash = (s: string) => s.replace(/(\p{L})-\n(\p{L})/gu, '$1$2').replace(/[\s\u00ad]+/g, '');
// The last page naming a caption: the figure or table itself, not its line in the front matter's lists.
const pageOf = (text: string) => pdf.pages.reduce((last, p, i) => (squash(p).includes(squash(text)) ? i : last), -1);

const diags = new Diagnostics();
const m = computeTahun(validate(loadInstansi('data/diskominfo-contoh', diags), diags)!.data, 2024);

describe('LKjIP blocks of the cascade', () => {
  it('kinerja-unit: per unit, each position and holder, its indicators with target, realisasi, capaian, kategori', () => {
    const p = pageOf('Capaian Kinerja Unit Kerja Tahun 2024');
    expect(p).toBeGreaterThan(0);
    const text = squash(pdf.pages.slice(p, p + 3).join('\n'));
    expect(text).toContain(squash('Bidang Aplikasi Informatika Kepala Bidang Aplikasi Informatika — RINA MARLINA, S.T., M.Kom.'));
    expect(text).toContain(squash('Jumlah layanan publik perangkat daerah yang dapat diajukan dan diselesaikan melalui aplikasi'));
    expect(text).toContain(squash('Layanan 72 66 91,67 Cukup Berhasil'));
    expect(text).toContain(squash('Persentase waktu henti (downtime) layanan pusat data daerah % 2 1,6 120,00 Berhasil'));
    expect(text).toContain(squash('Kelompok Jabatan Fungsional Pranata Komputer Ahli Muda — BAGUS WICAKSONO, S.Kom.'));
    expect(landscape[p]).toBe(false);
  });

  it('kinerja-jabatan-triwulan: the quarters of every position on landscape pages, with data dukung, kendala, tindak lanjut', () => {
    const p = pageOf('Realisasi Kinerja Jabatan per Triwulan Tahun 2024');
    expect(p).toBeGreaterThan(0);
    expect(landscape[p]).toBe(true);
    const end = pdf.pages.findIndex((_t, i) => i > p && !landscape[i]);
    expect(landscape.slice(p, end).every(Boolean)).toBe(true);
    const text = squash(pdf.pages.slice(p, end).join('\n'));
    // realisasi TW I–IV, the year's (summed), capaian
    expect(text).toContain(squash('Jumlah laporan keuangan bulanan dan tahunan yang disampaikan tepat waktu Laporan 13 4 3 2 3 12 92,31'));
    expect(text).toContain(squash('TW III: Laporan September terlambat karena gangguan aplikasi keuangan daerah'));
    expect(text).toContain(squash('TW III: Laporan disampaikan 9 Oktober setelah aplikasi pulih'));
    expect(text).toContain(squash('TW IV: Daftar dataset terbit Portal Satu Data per 31 Desember 2024'));
    for (const j of m.jabatan.daftar.filter((x) => !x.kepala)) expect(text, j.id).toContain(squash(`${j.nama} —`));
  });
});

describe('the pohon kinerja drawn from the data', () => {
  const trees = [...pohonRenstra(m).map((t) => ({ ...t, judul: `Pohon Kinerja: ${t.judul}` })), ...pohonJabatan(m).map((t) => ({ ...t, judul: `Pohon Kinerja Jabatan: ${t.judul}` }))];

  it('one figure per program (tujuan → sub kegiatan) and per position below the head', () => {
    expect(trees).toHaveLength(5 + 5); // the five programs; the sekretaris and the four kepala bidang
  });

  for (const t of trees)
    it(`${t.judul}: every node's text on the page of its caption, a landscape page`, () => {
      const p = pageOf(t.judul);
      expect(p, t.judul).toBeGreaterThan(0);
      expect(landscape[p]).toBe(true);
      const page = squash(pdf.pages[p]!);
      const texts = teksPohon(t.akar);
      expect(texts.length).toBeGreaterThan(2);
      for (const node of texts) expect(page, node).toContain(squash(node));
    });

  it('node colours follow the capaian category', () => {
    const sasaran = pohonRenstra(m).map((t) => t.akar.anak[0]!);
    expect(sasaran.map((s) => s.kategori?.warna)).toEqual(m.sasaran.flatMap((s) => s.program.map(() => s.kategori?.warna)));
    const pranata = pohonJabatan(m).find((t) => t.judul === 'Kepala Bidang Aplikasi Informatika')!.akar.anak[0]!.anak.find((a) => a.teks === 'Pranata Komputer Ahli Muda')!;
    expect(pranata.anak.map((a) => [a.teks, a.kategori?.warna])).toEqual([['Jumlah aplikasi yang diintegrasikan ke sistem penghubung layanan', 'hijau']]);
  });
});
