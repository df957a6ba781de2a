// The `kinerja watch` server against hostile requests, sent raw (http.request and plain sockets,
// with the Host and Origin a rebound DNS name or another site would send): each gets its status,
// every answer carries the no-script policy, and the server keeps serving after each.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../src/watch/http.ts';
import { startWatch, type Watching } from '../../src/watch/index.ts';
import { createPreviewServer, type Page } from '../../src/watch/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-watch-http-'));
let w: Watching;
const logged: string[] = [];

beforeAll(async () => {
  const folder = join(dir, 'dinas');
  cpSync('test/fixtures/minimal', folder, { recursive: true });
  w = await startWatch({ folder, dokumen: 'lkjip', port: 0, log: (m) => logged.push(m) });
  await w.tenang(); // the first PDF is there
}, 120_000);
afterAll(async () => {
  await w?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request as sent, headers and all; the body read up to `limit` characters (event streams never end). */
function raw(path: string, headers: Record<string, string> = {}, opts: { method?: string; port?: number; setHost?: boolean; limit?: number } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: opts.port ?? w.port, path, method: opts.method ?? 'GET', headers, setHost: opts.setHost ?? true, agent: false }, (res) => {
      let body = '';
      const done = () => resolve({ status: res.statusCode!, headers: res.headers, body });
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
        if (body.length >= (opts.limit ?? Infinity)) {
          done();
          res.destroy();
        }
      });
      res.on('end', done);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Bytes no HTTP client library would send, straight onto a socket; the raw answer back. */
function socket(bytes: string, port = w.port): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => s.write(bytes));
    let text = '';
    s.setEncoding('utf8');
    s.on('data', (c: string) => (text += c));
    s.on('end', () => resolve(text));
    s.on('close', () => resolve(text));
    s.on('error', reject);
  });
}

/** The server still answers the page after whatever came before. */
async function stillServing(port = w.port): Promise<void> {
  const r = await raw('/', {}, { port });
  expect(r.status).toBe(200);
}

function expectPolicy(h: IncomingHttpHeaders): void {
  expect(h['content-security-policy']).toBe(CSP);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['cache-control']).toBe('no-store');
  expect(h['x-dns-prefetch-control']).toBe('off');
}

const host = () => `127.0.0.1:${w.port}`;

describe('kinerja watch: malformed URLs answer 400 and the server keeps serving', () => {
  const malformed = [
    '/%E0%A4%A', // the request that killed the server: a cut UTF-8 sequence
    '/%',
    '/%%',
    '/%ZZ',
    '/%E0%A4',
    '/%C0%AF', // overlong UTF-8 for "/"
    '/%FF%FE',
    '/%ED%A0%80', // a lone surrogate
    '/styles/%E0%A4%A.css',
    '/%00',
    '/styles/kinerja.css%00.png',
    '/%0d%0aSet-Cookie:%20x=1',
    '/%1b[2J',
    `/${'a'.repeat(3000)}`,
    `/${'%41'.repeat(1000)}`,
  ];
  for (const path of malformed)
    it(`GET ${path.length > 40 ? `${path.slice(0, 30)}… (${path.length} characters)` : path}`, async () => {
      const r = await raw(path);
      expect(r.status).toBe(400);
      expect(r.body).toBe('alamat tidak sah\n');
      expectPolicy(r.headers);
      await stillServing();
    });

  it('a URL in absolute form (as to a proxy) is not a path', async () => {
    const answer = await socket(`GET http://evil.example/ HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    await stillServing();
  });

  it('fifty malformed requests at once leave it serving', async () => {
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => raw(i % 2 ? '/%E0%A4%A' : '/%')));
    expect(answers.every((a) => a.status === 400)).toBe(true);
    await stillServing();
  });
});

describe('kinerja watch: requests HTTP cannot parse answer 400 without a stack trace', () => {
  const garbage: [string, string][] = [
    ['a request line of garbage', 'GARBAGE\r\n\r\n'],
    ['a space inside the path', 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a NUL in the request line', 'GET /\u0000 HTTP/1.1\r\n\r\n'],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n'],
    ['an unknown HTTP version', 'GET / HTTP/9.9\r\n\r\n'],
    ['headers larger than the parser takes', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`],
    ['a path larger than the parser takes', `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`],
    ['a content-length that is not a number', 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'],
  ];
  for (const [what, bytes] of garbage)
    it(what, async () => {
      const answer = await socket(bytes);
      expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      expect(answer.toLowerCase()).toContain(`content-security-policy: ${CSP.toLowerCase()}`);
      expect(answer).not.toMatch(/\bat .*\.(ts|js):\d+/);
      await stillServing();
    });

  it('a connection closed in the middle of a request', async () => {
    await new Promise<void>((resolve) => {
      const s = connect(w.port, '127.0.0.1', () => {
        s.write('GET / HTTP/1.1\r\nHo');
        s.destroy();
        resolve();
      });
    });
    await stillServing();
  });
});

describe('kinerja watch: only its own Host is served (DNS rebinding)', () => {
  const refused = (port: number) => [
    'evil.example',
    `evil.example:${port}`,
    `localhost.evil.example:${port}`,
    `127.0.0.1.nip.io:${port}`,
    `127.0.0.1:${port}.evil.example`,
    `127.0.0.2:${port}`,
    `0.0.0.0:${port}`,
    `localhost:${port + 1}`,
    'localhost',
    '127.0.0.1',
    `localhost.:${port}`,
    `[::ffff:127.0.0.1]:${port}`,
    `2130706433:${port}`, // 127.0.0.1 as one number
    `user@localhost:${port}`,
  ];
  it('refuses every other name, on every path', async () => {
    for (const h of refused(w.port))
      for (const path of ['/', '/peristiwa', '/muat-ulang.js', '/keadaan.json', '/dokumen.pdf']) {
        const r = await raw(path, { host: h });
        expect([h, path, r.status]).toEqual([h, path, 403]);
        expectPolicy(r.headers);
      }
    await stillServing();
  });

  it('refuses a request with no Host at all, or an empty one', async () => {
    const r = await raw('/', {}, { setHost: false });
    expect([400, 403]).toContain(r.status);
    expect(r.body).not.toContain('RINGKASAN');
    const empty = await socket('GET / HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n');
    expect(empty).toMatch(/^HTTP\/1\.1 (400|403) /);
    expect(empty).not.toContain('RINGKASAN');
  });

  it('serves localhost, 127.0.0.1 and [::1] on its own port, in any case', async () => {
    for (const h of [`localhost:${w.port}`, `127.0.0.1:${w.port}`, `[::1]:${w.port}`, `LocalHost:${w.port}`]) {
      const r = await raw('/', { host: h });
      expect([h, r.status]).toEqual([h, 200]);
      expect(r.body).toContain('pratinjau kinerja');
    }
  });
});

describe('kinerja watch: another site cannot read the preview (Origin, Sec-Fetch-Site)', () => {
  const origins = (port: number) => [
    'http://evil.example',
    `http://evil.example:${port}`,
    'null', // a sandboxed frame, a file:// page, a redirect
    `https://localhost:${port}`,
    `http://localhost:${port + 1}`,
    'http://localhost',
    `http://127.0.0.1:${port}.evil.example`,
    `http://localhost:${port}@evil.example`,
    `http://127.0.0.2:${port}`,
    'file://',
    `ws://localhost:${port}`,
  ];
  it('refuses a foreign Origin on the page, the files, the script and the event stream', async () => {
    for (const o of origins(w.port))
      for (const path of ['/', '/peristiwa', '/muat-ulang.js', '/keadaan.json', '/dokumen.pdf']) {
        const r = await raw(path, { origin: o }, { limit: 1 });
        expect([o, path, r.status]).toEqual([o, path, 403]);
        expect(r.body).not.toContain('event:');
      }
  });

  it('lets its own origin open the event stream', async () => {
    for (const o of [`http://localhost:${w.port}`, `http://127.0.0.1:${w.port}`, `http://[::1]:${w.port}`]) {
      const r = await raw('/peristiwa', { origin: o }, { limit: 10 });
      expect([o, r.status]).toEqual([o, 200]);
      expect(r.headers['content-type']).toContain('text/event-stream');
      expectPolicy(r.headers);
      expect(r.body).toContain('event: versi');
    }
  });

  it('refuses what another site embeds or fetches without cors, but follows a link to it', async () => {
    const embedded = await raw('/dokumen.pdf', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'embed' });
    expect(embedded.status).toBe(403);
    const read = await raw('/keadaan.json', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' });
    expect(read.status).toBe(403);
    const sameSite = await raw('/', { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'cors' });
    expect(sameSite.status).toBe(403);
    const link = await raw('/', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' });
    expect(link.status).toBe(200);
    const own = await raw('/muat-ulang.js', { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'no-cors' });
    expect(own.status).toBe(200);
  });

  it('answers only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
      const r = await raw('/', {}, { method });
      expect([method, r.status]).toEqual([method, 405]);
    }
    const head = await raw('/', {}, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('kinerja watch: every answer forbids script but its own reload script', () => {
  it('the policy has no inline script, no eval, no other origin', () => {
    const directives = Object.fromEntries(CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
    expect(directives).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'worker-src': "'self'",
      'connect-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'font-src': "'self'",
      'img-src': "'self' data:",
      'frame-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(directives['script-src']).not.toMatch(/unsafe|nonce|\*|http|data:|blob:/);
  });

  it('on the page, the reload script, the state, the event stream and every refusal', async () => {
    for (const [path, status, headers] of [
      ['/', 200, {}],
      ['/muat-ulang.js', 200, {}],
      ['/penampil.mjs', 200, {}],
      ['/pdfjs/pdf.mjs', 200, {}],
      ['/pdfjs/pdf.worker.mjs', 200, {}],
      ['/keadaan.json', 200, {}],
      ['/peristiwa', 200, {}],
      ['/tidak-ada.css', 404, {}],
      ['/%', 400, {}],
      ['/', 403, { host: 'evil.example' }],
      ['/dokumen.pdf', 403, { host: 'evil.example' }],
      ['/', 403, { origin: 'http://evil.example' }],
    ] as [string, number, Record<string, string>][]) {
      const r = await raw(path, headers, { limit: 1 });
      expect([path, r.status]).toEqual([path, status]);
      expectPolicy(r.headers);
    }
  });

  it('the PDF: the same policy, but framed by the preview page itself (and nothing else)', async () => {
    const r = await raw('/dokumen.pdf', {}, { limit: 5 });
    expect(r.status).toBe(200);
    expect(r.body.startsWith('%PDF-')).toBe(true);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(r.headers['content-security-policy']).toBe(CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('the page runs no script but its own two (/penampil.mjs, /muat-ulang.js), served as JavaScript', async () => {
    const page = (await raw('/')).body;
    expect(page.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/penampil.mjs">', '<script src="/muat-ulang.js">']);
    expect(page).not.toMatch(/\son[a-z]+\s*=/i); // no event-handler attribute either
    const js = await raw('/muat-ulang.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toContain("new EventSource('/peristiwa')");
    expect(js.body).toContain("fetch('/keadaan.json'");
  });
});

describe('kinerja watch: a fault of the server is a 500, never its end', () => {
  it('answers 500 without a stack trace, says why in the terminal, and serves on', async () => {
    const log: string[] = [];
    let broken = false;
    const page: Page = {
      html: '<!doctype html><p>pratinjau</p>',
      versi: 1,
      assets: new Map([['/hilang.css', { type: 'text/css', file: join(dir, 'tidak', 'ada.css') }]]),
    };
    let port = 0;
    const p = createPreviewServer(
      () => {
        if (broken) throw new Error('halaman rusak');
        return page;
      },
      () => port,
      (m) => log.push(m),
    );
    await new Promise<void>((r) => p.server.listen(0, '127.0.0.1', r));
    port = (p.server.address() as { port: number }).port;
    try {
      const missing = await raw('/hilang.css', {}, { port });
      expect(missing.status).toBe(500);
      expect(missing.body).toBe('galat di server pratinjau; lihat terminal\n');
      expect(missing.body).not.toContain('ENOENT');
      expectPolicy(missing.headers);
      expect(log.join('\n')).toMatch(/galat di server pratinjau: ENOENT.*ada\.css/);
      await stillServing(port);

      broken = true;
      const thrown = await raw('/', {}, { port });
      expect(thrown.status).toBe(500);
      expect(thrown.body).not.toContain('halaman rusak');
      expect(log.at(-1)).toBe('galat di server pratinjau: halaman rusak');
      broken = false;
      await stillServing(port);
    } finally {
      await p.close();
    }
  });

  it('sends a file of the data folder that is no style, font or image as bytes, never as a page or script', async () => {
    let port = 0;
    const assets: Page['assets'] = new Map([
      ['/logo.js', { type: 'text/javascript', body: 'alert(1)' }],
      ['/logo.html', { type: 'text/html', body: '<script>alert(1)</script>' }],
      ['/logo.png', { type: 'image/png', body: 'png' }],
    ]);
    const p = createPreviewServer(() => ({ html: '', versi: 1, assets }), () => port, () => undefined);
    await new Promise<void>((r) => p.server.listen(0, '127.0.0.1', r));
    port = (p.server.address() as { port: number }).port;
    try {
      expect((await raw('/logo.js', {}, { port })).headers['content-type']).toBe('application/octet-stream');
      expect((await raw('/logo.html', {}, { port })).headers['content-type']).toBe('application/octet-stream');
      expect((await raw('/logo.png', {}, { port })).headers['content-type']).toBe('image/png');
    } finally {
      await p.close();
    }
  });

  it('nothing reached the terminal from the hostile requests but the first build', () => {
    expect(logged.filter((l) => !/^\d\d\.\d\d\.\d\d  lkjip: /.test(l) && !/peringatan/.test(l))).toEqual([]);
  });
});
