// `kinerja build <dokumen> [folder]`: the orchestrator call (stage order lives in src/build.ts),
// and what the author sees: a line per document as it is written (n/N, agency, pages, size,
// seconds), every failed agency's errors at the end, a summary; `--quiet` says only errors,
// `--json` gives the report to a script on stdout.
import { KinerjaError, formatDiagnostic } from '../diagnostics/index.ts';
import { polos, warnai } from './warna.ts';
import type { BuildReport, Dokumen, Written } from '../build.ts';
import type { Out } from './check.ts';
import { namaShard, type Shard } from './shard.ts';

export interface BuildCliOptions {
  tahun?: number;
  outDir: string;
  html?: boolean;
  semua?: boolean;
  quiet?: boolean;
  json?: boolean;
  final?: boolean;
  jabatan?: string;
  /** `--shard i/n`: this run builds only its share of the agencies (src/cli/shard.ts). */
  shard?: Shard;
  /** How many agencies there were before the shard was taken. */
  jumlahInstansi?: number;
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

function progress(w: Written, n: number, total: number, shard?: Shard): string {
  return `${shard ? `${namaShard(shard)} ` : ''}[${n}/${total}] ${w.instansi}: ${w.path.split(/[\\/]/).pop()} — ${count(w.pages)} halaman, ${size(w.bytes)}, ${seconds(w.ms)}`;
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
  const report = await buildDocuments(docs, folders, { ...opts, onWritten: (w, n, total) => say.err(progress(w, n, total, opts.shard)) }, opts.quiet ? quiet : out);
  const ms = performance.now() - t0;
  reportFailures(report, out);
  if (opts.json)
    out.log(JSON.stringify({ ...(opts.shard ? { shard: `${opts.shard.ke}/${opts.shard.dari}`, instansi: folders } : {}), tertulis: report.written.map((w) => ({ berkas: w.path, instansi: w.instansi, halaman: w.pages, bita: w.bytes, ms: Math.round(w.ms) })), gagal: report.failed.map((f) => ({ folder: f.folder, pesan: f.error.message, galat: f.error.diagnostics.length })), ms: Math.round(ms) }, null, 2));
  else if (!opts.quiet) {
    for (const w of report.written) out.log(`tertulis: ${w.path}`);
    const pages = report.written.reduce((n, w) => n + w.pages, 0);
    const bagian = opts.shard ? ` ${namaShard(opts.shard)} (${count(folders.length)} dari ${count(opts.jumlahInstansi ?? folders.length)} instansi):` : '';
    out.err(`${warnai(report.failed.length ? 'peringatan' : 'berhasil', `selesai${bagian ? '' : ':'}`)}${bagian} ${count(report.written.length)} berkas, ${count(pages)} halaman, ${seconds(ms)}${report.failed.length ? `; ${count(report.failed.length)} instansi gagal (lihat di atas)` : ''}`);
  }
  if (report.failed.length && !report.written.length) throw new KinerjaError(`tidak ada berkas yang ditulis: data ${report.failed.length} instansi belum benar`);
  return report.failed.length ? 1 : 0;
}

/**
 * `kinerja build rekap [folder]`: one document comparing the agencies; an agency left out is
 * listed in it, and its reason (with every error) said here.
 */
export async function runRekap(folders: string[], opts: { tahun?: number; outDir: string; html?: boolean; quiet?: boolean; json?: boolean }, out: Out): Promise<number> {
  const { buildRekap } = await import('../build.ts');
  const t0 = performance.now();
  const r = await buildRekap(folders, opts);
  for (const f of r.failed) {
    out.err(`${warnai(f.error ? 'galat' : 'peringatan', f.error ? 'galat:' : 'peringatan:')} ${f.folder}: tidak dimuat dalam rekap ${r.tahun}: ${f.alasan}`);
    for (const d of f.error?.diagnostics ?? []) out.err(formatDiagnostic(d));
  }
  const ms = performance.now() - t0;
  const w = r.written;
  if (opts.json)
    out.log(JSON.stringify({ tertulis: [{ berkas: w.path, instansi: r.included, halaman: w.pages, bita: w.bytes, ms: Math.round(w.ms) }], tidakDimuat: r.failed.map((f) => ({ folder: f.folder, alasan: f.alasan })), ms: Math.round(ms) }, null, 2));
  else if (!opts.quiet) {
    out.log(`tertulis: ${w.path}`);
    out.err(`${warnai(r.failed.length ? 'peringatan' : 'berhasil', 'selesai:')} rekap ${r.tahun}, ${count(r.included.length)} instansi, ${count(w.pages)} halaman, ${size(w.bytes)}, ${seconds(ms)}${r.failed.length ? `; ${count(r.failed.length)} instansi tidak dimuat (lihat di atas)` : ''}`);
  }
  return r.failed.some((f) => f.error) ? 1 : 0;
}
