// Stage 5, print: HTML → PDF bytes through one Chromium, launched lazily and closed on every path.
// The page loads only what the build put there: every other request is refused and fails the build.
import { readFileSync } from 'node:fs';
import puppeteer, { type Browser, type HTTPRequest } from 'puppeteer';
import { KinerjaError } from '../diagnostics/index.ts';
import { findBrowser } from './find-browser.ts';

export const ORIGIN = 'http://kinerja.invalid';
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

/** Files the page may load, by path under ORIGIN: bytes in memory or a file on disk. */
export type Assets = Map<string, { type: string; body?: Uint8Array | string; file?: string }>;

export interface PrintOptions {
  timeoutMs?: number;
}

export class Printer {
  private browser?: Promise<Browser>;
  private closing = false;
  private readonly onSignal = () => void this.close();

  private launch(): Promise<Browser> {
    const executablePath = findBrowser();
    if (!executablePath)
      throw new KinerjaError('tidak ada peramban Chromium untuk mencetak PDF; jalankan `npm run setup`, atau tunjuk peramban dengan PUPPETEER_EXECUTABLE_PATH');
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
    return puppeteer.launch({ executablePath, headless: true, args: LAUNCH_ARGS, userDataDir: undefined });
  }

  /** Starts the browser without waiting for it, so that its launch overlaps the render. */
  warmUp(): void {
    this.browser ??= this.launch();
    this.browser.catch(() => undefined);
  }

  async print(html: string, assets: Assets, opts: PrintOptions = {}): Promise<Uint8Array> {
    this.browser ??= this.launch();
    const browser = await this.browser;
    const page = await browser.newPage();
    const refused: string[] = [];
    try {
      page.setDefaultTimeout(opts.timeoutMs ?? 120_000);
      await page.setRequestInterception(true);
      page.on('request', (req: HTTPRequest) => serve(req, html, assets, refused));
      await page.goto(`${ORIGIN}/index.html`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      if (refused.length)
        throw new KinerjaError(`dokumen meminta berkas dari luar folder build (${refused.slice(0, 3).join(', ')}); permintaan ditolak`);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, timeout: opts.timeoutMs ?? 120_000 });
      return new Uint8Array(pdf);
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  /** Idempotent: safe to call from `finally` and from a signal handler alike. */
  async close(): Promise<void> {
    if (this.closing || !this.browser) return;
    this.closing = true;
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
    const b = await this.browser.catch(() => undefined);
    await b?.close().catch(() => b.process()?.kill('SIGKILL'));
  }
}

function serve(req: HTTPRequest, html: string, assets: Assets, refused: string[]): void {
  const url = req.url();
  if (url.startsWith('data:')) return void req.continue();
  if (!url.startsWith(ORIGIN + '/')) {
    refused.push(url);
    return void req.abort('blockedbyclient');
  }
  const path = decodeURIComponent(new URL(url).pathname);
  if (path === '/index.html') return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  // The browser asks for a favicon on its own; it is not the document's request.
  if (path === '/favicon.ico') return void req.respond({ status: 404, body: '' });
  const a = assets.get(path);
  if (!a) {
    refused.push(url);
    return void req.respond({ status: 404, body: '' });
  }
  const body = a.body ?? readFileSync(a.file!);
  void req.respond({ status: 200, contentType: a.type, body: typeof body === 'string' ? body : Buffer.from(body) });
}
