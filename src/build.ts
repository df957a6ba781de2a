// The only file that knows the order of the stages:
// load → validate → compute → render → print → finish. One browser for the whole run.
import { join } from 'node:path';
import { Diagnostics, KinerjaError, formatDiagnostic } from './diagnostics/index.ts';
import { checkProseFigures } from './validate/prose-figures.ts';
import { checkIsianCetak } from './validate/isian-cetak.ts';
import { computeTahun } from './compute/index.ts';
import { loadInstansi } from './load/index.ts';
import { validate } from './validate/index.ts';
import type { LoadedInstansi } from './load/index.ts';
import { halamanBab, lapisanHtml, potongIsi, tanpaLapisan, pdfMeta, renderDepan, renderIsi, renderPk, renderRencanaAksi, renderRkt, renderSurvei, type RenderedPart, type TocEntry } from './render/index.ts';
import { hasEarlyPrinter, Printer } from './print/index.ts';
import { ukuranKolam } from './print/kolam.ts';
import { jalankan } from './util/jadwal.ts';
import type { Join, OutlineEntry, PdfMeta, PrintedPdf } from './finish/index.ts';
import { writeAtomic } from './finish/write-atomic.ts';
import { tandaiDraf } from './render/page-css.ts';
import { denganNomor, nomorHalaman, type NomorLalu } from './render/nomor-halaman.ts';
import { berkasPkJabatan, jabatanBerPk, periksaPilihanJabatan, renderPkJabatan } from './render/pk-jabatan.ts';
import { renderPohon } from './render/pohon-dokumen.ts';
import { lap } from './util/timing.ts';
import { kembalikanMemori } from './util/memori.ts';
import { romawi } from './format/index.ts';
import type { InstansiData } from './model/input.ts';
import type { TahunModel } from './model/model.ts';
import type { Out } from './cli/check.ts';

import { DOKUMEN, type Dokumen } from './model/dokumen.ts';
import { denganSimpanan, type SimpananYaml } from './load/simpanan-yaml.ts';

export { DOKUMEN, type Dokumen };

// The finish stage (with pdf-lib) is loaded once the first prints are under way, while this
// thread would only wait for Chromium, not before them.
let finishing: Promise<typeof import('./finish/index.ts')> | undefined;
const finish = () => (finishing ??= import('./finish/index.ts'));

export interface BuildOptions {
  tahun?: number;
  outDir: string;
  /** Also keep the final HTML of each printed part beside the PDF (for benchmarks and debugging). */
  html?: boolean;
  /** For signing: a document that would print dotted lines for a missing fact is refused. */
  final?: boolean;
  /** `build pk --jabatan <id>`: only the PK of that position (the head's position: the agency's PK). */
  jabatan?: string;
  /**
   * How a long body is cut into pieces printed apart (default potongIsi: at most two). `kinerja
   * watch` cuts at every mark, so that a save reprints only the chapters whose HTML changed.
   */
  potong?: (isiHtml: string) => string[];
  /** `kinerja watch`: the Daftar Isi numbers of its last print, to print the front matter once when they still hold. */
  nomorLalu?: NomorLalu;
}

/** What printing needs of a printer: `kinerja watch` passes one that keeps the pieces it printed. */
export type Pencetak = Pick<Printer, 'print' | 'printHeld' | 'reprint' | 'lepas'>;

const NAMA: Record<Dokumen, string> = { lkjip: 'Laporan Kinerja Instansi Pemerintah', pk: 'Perjanjian Kinerja', 'rencana-aksi': 'Rencana Aksi', rkt: 'Rencana Kerja Tahunan', survei: 'Laporan Hasil Survei Kepuasan Masyarakat', pohon: 'Pohon Kinerja' };

/** The years of an instansi that have the data a document needs. */
function yearsFor(data: InstansiData, doc: Dokumen): number[] {
  return data.tahun
    .filter((t) => {
      switch (doc) {
        case 'lkjip':
          return !!t.dokumen?.lkjip;
        case 'pk':
          return !!t.pk;
        case 'rencana-aksi':
          return !!t.dokumen?.rencana_aksi || !!t.anggaran?.program.some((p) => p.kegiatan.some((k) => k.sub_kegiatan.some((s) => s.rencana || s.rencana_aksi)));
        case 'rkt':
          return !!t.dokumen?.rkt;
        case 'survei':
          return !!t.dokumen?.survei && !!t.survei;
        case 'pohon':
          return !!t.anggaran;
      }
    })
    .map((t) => t.tahun);
}

interface Job {
  doc: Dokumen;
  m: TahunModel;
  /** Printed with something blank that its signing needs: every page marked DRAF (page-css.ts). */
  draf: boolean;
}

/**
 * Whether a folder whose data does not pass asks for one of `docs` at all: only then are its
 * errors this build's business (`build lkjip` over data/ is not stopped by a typo in an agency
 * that has no LKjIP).
 */
function asksFor(loaded: LoadedInstansi, docs: Dokumen[]): boolean {
  return loaded.files.some((f) => {
    const data = (f.yaml.data ?? {}) as Record<string, unknown>;
    if (f.role === 'pk') return docs.includes('pk');
    if (f.role === 'dokumen') return docs.some((d) => d !== 'pk' && d.replace('-', '_') in data);
    return f.role === 'anggaran' && (docs.includes('rencana-aksi') || docs.includes('pohon'));
  });
}

/**
 * Validated and computed before any browser starts: a data error never costs a launch. Its
 * warnings are said only when the folder has something to build.
 */
function prepare(folder: string, docs: Dokumen[], tahun: number | undefined, explicit: boolean, named: boolean, final: boolean, out: Out, jabatan?: string): Job[] {
  const diags = new Diagnostics();
  lap('mulai');
  const loaded = loadInstansi(folder, diags);
  const valid = validate(loaded, diags);
  lap('load dan validate');
  if (!valid) {
    if (!named && !asksFor(loaded, docs)) return [];
    throw new KinerjaError(`data ${folder} belum benar; tidak ada berkas yang ditulis`, diags.errors);
  }
  const jobs: Job[] = [];
  const models = new Map<number, TahunModel>();
  for (const doc of docs) {
    const years = yearsFor(valid.data, doc);
    const year = tahun ?? Math.max(...years);
    if (!years.includes(year)) {
      if (explicit)
        throw new KinerjaError(`${folder}: tidak ada data ${NAMA[doc]}${tahun ? ` tahun ${tahun}` : ''}`, [], {
          cause: doc === 'pk' ? 'tulis <tahun>/pk.yaml' : doc === 'pohon' ? 'tulis <tahun>/anggaran.yaml' : `tulis pengaturan \`${doc.replace('-', '_')}\` di <tahun>/dokumen.yaml`,
        });
      continue;
    }
    if (!models.has(year)) {
      const m = computeTahun(valid.data, year);
      checkProseFigures(m, loaded.narasi[year] ?? {}, diags);
      models.set(year, m);
    }
    const before = diags.warnings.length;
    if (doc !== 'pohon') checkIsianCetak(doc, models.get(year)!, valid.src, diags); // the pohon has nothing to sign
    jobs.push({ doc, m: models.get(year)!, draf: diags.warnings.slice(before).some((w) => w.code === 'cetak/isian-kosong') });
  }
  lap('compute');
  // A figure in prose that contradicts the data (validate/prose-figures.ts) stops the build like any data error.
  if (diags.hasErrors) throw new KinerjaError(`data ${folder} belum benar; tidak ada berkas yang ditulis`, diags.errors);
  for (const job of jobs) if (job.doc === 'pk' && jabatan !== undefined) periksaPilihanJabatan(folder, job.m, jabatan);
  const blanks = diags.warnings.filter((w) => w.code === 'cetak/isian-kosong');
  if (final && jobs.length && blanks.length)
    throw new KinerjaError(`${folder}: dokumen untuk ditandatangani (--final) tidak boleh memuat titik-titik; tidak ada berkas yang ditulis`, blanks.map((b) => ({ ...b, severity: 'galat' as const })));
  if (jobs.length) for (const w of diags.warnings) out.err(formatDiagnostic(w));
  return jobs;
}

/** Renders the front matter with the given Daftar Isi, Daftar Tabel and Daftar Gambar. */
type Depan = (toc: TocEntry[], tabel: (TocEntry & { nomor: string })[], gambar: (TocEntry & { nomor: string })[]) => RenderedPart;

interface TocOptions {
  /** Writes a part's final HTML beside the PDF (`--html`). */
  keep?: (part: string, html: string) => void;
  potong?: (isiHtml: string) => string[];
  /** The Daftar Isi numbers of the last print of this document (watch), updated with this one's. */
  nomorLalu?: NomorLalu;
}

/** A document ready to be finished: its printed parts in order and its outline. */
interface Printed {
  join: Join;
  /** The join's parts in document order. */
  order?: number[];
  outline: OutlineEntry[];
}

/**
 * A document with a Daftar Isi (LKjIP, RKT). The body is printed once; the page of each heading
 * and table is read back from the named destinations Chromium wrote. The short front matter is
 * printed with placeholders at the same time (it does not need the body for that), which tells
 * where its own sections fall; then its numbers are written into the same open document and it
 * is printed again. The numbers sit in boxes wider than any of them, so nothing else moves.
 * In `kinerja watch` the first pass carries the last save's numbers instead of placeholders:
 * when they still hold (no page moved), it is the final front matter and there is no second.
 */
async function printWithToc(printer: Pencetak, isi: RenderedPart, depan: Depan, lang: string, opts: TocOptions): Promise<Printed> {
  const { keep, potong = potongIsi, nomorLalu } = opts;
  lap('render isi');
  const holder = (h: { judul: string; level: number }) => ({ judul: h.judul, level: h.level, halaman: '888' });
  const holderTabel = isi.tables.map((t) => ({ ...t, level: 2, halaman: '888' }));
  const holderGambar = isi.figures.map((t) => ({ ...t, level: 2, halaman: '888' }));
  // The front's own sections (a Daftar Gambar only if there are figures), to list them too,
  // with the headings of their narratives (Kata Pengantar, Ringkasan) one level below.
  const draft = depan([], holderTabel, holderGambar);
  const frontTitles = draft.headings.filter((h) => h.judul !== draft.judulDaftarIsi);
  const draftFront = depan([...frontTitles.map((h) => ({ judul: h.judul, level: h.level, halaman: 'viii' })), ...isi.headings.map(holder)], holderTabel, holderGambar);
  // The body in pieces (a long one), each without its page numbers and running heads (an
  // overlay lays them over it, render/potong.ts), and the front's first pass: all printed at
  // once, one renderer each.
  lap('render depan');
  const pieces = potong(isi.html);
  // Before the renderers grow: what reading and rendering a long body left behind goes back.
  if (kembalikanMemori()) lap('memori dikembalikan');
  // With the numbers of the last print (watch), when the lists have as many entries as then.
  const lalu = nomorLalu?.nomor;
  const tebakan = lalu && denganNomor(draftFront.html, lalu);
  const hold = () => printer.printHeld(draftFront.html, draftFront.assets);
  const held = printer.printHeld(tebakan ?? draftFront.html, draftFront.assets);
  const printing = Promise.all(pieces.map((html) => printer.print(tanpaLapisan(html), isi.assets)));
  void finish();
  const [{ pdf: firstFront, handle }, printed] = await Promise.all([held, printing]);
  lap(`print isi (${pieces.length} bagian) dan depan pertama`);
  const { PrintedPdf, Join } = await finish();
  const body = printed.map((b) => new PrintedPdf(b!));
  const { firstPages, pages } = bodyPages(body);
  // Every piece's page numbers and running heads (none on a chapter's first page), printed
  // beside the front's second pass.
  const halaman = halamanBab(isi.html, pages, body.flatMap((b) => b.landscape()), isi.tables);
  const lapisan = (b: PrintedPdf, i: number) => lapisanHtml(isi.html, halaman.slice(firstPages[i], firstPages[i]! + b.pages.length), firstPages[i]! + 1);
  const overlays = Promise.all(body.map((b, i) => printer.print(lapisan(b, i), isi.assets, { tagged: false })));
  overlays.catch(() => undefined); // awaited below; a failure is reported there
  lap('baca isi');
  const front = finalFront(isi, draftFront, pages, new PrintedPdf(firstFront).destPages(), depan);
  const numbers = nomorHalaman(front.html);
  // The guess held when this print's numbers are the last one's.
  const tepat = tebakan !== undefined && lalu !== undefined && numbers.join('\n') === lalu.join('\n');
  if (nomorLalu) nomorLalu.nomor = numbers;
  // If the held tab is lost (a browser restarted), the same two steps again in a new one.
  const reprint = (h: number) => printer.reprint(h, '.toc .hal', numbers);
  const again = async () => reprint((await hold()).handle);
  if (tepat) void printer.lepas(handle).catch(() => undefined);
  const reprinting = tepat ? Promise.resolve(firstFront) : reprint(handle).catch(again);
  reprinting.catch(() => undefined); // awaited below; a failure is reported there
  // While Chromium prints those, this thread joins the body: the bulk of the finish stage.
  const join = new Join(lang);
  const bodyParts = body.map((pdf) => join.add({ pdf, bagian: 'isi' }, true));
  lap('gabung isi');
  const nomor = await overlays;
  nomor.forEach((b, i) => join.addOverlay(bodyParts[i]!, new PrintedPdf(b)));
  const frontPart = join.add({ pdf: new PrintedPdf(await reprinting), bagian: 'depan' });
  lap('depan kedua dan nomor halaman');
  keep?.('isi', isi.html);
  keep?.('depan', front.html);
  return {
    join,
    order: [frontPart, ...bodyParts],
    outline: [
      ...front.headings.map((h) => ({ judul: h.judul, level: h.level, id: h.id, bagian: 'depan' as const })),
      ...isi.headings.map((h) => ({ judul: h.judul, level: h.level, id: h.id, bagian: 'isi' as const })),
    ],
  };
}

/** Where each body piece starts, and the page (in the whole body) of every named destination. */
function bodyPages(body: PrintedPdf[]): { firstPages: number[]; pages: Map<string, number> } {
  const firstPages: number[] = [];
  body.reduce((n, b) => (firstPages.push(n), n + b.pages.length), 0);
  const pages = new Map<string, number>();
  body.forEach((b, i) => {
    for (const [id, p] of b.destPages()) if (!pages.has(id)) pages.set(id, firstPages[i]! + p);
  });
  return { firstPages, pages };
}

/** The front matter with every number: body pages from 1, the front's own in i, ii, … */
function finalFront(isi: RenderedPart, draft: RenderedPart, pages: Map<string, number>, frontPages: Map<string, number>, depan: Depan): RenderedPart {
  const hal = (id: string) => String((pages.get(id) ?? 0) + 1);
  const bodyToc: TocEntry[] = isi.headings.map((h) => ({ judul: h.judul, level: h.level, halaman: hal(h.id) }));
  const tabel = isi.tables.map((t) => ({ ...t, level: 2, halaman: hal(t.id) }));
  const gambar = isi.figures.map((t) => ({ ...t, level: 2, halaman: hal(t.id) }));
  const frontToc = draft.headings.filter((h) => h.judul !== draft.judulDaftarIsi).map((h) => ({ judul: h.judul, level: h.level, halaman: romawi((frontPages.get(h.id) ?? 0) + 1, true) }));
  return depan([...frontToc, ...bodyToc], tabel, gambar);
}

function meta(m: TahunModel, doc: Dokumen, varian = ''): PdfMeta {
  const base = pdfMeta(m);
  const tanggal = doc === 'lkjip' ? base.date : (doc === 'pk' ? m.pk?.tanggal ?? m.dokumen.pk?.tanggal : doc === 'rkt' ? m.dokumen.rkt?.tanggal : doc === 'survei' ? m.dokumen.survei?.tanggal : m.dokumen.rencana_aksi?.tanggal) ?? `${m.tahun}-01-01`;
  return { ...base, title: `${NAMA[doc]}${varian} ${m.instansi.nama} Tahun ${m.tahun}`, subject: `${NAMA[doc]}${varian} ${m.tahun}`, date: tanggal };
}

/** A printed document waiting to be joined and written. */
interface ToFinish {
  join: Join;
  order?: number[];
  target: string;
  meta: PdfMeta;
  outline: OutlineEntry[];
}

async function printJob(job: Job, printer: Pencetak, opts: BuildOptions): Promise<ToFinish[]> {
  const { m, doc } = job;
  const draf = <P extends RenderedPart>(p: P): P => (job.draf ? { ...p, html: tandaiDraf(p.html) } : p);
  const base = join(opts.outDir, m.instansi.id, `${doc}-${m.tahun}`);
  const keep = opts.html ? (part: string, html: string) => writeAtomic(`${base}.${part}.html`, html) : undefined;
  const tocOpts: TocOptions = { keep, potong: opts.potong, nomorLalu: opts.nomorLalu };
  const simple = async (part: RenderedPart, target: string, info: PdfMeta): Promise<ToFinish> => {
    part = draf(part);
    const printing = printer.print(part.html, part.assets);
    const { PrintedPdf, joinAll } = await finish();
    const pdf = new PrintedPdf(await printing);
    const outline = part.headings.map((h) => ({ judul: h.judul, level: h.level, id: h.id, bagian: 'isi' as const }));
    return { join: joinAll([{ pdf, bagian: 'isi' }], info.lang), target, meta: info, outline };
  };
  switch (doc) {
    case 'lkjip':
      return [{ ...(await printWithToc(printer, draf(renderIsi(m)), (toc, tabel, gambar) => draf(renderDepan(m, toc, tabel, gambar)), meta(m, doc).lang, tocOpts)), target: `${base}.pdf`, meta: meta(m, doc) }];
    case 'rkt':
      return [{ ...(await printWithToc(printer, draf(renderRkt.isi(m)), (toc) => draf(renderRkt.depan(m, toc)), meta(m, doc).lang, tocOpts)), target: `${base}.pdf`, meta: meta(m, doc) }];
    case 'survei':
      return [{ ...(await printWithToc(printer, draf(renderSurvei.isi(m)), (toc, tabel, gambar) => draf(renderSurvei.depan(m, toc, tabel, gambar)), meta(m, doc).lang, tocOpts)), target: `${base}.pdf`, meta: meta(m, doc) }];
    case 'pk': {
      // The head's PK (and its Perubahan), then one per position below with indicators, printed at once.
      const kepala = opts.jabatan === undefined || m.jabatan.daftar.some((j) => j.kepala && j.id === opts.jabatan);
      const printed = kepala ? [await simple(renderPk(m, false), `${base}.pdf`, meta(m, doc))] : [];
      if (kepala && m.pk?.perubahan) printed.push(await simple(renderPk(m, true), join(opts.outDir, m.instansi.id, `pk-perubahan-${m.tahun}.pdf`), meta(m, doc, ' Perubahan')));
      const jab = jabatanBerPk(m, opts.jabatan);
      const versi = jab.flatMap((j) => [{ j, ubah: false }, ...(j.perubahan ? [{ j, ubah: true }] : [])]);
      printed.push(...(await Promise.all(versi.map(({ j, ubah }) => simple(renderPkJabatan(m, j, ubah), join(opts.outDir, m.instansi.id, berkasPkJabatan(m, j, ubah)), { ...meta(m, doc, `${ubah ? ' Perubahan' : ''} ${j.nama}`), date: (ubah ? j.perubahan!.tanggal : m.jabatan.tanggal) ?? meta(m, doc).date })))));
      return printed;
    }
    case 'rencana-aksi':
      return [await simple(renderRencanaAksi(m), `${base}.pdf`, meta(m, doc))];
    case 'pohon':
      return [await simple(renderPohon(m), `${base}.pdf`, { ...meta(m, doc), date: pdfMeta(m).date })];
  }
}

/** What a watch session keeps between its saves, so that a save redoes only what changed. */
export interface SesiPratinjau {
  /** Cuts the body at every chapter, so that a save reprints only the chapters whose HTML changed. */
  potong?: (isiHtml: string) => string[];
  /** The YAML files parsed at the last save, by their text. */
  yaml?: SimpananYaml;
  /** The Daftar Isi numbers of the last print. */
  nomorLalu?: NomorLalu;
}

/**
 * For `kinerja watch`: one document of one folder (its latest year) printed into `outDir` by a
 * printer the caller keeps warm between saves. Data errors throw before anything is printed, as
 * in a build; warnings go to `out`. A PK Perubahan, if any, is left to `build`.
 */
export async function printPreview(folder: string, doc: Dokumen, printer: Pencetak, outDir: string, out: Out, sesi: SesiPratinjau = {}): Promise<Written> {
  const t0 = performance.now();
  const [job] = denganSimpanan(sesi.yaml, () => prepare(folder, [doc], undefined, true, true, false, out));
  const [p] = await printJob(job!, printer, { outDir, potong: sesi.potong, nomorLalu: sesi.nomorLalu });
  const { pages, bytes } = await (await finish()).finishPdf(p!.join, p!.target, p!.meta, p!.outline, p!.order);
  return { path: p!.target, instansi: job!.m.instansi.id, pages, bytes, ms: performance.now() - t0 };
}

/** One PDF written, as the build reports it. */
export interface Written {
  path: string;
  instansi: string;
  pages: number;
  bytes: number;
  /** Time from the start of this document's print to its file being written. */
  ms: number;
}

export interface BuildReport {
  written: Written[];
  /** Folders whose data did not pass, when several were built: the others were still written. */
  failed: { folder: string; error: KinerjaError }[];
}

/**
 * `docs`: one document, or every document each instansi has data for (`build all`). With several
 * folders, one whose data does not pass is reported and the others are still built.
 */
export async function buildDocuments(docs: Dokumen[], folders: string[], opts: BuildOptions & { semua?: boolean; onWritten?: (w: Written, n: number, total: number) => void }, out: Out): Promise<BuildReport> {
  // A document named for named folders must exist; over all of data/, folders without it are skipped.
  const explicit = docs.length === 1 && !opts.semua;
  // The CLI (bin/kinerja.mjs) starts Chromium before it even loads this, so that the launch
  // overlaps reading and checking the data; a data error closes it again before anything is
  // written. Without that early start (the sources run in-process), the data is checked first.
  const printer = new Printer();
  const early = hasEarlyPrinter();
  if (early) printer.warmUp(3); // the body's pieces and the front print at once
  const report: BuildReport = { written: [], failed: [] };
  try {
    // Agencies are prepared one per turn of the event loop while the ones before them print, and
    // as many documents are under way as the print pool has pages, plus one being rendered or
    // joined on this thread; each is reported in the order of the folders, once all are known.
    const queue = [...folders];
    const berikut = (): Job[] | undefined => {
      const f = queue.shift();
      if (f === undefined) return undefined;
      try {
        const jobs = prepare(f, docs, opts.tahun, explicit, !opts.semua, opts.final === true, out, opts.jabatan);
        if (!early && jobs.length) printer.warmUp(3);
        return jobs;
      } catch (e) {
        if (!(e instanceof KinerjaError) || folders.length === 1) throw e;
        report.failed.push({ folder: f, error: e });
        return [];
      }
    };
    const kerjakan = async (job: Job) => {
      const t0 = performance.now();
      const written: Written[] = [];
      for (const p of await printJob(job, printer, opts)) {
        const { pages, bytes } = await (await finish()).finishPdf(p.join, p.target, p.meta, p.outline, p.order);
        written.push({ path: p.target, instansi: job.m.instansi.id, pages, bytes, ms: performance.now() - t0 });
      }
      lap(`tulis ${job.doc}`);
      return written;
    };
    // A PK may bring its PK Perubahan: the count is of documents, the files may be more.
    const selesai = (written: Written[], _job: Job, i: number, total: number) => {
      for (const w of written) {
        report.written.push(w);
        opts.onWritten?.(w, i + 1, total);
      }
    };
    const total = await jalankan({ berikut, kerjakan, selesai, serentak: ukuranKolam() + 1 });
    if (!total && !report.failed.length) throw new KinerjaError(`tidak ada instansi dengan data ${docs.map((d) => NAMA[d]).join(', ')}${folders.length ? '' : ' (folder data/ kosong)'}`);
  } finally {
    await printer.dispose();
    lap('peramban ditutup');
  }
  return report;
}

/** An agency the rekap left out: its folder, its name where known, why, and the errors. */
export interface RekapGagal {
  folder: string;
  nama: string;
  alasan: string;
  error?: KinerjaError;
}

/**
 * `kinerja build rekap`: every agency of the folders given, computed for one year (`tahun`, or the
 * latest year any of them has), compared in one document `out/rekap-<tahun>.pdf`. An agency whose
 * data does not pass, or that has no data of that year, is listed in the document as not included.
 */
export async function buildRekap(folders: string[], opts: { tahun?: number; outDir: string; html?: boolean }): Promise<{ written: Written; failed: RekapGagal[]; included: string[]; tahun: number }> {
  const t0 = performance.now();
  const { renderRekap, rekapMeta } = await import('./render/rekap.ts');
  const { computeRekap } = await import('./compute/rekap.ts');
  const { kerangkaRekap } = await import('./validate/kerangka/rekap.ts');
  // The pemda's outline sits in the data folder that holds the agencies (all of one parent).
  const induk = [...new Set(folders.map((f) => join(f, '..')))];
  const kDiags = new Diagnostics();
  const kerangka = kerangkaRekap(induk.length === 1 ? induk[0] : undefined, kDiags);
  if (!kerangka) throw new KinerjaError('kerangka rekap belum benar; rekap tidak ditulis', kDiags.errors);
  const failed: RekapGagal[] = [];
  const valid: { folder: string; data: InstansiData }[] = [];
  for (const folder of folders) {
    const diags = new Diagnostics();
    const loaded = loadInstansi(folder, diags);
    const v = validate(loaded, diags);
    const nama = v?.data.instansi.nama ?? (((loaded.files.find((f) => f.role === 'instansi')?.yaml.data ?? {}) as { nama?: unknown }).nama as string | undefined) ?? folder;
    if (!v || diags.hasErrors) {
      failed.push({ folder, nama: String(nama), alasan: `data belum lolos check (${diags.errors.length} galat)`, error: new KinerjaError(`data ${folder} belum benar; tidak dimuat dalam rekap`, diags.errors) });
      continue;
    }
    valid.push({ folder, data: v.data });
  }
  const tahun = opts.tahun ?? Math.max(...valid.flatMap((v) => v.data.tahun.map((t) => t.tahun)));
  if (!Number.isFinite(tahun)) throw new KinerjaError(`tidak ada instansi yang datanya lolos check; rekap tidak ditulis`, failed.flatMap((f) => f.error?.diagnostics ?? []));
  const models: TahunModel[] = [];
  const included: string[] = [];
  for (const { folder, data } of valid) {
    if (!data.tahun.some((t) => t.tahun === tahun)) {
      failed.push({ folder, nama: data.instansi.nama, alasan: `tidak ada data tahun ${tahun}` });
      continue;
    }
    models.push(computeTahun(data, tahun));
    included.push(folder);
  }
  if (!models.length) throw new KinerjaError(`tidak ada instansi dengan data tahun ${tahun} yang lolos check; rekap tidak ditulis`, failed.flatMap((f) => f.error?.diagnostics ?? []));
  const rekap = computeRekap(models, tahun, failed.map((f) => ({ folder: f.folder, nama: f.nama, alasan: f.alasan })));
  const part = renderRekap(rekap, models, kerangka);
  const target = join(opts.outDir, `rekap-${tahun}.pdf`);
  if (opts.html) writeAtomic(join(opts.outDir, `rekap-${tahun}.html`), part.html);
  const printer = new Printer();
  try {
    const printing = printer.print(part.html, part.assets);
    const { PrintedPdf, joinAll, finishPdf } = await finish();
    const pdf = new PrintedPdf(await printing);
    const info = rekapMeta(rekap);
    const { pages, bytes } = await finishPdf(joinAll([{ pdf, bagian: 'isi' }], info.lang), target, info, []);
    return { written: { path: target, instansi: 'rekap', pages, bytes, ms: performance.now() - t0 }, failed, included, tahun };
  } finally {
    await printer.dispose();
  }
}
