// One Chromium, driven by puppeteer, in the print worker's thread (index.ts is the build's side):
// launched lazily, tabs kept between prints, closed on every path. The page loads only what the
// build put there: every other request is refused and fails the build.
import { readFileSync } from 'node:fs';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer';
import { KinerjaError } from '../diagnostics/index.ts';
import { findBrowser } from './find-browser.ts';
import { lap } from '../util/timing.ts';
import { LAUNCH_ARGS, ORIGIN, type Assets } from './protocol.ts';

export { LAUNCH_ARGS, ORIGIN, type Assets } from './protocol.ts';

export interface PrintOptions {
  /** Bound on one print; a browser that crashes or hangs is restarted once, then reported. */
  timeoutMs?: number;
  /** With the structure tree (the default); page-number overlays have nothing to tag. */
  tagged?: boolean;
}

const DEFAULT_TIMEOUT = Number(process.env.KINERJA_BATAS_WAKTU_MS ?? 300_000);

class PrintFault extends Error {}

/** A browser tab kept between prints: opening one costs a renderer process (~0.1–0.2 s). */
interface Tab {
  page: Page;
  job?: { html: string; assets: Assets; refused: string[] };
}

export class Chromium {
  private browser?: Promise<Browser>;
  /** Tabs that printed (or were opened ahead) and wait for the next document. */
  private idle: Tab[] = [];
  private loads = 0;
  private opening = 0;

  private launch(): Promise<Browser> {
    const executablePath = findBrowser();
    if (!executablePath)
      throw new KinerjaError('tidak ada peramban Chromium untuk mencetak PDF; jalankan `npm run setup`, atau tunjuk peramban dengan PUPPETEER_EXECUTABLE_PATH');
    // Over a pipe: if this process dies, Chromium sees the pipe close and quits with it.
    const b = puppeteer.launch({ executablePath, headless: true, pipe: true, args: LAUNCH_ARGS, protocolTimeout: DEFAULT_TIMEOUT + 30_000 });
    b.then(() => lap('peramban siap'), () => undefined);
    return b;
  }

  /** The browser's process id, while one runs (tests kill it to prove recovery). */
  async pid(): Promise<number | undefined> {
    return (await this.browser?.catch(() => undefined))?.process()?.pid;
  }

  /**
   * Starts the browser without waiting for it, so that its launch overlaps reading the data,
   * and opens `tabs` tabs ahead, for the documents printed at the same time.
   */
  warmUp(tabs = 0): void {
    try {
      const browser = (this.browser ??= this.launch());
      browser.then((b) => {
        while (this.idle.length + this.opening < tabs) {
          this.opening++;
          void this.openTab(b)
            .then((t) => (this.browser === browser ? this.idle.push(t) : undefined), () => undefined)
            .finally(() => this.opening--);
        }
      }, () => undefined);
    } catch {
      // No browser: said at the first print, after the data has been checked.
    }
  }

  /** Prints; a crash or a hang gets one fresh browser and a second try, then a clear error. */
  async print(html: string, assets: Assets, opts: PrintOptions = {}): Promise<Uint8Array> {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.printOnce(html, assets, timeoutMs, opts.tagged ?? true);
      } catch (e) {
        if (e instanceof KinerjaError) throw e;
        await this.close();
        if (attempt >= 2)
          throw new KinerjaError(
            `Chromium gagal mencetak dua kali (${e instanceof PrintFault ? e.message : 'peramban berhenti'}); tidak ada berkas yang ditulis`,
            [],
            { cause: e },
          );
      }
    }
  }

  private async printOnce(html: string, assets: Assets, timeoutMs: number, tagged: boolean): Promise<Uint8Array> {
    this.browser ??= this.launch();
    const browser = await this.browser;
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PrintFault(`tidak selesai dalam ${Math.round(timeoutMs / 1000)} detik`)), timeoutMs);
    });
    const work = this.render(browser, html, assets, timeoutMs, tagged);
    work.catch(() => undefined); // after a timeout the browser is closed under it; that failure is known
    try {
      return await Promise.race([work, hang]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async openTab(browser: Browser): Promise<Tab> {
    const page = await browser.newPage();
    const tab: Tab = { page };
    await page.setRequestInterception(true);
    page.on('request', (req: HTTPRequest) => {
      if (tab.job) serve(req, tab.job.html, tab.job.assets, tab.job.refused);
      else void req.abort('blockedbyclient');
    });
    return tab;
  }

  private async render(browser: Browser, html: string, assets: Assets, timeoutMs: number, tagged: boolean): Promise<Uint8Array> {
    const tab = this.idle.pop() ?? (await this.openTab(browser));
    const { page } = tab;
    const refused: string[] = [];
    let ok = false;
    try {
      tab.job = { html, assets, refused };
      page.setDefaultTimeout(timeoutMs);
      // A new address each time: the tab never shows a document from its cache.
      await page.goto(`${ORIGIN}/index.html?${++this.loads}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      if (refused.length)
        throw new KinerjaError(`dokumen meminta berkas dari luar folder build (${refused.slice(0, 3).join(', ')}); permintaan ditolak`);
      lap(`halaman dimuat (${html.length} karakter)`);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: false, tagged, timeout: timeoutMs });
      lap(`tercetak (${html.length} karakter)`);
      ok = true;
      return new Uint8Array(pdf);
    } finally {
      tab.job = undefined;
      if (ok && this.browser) this.idle.push(tab);
      else await page.close().catch(() => undefined);
    }
  }

  /** Idempotent: safe to call from `finally`, after a fault and from a signal handler alike. */
  async close(): Promise<void> {
    const pending = this.browser;
    this.browser = undefined;
    this.idle = [];
    if (!pending) return;
    const b = await pending.catch(() => undefined);
    if (!b) return;
    const proc = b.process();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([b.close(), new Promise((r) => (timer = setTimeout(r, 5000)))]).catch(() => undefined);
    clearTimeout(timer); // a pending timer would hold the process open after the build
    if (proc && proc.exitCode === null && !proc.killed) proc.kill('SIGKILL');
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
