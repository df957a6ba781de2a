// `kinerja watch`: an HTML preview of one document on localhost that reloads on every save and
// shows validation errors (with file:line:col) in the page instead of stopping.
import { watch, type FSWatcher } from 'node:fs';
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Handlebars from 'handlebars';
import { computeTahun } from '../compute/index.ts';
import { Diagnostics, formatLocation, KinerjaError, type Diagnostic } from '../diagnostics/index.ts';
import { loadInstansi } from '../load/index.ts';
import type { Assets } from '../print/index.ts';
import { renderDepan, renderIsi, renderPk, renderRencanaAksi, renderRkt, type RenderedPart, type TocEntry } from '../render/index.ts';
import { validate } from '../validate/index.ts';
import type { Dokumen } from '../build.ts';

export interface WatchOptions {
  folder: string;
  dokumen: Dokumen;
  port?: number;
  host?: string;
}

interface Page {
  html: string;
  assets: Assets;
  versi: number;
}

const RELOAD = `<script>new EventSource('/peristiwa').addEventListener('muat', () => location.reload());</script>`;

function errorPage(title: string, diags: Diagnostic[], detail?: string): string {
  const e = Handlebars.escapeExpression;
  const items = diags.map((d) => `<li><code>${e(formatLocation(d.at))}</code> ${e(d.message)}${d.hint ? `<br><small>${e(d.hint)}</small>` : ''}</li>`).join('');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>kinerja: ${e(title)}</title>
<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}h1{color:#b00020;font-size:1.3em}li{margin:.5em 0}code{background:#f3f3f3;padding:0 .3em}</style></head>
<body><h1>${e(title)}</h1><ol>${items}</ol>${detail ? `<pre>${e(detail)}</pre>` : ''}<p>Simpan perbaikannya; halaman ini dimuat ulang sendiri.</p>${RELOAD}</body></html>`;
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
  return { html: part.html.replace('</body>', `${RELOAD}</body>`), assets: part.assets };
}

type Front = (toc: TocEntry[], tabel: (TocEntry & { nomor: string })[], gambar: (TocEntry & { nomor: string })[]) => RenderedPart;

/** The preview shows the front matter too (page numbers are known only once printed: "–"). */
function withFront(isi: RenderedPart, depan: Front): RenderedPart {
  const none = (x: { judul: string; level: number }) => ({ judul: x.judul, level: x.level, halaman: '–' });
  const front = depan(isi.headings.map(none), isi.tables.map((t) => ({ ...t, level: 2, halaman: '–' })), isi.figures.map((t) => ({ ...t, level: 2, halaman: '–' })));
  const body = isi.html.slice(isi.html.indexOf('>', isi.html.indexOf('<body')) + 1, isi.html.lastIndexOf('</body>'));
  return { ...front, html: front.html.replace('</body>', `${body}</body>`), assets: new Map([...isi.assets, ...front.assets]) };
}

export async function startWatch(opts: WatchOptions): Promise<{ url: string; close: () => Promise<void>; versi: () => number }> {
  const clients = new Set<ServerResponse>();
  let page: Page = { html: '', assets: new Map(), versi: 0 };
  const rebuild = () => {
    let next: { html: string; assets: Assets };
    try {
      next = render(opts);
    } catch (e) {
      const d = e instanceof KinerjaError ? e.diagnostics : [];
      next = { html: errorPage('dokumen tidak dapat dirender', d, e instanceof Error ? e.message : String(e)), assets: new Map() };
    }
    page = { ...next, versi: page.versi + 1 };
    for (const c of clients) c.write(`event: muat\ndata: ${page.versi}\n\n`);
  };
  rebuild();
  let timer: NodeJS.Timeout | undefined;
  // Editors save in bursts (temp file, rename): one rebuild after they settle.
  const watcher: FSWatcher = watch(opts.folder, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 40);
  });
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page.html);
    if (path === '/peristiwa') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`event: versi\ndata: ${page.versi}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    const a = page.assets.get(path);
    if (!a) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': a.type }).end(a.body ?? readFileSync(a.file!));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 4321, opts.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}/`,
    versi: () => page.versi,
    close: async () => {
      clearTimeout(timer);
      watcher.close();
      for (const c of clients) c.end();
      await new Promise((r) => server.close(r));
    },
  };
}
