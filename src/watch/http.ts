// What the preview server lets in and what it sends with every answer. The preview runs in the
// author's own browser, beside their mail and their bank: a page of data must never run a
// script, and no other site (nor a DNS name rebound to 127.0.0.1) may read the preview.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

export const PDF_PATH = '/dokumen.pdf';
export const KEADAAN_PATH = '/keadaan.json';

/**
 * The only script the preview runs, served as its own file so the policy can forbid every other:
 * at every save it reads /keadaan.json, shows the messages (as text, never as HTML) and loads
 * the new PDF when there is one; a page without that state is simply reloaded.
 */
export const RELOAD_PATH = '/muat-ulang.js';
export const RELOAD_SCRIPT = `// Pratinjau kinerja: setiap kali data disimpan, pesan diperbarui dan PDF dimuat ulang bila berubah.
const bingkai = document.getElementById('pdf');
let pdf = Number(document.body.dataset.pdf ?? 0);

function butir(p) {
  const li = document.createElement('li');
  li.className = p.tingkat;
  if (p.lokasi) {
    const c = document.createElement('code');
    c.textContent = p.lokasi;
    li.append(c, ' ');
  }
  li.append(p.teks);
  if (p.saran) {
    const s = document.createElement('small');
    s.textContent = p.saran;
    li.append(document.createElement('br'), s);
  }
  return li;
}

async function perbarui() {
  const r = await fetch('${KEADAAN_PATH}', { cache: 'no-store' });
  if (!r.ok || !bingkai) return location.reload();
  const k = await r.json();
  document.getElementById('status').textContent = k.status;
  document.getElementById('pesan').replaceChildren(...k.pesan.map(butir));
  document.body.classList.toggle('ada-galat', k.pesan.some((p) => p.tingkat === 'galat'));
  document.body.dataset.versi = String(k.versi);
  if (k.pdf !== pdf) {
    pdf = k.pdf;
    bingkai.hidden = pdf === 0;
    document.getElementById('buka-pdf').hidden = pdf === 0;
    document.getElementById('kosong').hidden = pdf !== 0;
    // Drawn by the viewer (penampil.mjs), at the page being read.
    if (pdf) document.dispatchEvent(new CustomEvent('pdf-baru', { detail: pdf }));
  }
}

new EventSource('/peristiwa').addEventListener('muat', () => perbarui().catch(() => location.reload()));
`;
export const RELOAD_TAG = `<script src="${RELOAD_PATH}"></script>`;

/**
 * No inline script, no eval, no other origin: a `<script>` or an `onerror=` that slips out of
 * the data cannot run. Inline styles stay allowed: the templates and charts use them, and CSS
 * cannot reach the network under `default-src 'none'` (no font, image or import from elsewhere).
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // PDF.js draws the PDF in a worker of its own, served from here.
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data:",
  // The PDF of the preview, from this server only.
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: OutgoingHttpHeaders = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  // A link in the data must not even look its host up in DNS when the page is shown.
  'x-dns-prefetch-control': 'off',
  // Another site may not embed the preview's files with <img> or <link> and read them by size.
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

/** Longer than any path the preview serves; a longer one is a probe, not a page. */
export const MAX_URL = 2048;

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** `Host` must name this very server on a loopback name: a rebound DNS name is refused. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  // A browser leaves the port out only when it is the default one.
  return LOOPBACK.some((name) => h === `${name}:${port}` || (port === 80 && h === name));
}

/** An `Origin`, when a browser sends one, must be this server itself. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const o = origin.toLowerCase();
  return LOOPBACK.some((name) => o === `http://${name}:${port}` || (port === 80 && o === `http://${name}`));
}

/**
 * A request another site's page made (an `<img>`, a `<link>`, a no-cors fetch) carries no
 * `Origin`, but a modern browser says where it comes from in `Sec-Fetch-Site`. Following a link
 * to the preview (a navigation) is fine; fetching it from elsewhere is not.
 */
export function fetchSiteAllowed(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === undefined || site === 'same-origin' || site === 'none') return true;
  return req.headers['sec-fetch-mode'] === 'navigate';
}

/** Why a request is refused before it is read, or undefined when it may be served. */
export function refusal(req: IncomingMessage, port: number): { status: number; message: string } | undefined {
  if (!hostAllowed(req.headers.host, port)) return { status: 403, message: 'Host tidak dikenal: pratinjau hanya melayani localhost dan 127.0.0.1' };
  const origin = req.headers.origin;
  if (Array.isArray(origin) || !originAllowed(origin, port)) return { status: 403, message: 'Origin lain tidak boleh membaca pratinjau' };
  if (!fetchSiteAllowed(req)) return { status: 403, message: 'permintaan dari situs lain ditolak' };
  if (req.method !== 'GET' && req.method !== 'HEAD') return { status: 405, message: 'pratinjau hanya melayani GET' };
  return undefined;
}

/** The decoded path of a request URL, or undefined when it is malformed, overlong or hostile. */
export function requestPath(url: string | undefined): string | undefined {
  if (!url || url.length > MAX_URL || !url.startsWith('/')) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined; // `/%E0%A4%A`, `/%`: not UTF-8, not a path
  }
  // A NUL or a control character is never part of a file the preview serves.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(pathname)) return undefined;
  return pathname;
}

/** Every answer, even a refusal, with the security headers; the body as plain text unless said. */
export function send(res: ServerResponse, status: number, body: string | Uint8Array, headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}

/**
 * Only fonts, images and style sheets are served from the document's files, and under their own
 * type: a file from the data folder is never sent as something a browser would run. (An SVG
 * opened on its own is a page, but it gets the policy above too: no script runs in it.)
 */
export function safeAssetType(type: string): string {
  const t = type.toLowerCase().split(';')[0]!.trim();
  return t === 'text/css' || t.startsWith('font/') || t.startsWith('image/') ? type : 'application/octet-stream';
}

/** The PDF may be framed by the preview page itself, and by nothing else. */
export const PDF_HEADERS: OutgoingHttpHeaders = {
  'content-type': 'application/pdf',
  'content-security-policy': CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
  'x-frame-options': 'SAMEORIGIN',
};
