// The only file that knows the order of the stages:
// load → validate → compute → render → print → finish. One browser for the whole run.
import { join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import { Diagnostics, KinerjaError, formatDiagnostic } from './diagnostics/index.ts';
import { checkProseFigures } from './validate/prose-figures.ts';
import { computeTahun } from './compute/index.ts';
import { loadInstansi } from './load/index.ts';
import { validate } from './validate/index.ts';
import { pdfMeta, renderDepan, renderIsi, type TocEntry } from './render/index.ts';
import { Printer } from './print/index.ts';
import { assemble, destPages, finishPdf, loadPdf } from './finish/index.ts';
import { writeAtomic } from './finish/write-atomic.ts';
import { lap } from './util/timing.ts';
import type { TahunModel } from './model/model.ts';
import type { Out } from './cli/check.ts';

export interface BuildOptions {
  tahun?: number;
  outDir: string;
  /** Also keep the final HTML of each printed part beside the PDF (for benchmarks and debugging). */
  html?: boolean;
}

function prepare(folder: string, tahun: number | undefined, out: Out): TahunModel {
  const diags = new Diagnostics();
  lap('mulai');
  const loaded = loadInstansi(folder, diags);
  lap('load');
  const valid = validate(loaded, diags);
  lap('validate');
  if (!valid) throw new KinerjaError(`data ${folder} belum benar; tidak ada berkas yang ditulis`, diags.errors);
  const year = tahun ?? Math.max(...valid.data.tahun.filter((t) => t.dokumen?.lkjip).map((t) => t.tahun));
  if (!Number.isFinite(year) || !valid.data.tahun.some((t) => t.tahun === year))
    throw new KinerjaError(`${folder}: tidak ada tahun ${tahun ?? ''} dengan pengaturan lkjip di dokumen.yaml`.replace('  ', ' '));
  const m = computeTahun(valid.data, year);
  lap('compute');
  checkProseFigures(m, loaded.narasi[year] ?? {}, diags);
  for (const w of diags.warnings) out.err(formatDiagnostic(w));
  return m;
}

/**
 * The body is printed once; the page of each heading and table is read back from the named
 * destinations Chromium wrote. The short front matter is printed with those numbers (twice,
 * so that its own entries in the Daftar Isi carry their roman numbers too), then the two are joined.
 */
async function printLkjip(m: TahunModel, printer: Printer, keep?: (part: string, html: string) => void): Promise<PDFDocument> {
  const isi = renderIsi(m);
  lap('render isi');
  const isiPdf = await printer.print(isi.html, isi.assets);
  lap('print isi');
  const isiDoc = await loadPdf(isiPdf);
  lap('baca isi');
  const pages = destPages(isiDoc);
  const hal = (id: string) => String((pages.get(id) ?? 0) + 1);
  const bodyToc: TocEntry[] = isi.headings.map((h) => ({ judul: h.judul, level: h.level, halaman: hal(h.id) }));
  const tabel = isi.tables.map((t) => ({ ...t, level: 2, halaman: hal(t.id) }));
  const gambar = isi.figures.map((t) => ({ ...t, level: 2, halaman: hal(t.id) }));
  const roman = (i: number) => ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'][i] ?? String(i + 1);
  // Pass 1 carries placeholder numbers for the front entries, so both passes have the same length.
  const frontTitles = renderDepan(m, bodyToc, tabel, gambar).headings.filter((h) => h.judul !== 'DAFTAR ISI');
  let depan = renderDepan(m, [...frontTitles.map((h) => ({ judul: h.judul, level: 1, halaman: 'viii' })), ...bodyToc], tabel, gambar);
  let depanPdf = await printer.print(depan.html, depan.assets);
  const frontPages = destPages(await loadPdf(depanPdf));
  const frontToc: TocEntry[] = depan.headings.filter((h) => h.judul !== 'DAFTAR ISI').map((h) => ({ judul: h.judul, level: 1, halaman: roman(frontPages.get(h.id) ?? 0) }));
  depan = renderDepan(m, [...frontToc, ...bodyToc], tabel, gambar);
  depanPdf = await printer.print(depan.html, depan.assets);
  lap('depan (dua kali)');
  keep?.('isi', isi.html);
  keep?.('depan', depan.html);
  return assemble(depanPdf, isiDoc, [
    ...depan.headings.map((h) => ({ judul: h.judul, level: 1, id: h.id, bagian: 'depan' as const })),
    ...isi.headings.map((h) => ({ judul: h.judul, level: h.level, id: h.id, bagian: 'isi' as const })),
  ]);
}

export async function buildDocuments(doc: 'lkjip', folders: string[], opts: BuildOptions, out: Out): Promise<string[]> {
  // Everything is checked before Chromium starts: a data error never costs a browser launch.
  const models = folders.map((f) => prepare(f, opts.tahun, out));
  const printer = new Printer();
  if (models.length) printer.warmUp();
  const written: string[] = [];
  try {
    for (const m of models) {
      const target = join(opts.outDir, m.instansi.id, `${doc}-${m.tahun}.pdf`);
      const keep = opts.html ? (part: string, html: string) => writeAtomic(target.replace(/\.pdf$/, `.${part}.html`), html) : undefined;
      const pdf = await printLkjip(m, printer, keep);
      lap('gabung');
      await finishPdf(pdf, target, pdfMeta(m));
      lap('tulis');
      written.push(target);
    }
  } finally {
    await printer.close();
  }
  return written;
}
