// The preview's HTTP server: the page, its files, the reload script and the event stream that
// tells the page to reload. Whatever a request holds, the server answers it and keeps serving:
// a malformed URL is a 400, a fault of the server's own a 500 with the reason in the terminal
// only, a broken connection is dropped.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Assets } from '../print/index.ts';
import { berkasPdfjs, PENAMPIL_PATH, PENAMPIL_SCRIPT } from './penampil.ts';
import { KEADAAN_PATH, PDF_HEADERS, PDF_PATH, RELOAD_PATH, RELOAD_SCRIPT, refusal, requestPath, safeAssetType, SECURITY_HEADERS, send } from './http.ts';

export interface Page {
  html: string;
  assets: Assets;
  versi: number;
  /** The last good PDF, at /dokumen.pdf. */
  pdf?: Uint8Array;
  /** The page's state as JSON, at /keadaan.json. */
  keadaan?: string;
}

export interface PreviewServer {
  server: Server;
  /** Tells every open page to reload. */
  announce(versi: number): void;
  /** Ends the event streams and every connection, then the server. */
  close(): Promise<void>;
}

/** Open pages are few; past this, a loop or another program is opening streams. */
const MAX_STREAMS = 64;

/** The answer to a request the HTTP parser could not read (bad request line, headers too long). */
function clientErrorAnswer(code: string | undefined): string {
  const [status, text] = code === 'ERR_HTTP_REQUEST_TIMEOUT' ? ['408 Request Timeout', 'waktu permintaan habis'] : ['400 Bad Request', 'permintaan tidak sah'];
  const headers = Object.entries(SECURITY_HEADERS).map(([k, v]) => `${k}: ${String(v)}\r\n`).join('');
  const body = `${text}\n`;
  return `HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body}`;
}

/**
 * A server for the page `current()` returns at each request. `port()` is the port it listens on
 * (known only once listening), which the `Host` of every request must name.
 */
export function createPreviewServer(current: () => Page, port: () => number, log: (message: string) => void): PreviewServer {
  const streams = new Set<ServerResponse>();
  // PDF.js's files, read once when the page first asks for them.
  const pdfjs = berkasPdfjs();
  const terbaca = new Map<string, Buffer>();
  const js = { 'content-type': 'text/javascript; charset=utf-8' };

  const subscribe = (req: IncomingMessage, res: ServerResponse) => {
    if (streams.size >= MAX_STREAMS) return send(res, 503, 'terlalu banyak halaman pratinjau terbuka\n');
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    if (req.method === 'HEAD') return void res.end();
    res.write(`event: versi\ndata: ${current().versi}\n\n`);
    streams.add(res);
    res.on('close', () => streams.delete(res));
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const refused = refusal(req, port());
    if (refused) return send(res, refused.status, `${refused.message}\n`);
    const path = requestPath(req.url);
    if (path === undefined) return send(res, 400, 'alamat tidak sah\n');
    const page = current();
    if (path === '/') return send(res, 200, page.html, { 'content-type': 'text/html; charset=utf-8' });
    if (path === RELOAD_PATH) return send(res, 200, RELOAD_SCRIPT, js);
    if (path === PENAMPIL_PATH) return send(res, 200, PENAMPIL_SCRIPT, js);
    const pustaka = pdfjs.get(path);
    if (pustaka) {
      if (!terbaca.has(path)) terbaca.set(path, readFileSync(pustaka));
      return send(res, 200, terbaca.get(path)!, js);
    }
    if (path === '/peristiwa') return subscribe(req, res);
    if (path === PDF_PATH) return page.pdf ? send(res, 200, page.pdf, PDF_HEADERS) : send(res, 404, 'belum ada PDF: lihat pesan di halaman pratinjau\n');
    if (path === KEADAAN_PATH) return page.keadaan ? send(res, 200, page.keadaan, { 'content-type': 'application/json; charset=utf-8' }) : send(res, 404, 'tidak ada\n');
    const a = page.assets.get(path);
    if (!a) return send(res, 404, 'tidak ada\n');
    send(res, 200, a.body ?? readFileSync(a.file!), { 'content-type': safeAssetType(a.type) });
  };

  const fail = (res: ServerResponse, e: unknown) => {
    // The reason goes to the author's terminal; the browser learns only that it failed.
    log(`galat di server pratinjau: ${e instanceof Error ? e.message : String(e)}`);
    try {
      if (res.headersSent) res.destroy();
      else send(res, 500, 'galat di server pratinjau; lihat terminal\n');
    } catch {
      res.destroy();
    }
  };

  const server = createServer((req, res) => {
    // A response whose connection broke must not become an uncaught 'error'.
    res.on('error', () => res.destroy());
    try {
      handle(req, res);
    } catch (e) {
      fail(res, e);
    }
  });
  // Slow or half-sent requests are not kept waiting for long (the event stream is a response).
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    socket.end(clientErrorAnswer(err.code));
  });

  return {
    server,
    announce(versi) {
      for (const s of streams) s.write(`event: muat\ndata: ${versi}\n\n`);
    },
    async close() {
      for (const s of streams) s.end();
      streams.clear();
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await closed;
    },
  };
}
