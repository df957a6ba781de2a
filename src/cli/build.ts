// `kinerja build <dokumen> [folder]`: the orchestrator call (stage order lives in src/build.ts),
// and what the author sees: a line per document as it is written (n/N, agency, pages, size,
// seconds), every failed agency's errors at the end, a summary; `--quiet` says only errors,
// `--json` gives the report to a script on stdout.
import { KinerjaError, formatDiagnostic } from '../diagnostics/index.ts';
import { polos, warnai } from './warna.ts';
import type { BuildReport, Dokumen, Written } from '../build.ts';
import type { Out } from './check.ts';

export interface BuildCliOptions {
  tahun?: number;
  outDir: string;
  html?: boolean;
  semua?: boolean;
  quiet?: boolean;
  json?: boolean;
  final?: boolean;
  jabatan?: string;
}

// Durations, sizes and counts in Indonesian by Intl ("0,3 detik", "24 kB", "1,3 MB", "1.024"):
// the units have no plural in Indonesian, so one form serves every number.
const DETIK = new Intl.NumberFormat('id-ID', { style: 'unit', unit: 'second', unitDisplay: 'long', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const KB = new Intl.NumberFormat('id-ID', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
const MB = new Intl.NumberFormat('id-ID', { style: 'unit', unit: 'megabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const BILANGAN = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** `0,3 detik` */
export const seconds = (ms: number): string => DETIK.format(ms / 1000);
/** `24 kB` below a megabyte (1024 × 1024 bytes), `1,3 MB` from there. */
export const size = (bytes: number): string => (bytes >= 1024 * 1024 ? MB.format(bytes / 1024 / 1024) : KB.format(bytes / 1024));
/** `67`, `1.024` */
export const count = (n: number): string => BILANGAN.format(n);

function progress(w: Written, n: number, total: number): string {
  return `[${n}/${total}] ${w.instansi}: ${w.path.split(/[\\/]/).pop()} — ${count(w.pages)} halaman, ${size(w.bytes)}, ${seconds(w.ms)}`;
}

function reportFailures(report: BuildReport, out: Out): void {
  for (const { folder, error } of report.failed) {
    out.err(`${warnai('galat', 'galat:')} ${folder}: ${error.message}`);
    for (const d of error.diagnostics) out.err(formatDiagnostic(d));
  }
}

export async function runBuild(docs: Dokumen[], folders: string[], opts: BuildCliOptions, out: Out): Promise<number> {
  // Loaded on demand: `check` never pays for puppeteer.
  const { buildDocuments } = await import('../build.ts');
  const t0 = performance.now();
  const quiet: Out = { log: () => undefined, err: (s) => (polos(s).startsWith('galat') ? out.err(s) : undefined) };
  const say = opts.quiet || opts.json ? quiet : out;
  const report = await buildDocuments(docs, folders, { ...opts, onWritten: (w, n, total) => say.err(progress(w, n, total)) }, opts.quiet ? quiet : out);
  const ms = performance.now() - t0;
  reportFailures(report, out);
  if (opts.json)
    out.log(JSON.stringify({ tertulis: report.written.map((w) => ({ berkas: w.path, instansi: w.instansi, halaman: w.pages, bita: w.bytes, ms: Math.round(w.ms) })), gagal: report.failed.map((f) => ({ folder: f.folder, pesan: f.error.message, galat: f.error.diagnostics.length })), ms: Math.round(ms) }, null, 2));
  else if (!opts.quiet) {
    for (const w of report.written) out.log(`tertulis: ${w.path}`);
    const pages = report.written.reduce((n, w) => n + w.pages, 0);
    out.err(`${warnai(report.failed.length ? 'peringatan' : 'berhasil', 'selesai:')} ${count(report.written.length)} berkas, ${count(pages)} halaman, ${seconds(ms)}${report.failed.length ? `; ${count(report.failed.length)} instansi gagal (lihat di atas)` : ''}`);
  }
  if (report.failed.length && !report.written.length) throw new KinerjaError(`tidak ada berkas yang ditulis: data ${report.failed.length} instansi belum benar`);
  return report.failed.length ? 1 : 0;
}
