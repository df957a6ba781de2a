// `kinerja build <dokumen> [folder]`: the orchestrator call (stage order lives in src/build.ts),
// and what the author sees: a line per document as it is written (n/N, agency, pages, size,
// seconds), every failed agency's errors at the end, a summary; `--quiet` says only errors,
// `--json` gives the report to a script on stdout.
import { KinerjaError, formatDiagnostic } from '../diagnostics/index.ts';
import { formatAngka } from '../format/index.ts';
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
}

const seconds = (ms: number) => `${formatAngka(ms / 1000, 1)} detik`;
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${formatAngka(bytes / 1024 / 1024, 1)} MB` : `${formatAngka(bytes / 1024, 0)} kB`);

function progress(w: Written, n: number, total: number): string {
  return `[${n}/${total}] ${w.instansi}: ${w.path.split(/[\\/]/).pop()} — ${w.pages} halaman, ${size(w.bytes)}, ${seconds(w.ms)}`;
}

function reportFailures(report: BuildReport, out: Out): void {
  for (const { folder, error } of report.failed) {
    out.err(`galat: ${folder}: ${error.message}`);
    for (const d of error.diagnostics) out.err(formatDiagnostic(d));
  }
}

export async function runBuild(docs: Dokumen[], folders: string[], opts: BuildCliOptions, out: Out): Promise<number> {
  // Loaded on demand: `check` never pays for puppeteer.
  const { buildDocuments } = await import('../build.ts');
  const t0 = performance.now();
  const quiet: Out = { log: () => undefined, err: (s) => (s.startsWith('galat') ? out.err(s) : undefined) };
  const say = opts.quiet || opts.json ? quiet : out;
  const report = await buildDocuments(docs, folders, { ...opts, onWritten: (w, n, total) => say.err(progress(w, n, total)) }, opts.quiet ? quiet : out);
  const ms = performance.now() - t0;
  reportFailures(report, out);
  if (opts.json)
    out.log(JSON.stringify({ tertulis: report.written.map((w) => ({ berkas: w.path, instansi: w.instansi, halaman: w.pages, bita: w.bytes, ms: Math.round(w.ms) })), gagal: report.failed.map((f) => ({ folder: f.folder, pesan: f.error.message, galat: f.error.diagnostics.length })), ms: Math.round(ms) }, null, 2));
  else if (!opts.quiet) {
    for (const w of report.written) out.log(`tertulis: ${w.path}`);
    const pages = report.written.reduce((n, w) => n + w.pages, 0);
    out.err(`selesai: ${report.written.length} berkas, ${pages} halaman, ${seconds(ms)}${report.failed.length ? `; ${report.failed.length} instansi gagal (lihat di atas)` : ''}`);
  }
  if (report.failed.length && !report.written.length) throw new KinerjaError(`tidak ada berkas yang ditulis: data ${report.failed.length} instansi belum benar`);
  return report.failed.length ? 1 : 0;
}
