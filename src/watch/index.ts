// `kinerja watch`: an HTML preview of one document on localhost that reloads on every save and
// shows validation errors (with file:line:col) in the page instead of stopping.
import { statSync } from 'node:fs';
import { escapeHtml } from '../escape/html.ts';
import { computeTahun } from '../compute/index.ts';
import { Diagnostics, formatLocation, KinerjaError, type Diagnostic } from '../diagnostics/index.ts';
import { loadInstansi } from '../load/index.ts';
import type { Assets } from '../print/index.ts';
import { renderDepan, renderIsi, renderPk, renderRencanaAksi, renderRkt, type RenderedPart, type TocEntry } from '../render/index.ts';
import { validate } from '../validate/index.ts';
import type { Dokumen } from '../build.ts';
import { RELOAD_TAG } from './http.ts';
import { DEFAULT_PORT, listenFrom } from './port.ts';
import { createPreviewServer, type Page } from './server.ts';
import { watchFolder } from './watcher.ts';

export { parsePort, DEFAULT_PORT } from './port.ts';

/** Only this machine: the preview is the author's, not the network's. */
const HOST = '127.0.0.1';

export interface WatchOptions {
  folder: string;
  dokumen: Dokumen;
  /** Default 4321; 0 takes any free port (tests). */
  port?: number;
  /** The author chose the port with --port: moving off a busy one is said plainly. */
  portDiminta?: boolean;
  /** Lines for the author's terminal (a server fault, a watcher that failed); default stderr. */
  log?: (message: string) => void;
}

export interface Watching {
  url: string;
  port: number;
  /** Set when the port asked for was busy and another was taken. */
  note?: string;
  versi: () => number;
  close: () => Promise<void>;
  /** Settles once the server has closed. */
  closed: Promise<void>;
}

/** `extra` just before the last `</body>`. A function, not `replace`: `$&` in data is no pattern. */
function beforeBodyEnd(html: string, extra: string): string {
  const i = html.lastIndexOf('</body>');
  return i === -1 ? html + extra : html.slice(0, i) + extra + html.slice(i);
}

function errorPage(title: string, diags: Diagnostic[], detail?: string): string {
  const e = escapeHtml;
  const items = diags.map((d) => `<li><code>${e(formatLocation(d.at))}</code> ${e(d.message)}${d.hint ? `<br><small>${e(d.hint)}</small>` : ''}</li>`).join('');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>kinerja: ${e(title)}</title>
<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}h1{color:#b00020;font-size:1.3em}li{margin:.5em 0}code{background:#f3f3f3;padding:0 .3em}</style></head>
<body><h1>${e(title)}</h1><ol>${items}</ol>${detail ? `<pre>${e(detail)}</pre>` : ''}<p>Simpan perbaikannya; halaman ini dimuat ulang sendiri.</p>${RELOAD_TAG}</body></html>`;
}

function render(opts: WatchOptions): { html: string; assets: Assets } {
  const diags = new Diagnostics();
  const valid = validate(loadInstansi(opts.folder, diags), diags);
  if (!valid) return { html: errorPage(`${diags.errors.length} galat di data ${opts.folder}`, diags.errors), assets: new Map() };
  const years = valid.data.tahun.map((t) => t.tahun);
  const m = computeTahun(valid.data, Math.max(...years));
  const part =
    opts.dokumen === 'lkjip'
      ? withFront(renderIsi(m), (toc, tabel, gambar) => renderDepan(m, toc, tabel, gambar))
      : opts.dokumen === 'rkt'
        ? withFront(renderRkt.isi(m), (toc) => renderRkt.depan(m, toc))
        : opts.dokumen === 'pk'
          ? renderPk(m)
          : renderRencanaAksi(m);
  return { html: beforeBodyEnd(part.html, RELOAD_TAG), assets: part.assets };
}

type Front = (toc: TocEntry[], tabel: (TocEntry & { nomor: string })[], gambar: (TocEntry & { nomor: string })[]) => RenderedPart;

/** The preview shows the front matter too (page numbers are known only once printed: "–"). */
function withFront(isi: RenderedPart, depan: Front): RenderedPart {
  const none = (x: { judul: string; level: number }) => ({ judul: x.judul, level: x.level, halaman: '–' });
  const front = depan(isi.headings.map(none), isi.tables.map((t) => ({ ...t, level: 2, halaman: '–' })), isi.figures.map((t) => ({ ...t, level: 2, halaman: '–' })));
  const body = isi.html.slice(isi.html.indexOf('>', isi.html.indexOf('<body')) + 1, isi.html.lastIndexOf('</body>'));
  return { ...front, html: beforeBodyEnd(front.html, body), assets: new Map([...isi.assets, ...front.assets]) };
}

/** The page for the data as it is now; a fault of the renderer becomes a page too, never a crash. */
function build(opts: WatchOptions): { html: string; assets: Assets } {
  try {
    return render(opts);
  } catch (e) {
    const d = e instanceof KinerjaError ? e.diagnostics : [];
    return { html: errorPage('dokumen tidak dapat dirender', d, e instanceof Error ? e.message : String(e)), assets: new Map() };
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // ENOENT, ENOTDIR, EACCES: not a folder the preview can read
  }
}

export async function startWatch(opts: WatchOptions): Promise<Watching> {
  // A mistyped folder is said at once, not shown as a page of "file not found" errors.
  if (!isFolder(opts.folder)) throw new KinerjaError(`folder instansi tidak ditemukan: ${opts.folder}`);
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  let page: Page = { ...build(opts), versi: 1 };
  let port = 0;
  const preview = createPreviewServer(() => page, () => port, log);
  const rebuild = () => {
    page = { ...build(opts), versi: page.versi + 1 };
    preview.announce(page.versi);
  };
  const listening = await listenFrom(preview.server, opts.port ?? DEFAULT_PORT, HOST, opts.portDiminta ?? false);
  port = listening.port;
  // After listening, a server error (rare: the system's) is told, never fatal.
  preview.server.on('error', (e) => log(`galat di server pratinjau: ${e.message}`));
  const closed = new Promise<void>((r) => preview.server.once('close', () => r()));
  const watcher = watchFolder(opts.folder, rebuild, { note: log });
  let closing: Promise<void> | undefined;
  return {
    url: `http://${HOST}:${port}/`,
    port,
    note: listening.note,
    versi: () => page.versi,
    closed,
    close: () =>
      (closing ??= (async () => {
        watcher.close();
        await preview.close();
      })()),
  };
}
