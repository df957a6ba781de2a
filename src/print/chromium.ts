// One Chromium, driven by puppeteer, in the print worker's thread (index.ts is the build's side):
// launched lazily, tabs kept between prints, closed on every path. Whatever the document holds,
// it can never run code or reach a network: JavaScript is off in every tab, the page's own
// Content-Security-Policy allows no script and nothing from outside, every request is served
// from memory or refused (and a refusal fails the build), and below all that the browser itself
// resolves no host name and sends everything through a proxy that does not exist (LAUNCH_ARGS).
import { readFileSync } from 'node:fs';
import type { Browser, HTTPRequest, Page, PDFOptions } from 'puppeteer-core';
import { KinerjaError } from '../diagnostics/index.ts';
import { findBrowser } from './find-browser.ts';
import { lap } from '../util/timing.ts';
import { kembalikanMemori } from '../util/memori.ts';
import { launchChromium, type Launched, type OnStart } from './launch.ts';
import { launchBound, printBound } from './limits.ts';
import { ORIGIN, PAGE_CSP, type Assets } from './protocol.ts';
import { Kolam, ukuranKolam } from './kolam.ts';
import { potongDokumen, type Dokumen } from './isi-tab.ts';
import { Siaga } from './siaga.ts';

export { LAUNCH_ARGS, ORIGIN, type Assets } from './protocol.ts';

export interface PrintOptions {
  /** Bound on one print; a browser that crashes or hangs is restarted once, then reported. */
  timeoutMs?: number;
  /** With the structure tree (the default); page-number overlays have nothing to tag. */
  tagged?: boolean;
  /**
   * A fingerprint of `assets`. Given, a tab that shows a document with the same head (up to the
   * body's tag) and the same fingerprint gets the new body in place of its own instead of loading
   * the page again: no navigation, style sheets or fonts to load (0.3–0.5 s of a long chapter's
   * 0.7–1.2 s on two cores), the same pages. For `kinerja watch`'s preview only: a build loads
   * each page afresh, the way its bytes are proven the same alone, in a batch and in a shard.
   */
  pakaiUlang?: string;
}


class PrintFault extends Error {}

/**
 * A document this long is printed in a tab closed right after: its renderer's heap grows with
 * the layout and is not given back to the system when the next document loads in the same tab.
 * Half a long body's piece (render/potong.ts, 600,000 characters): with 1,000,000 the pieces of a
 * 10,000-row lampiran all went to two kept tabs whose renderers grew to 1.4 and 1.7 GB. Every
 * example document's pieces are under it, so their tabs are kept as before.
 */
const BESAR = 300_000;

/** A browser tab kept between prints: opening one costs a renderer process (~0.1–0.2 s). */
interface Tab {
  page: Page;
  job?: { html: string; assets: Assets; refused: string[] };
  /** What the tab shows, when a print may put another body in it (PrintOptions.pakaiUlang). */
  dokumen?: Dokumen;
}

export class Chromium {
  private launched?: Promise<Launched>;
  /** Told of every browser started (its process group and folder), so the owner can undo it at exit. */
  /** Set by `end`: no browser is started any more (a print still under way fails instead). */
  private ended = false;
  /** Stops the launch under way, if any (close does not wait for a browser it will kill). */
  private cancelLaunch = () => undefined as void;
  constructor(private readonly onStart: OnStart = () => undefined) {}
  /** Tabs that printed (or were opened ahead) and wait for the next document; all kept until the pool is sized. */
  private idle = new Siaga<Tab>(() => (this.kolamIni?.size ?? Infinity) + this.siagaTambahan);
  /** Idle tabs kept beyond the pool's size (warmUp: watch keeps two more). */
  private siagaTambahan = 0;
  /** Tabs kept with their document after printing it, to print it again with new numbers. */
  private held = new Map<number, Tab>();
  private holds = 0;
  private loads = 0;
  /** Pages loaded, prints that put their body in a tab's document instead (pakaiUlang), most long documents printing at once. */
  readonly statistik = { dimuat: 0, isiDiganti: 0, besarSerentak: 0 };
  private besarBerjalan = 0;
  /** Tabs being opened ahead; a print takes one of these rather than opening yet another. */
  private opening: Promise<Tab | undefined>[] = [];
  /**
   * Long documents (BESAR) print one at a time, beside any number of short ones: a renderer
   * laying out a 600,000-character piece of a 10,000-row lampiran holds 250–650 MB, and two at
   * once put that LKjIP at 1.55 GB PSS (1.3 GB one at a time).
   */
  private readonly besar = new Kolam(1);
  /** How many pages print at once (kolam.ts); sized at the first print. */
  private kolamIni?: Kolam;
  /** Pages more than the machine's share (warmUp: watch prints one more), until the pool is sized. */
  private kolamTambahan = 0;
  private get kolam(): Kolam {
    return (this.kolamIni ??= new Kolam(ukuranKolam(process.env, undefined, undefined, this.kolamTambahan)));
  }

  private launch(): Promise<Launched> {
    if (this.ended) throw new KinerjaError('pencetakan dihentikan');
    const executablePath = findBrowser();
    if (!executablePath)
      throw new KinerjaError('tidak ada peramban Chromium untuk mencetak PDF; jalankan `npm run setup`, atau tunjuk peramban dengan PUPPETEER_EXECUTABLE_PATH');
    // Over a pipe: if this process dies, Chromium sees the pipe close and quits with it.
    const cancel = new AbortController();
    this.cancelLaunch = () => cancel.abort();
    const l = launchChromium(executablePath, launchBound(), printBound() + 30_000, this.onStart, cancel.signal);
    l.then(() => lap('peramban siap'), () => undefined);
    // The tab Chromium opens by itself becomes the first tab: another would cost a renderer
    // process more (~25 MB) and its start (~0.1 s).
    const adopted: Promise<Launched> = l.then(async (x) => {
      const [first] = await x.browser.pages().catch(() => []);
      const tab = first && (await this.prepareTab(first).catch(() => undefined));
      if (tab && this.launched === adopted) this.siagakan(tab);
      return x;
    });
    return adopted;
  }

  private get browser(): Promise<Browser> | undefined {
    return this.launched?.then((l) => l.browser);
  }

  /** The browser's process id, while one runs (tests kill it to prove recovery). */
  async pid(): Promise<number | undefined> {
    return (await this.launched?.catch(() => undefined))?.pid;
  }

  /**
   * Starts the browser without waiting for it, so that its launch overlaps reading the data,
   * and opens `tabs` tabs ahead, for the documents printed at the same time. `kolamTambahan`:
   * pages printed at once beyond one per core; `siagaTambahan`: idle tabs kept beyond that.
   */
  warmUp(tabs = 0, kolamTambahan = 0, siagaTambahan = 0): void {
    // Before the first print only: the pool's size is fixed once printing begins.
    if (!this.kolamIni) this.kolamTambahan = kolamTambahan;
    this.siagaTambahan = siagaTambahan;
    try {
      const launched = (this.launched ??= this.launch());
      const browser = this.browser!;
      browser.then((b) => {
        while (this.idle.length + this.opening.length < tabs) {
          const tab = this.openTab(b).catch(() => undefined);
          this.opening.push(tab);
          void tab.then((t) => {
            // Not taken by a print meanwhile: it waits with the others.
            const i = this.opening.indexOf(tab);
            if (i === -1 || !t) return;
            this.opening.splice(i, 1);
            if (this.launched === launched) this.siagakan(t);
          });
        }
      }, () => undefined);
    } catch {
      // No browser: said at the first print, after the data has been checked.
    }
  }

  /** Prints; a crash or a hang gets one fresh browser and a second try, then a clear error. */
  async print(html: string, assets: Assets, opts: PrintOptions = {}): Promise<Uint8Array> {
    return (await this.printKeeping(html, assets, opts, false)).pdf;
  }

  /**
   * Prints and keeps the document open in its tab: `reprint` prints it again after changing the
   * text of some elements (page numbers of a Daftar Isi), without loading it again.
   */
  async printHeld(html: string, assets: Assets, opts: PrintOptions = {}): Promise<{ pdf: Uint8Array; handle: number }> {
    const r = await this.printKeeping(html, assets, opts, true);
    return { pdf: r.pdf, handle: r.handle! };
  }

  /**
   * The held document with the text of the elements matching `selector` replaced, in order, by
   * `texts`, printed again. Fails (the caller prints afresh) if the tab is gone or the elements
   * are not as many as the texts.
   */
  async reprint(handle: number, selector: string, texts: string[], opts: PrintOptions = {}): Promise<Uint8Array> {
    const tab = this.held.get(handle);
    this.held.delete(handle);
    if (!tab || !this.launched) throw new Error('dokumen yang ditahan sudah tidak ada');
    let ok = false;
    const release = await this.kolam.take();
    try {
      const n = await tab.page.evaluate(
        (sel, t) => {
          const els = document.querySelectorAll(sel);
          if (els.length !== t.length) return els.length;
          els.forEach((el, i) => (el.textContent = t[i]!));
          return t.length;
        },
        selector,
        texts,
      );
      if (n !== texts.length) throw new Error(`${n} elemen ${selector}, ${texts.length} teks`);
      const pdf = await tab.page.pdf(pdfOptions(opts.tagged ?? true, opts.timeoutMs ?? printBound()));
      lap('dicetak ulang');
      ok = true;
      return new Uint8Array(pdf);
    } finally {
      release();
      if (ok) this.siagakan(tab);
      else await tab.page.close().catch(() => undefined);
    }
  }

  /** Lets go of a held document that needs no reprint: its tab waits for the next print. */
  async lepas(handle: number): Promise<void> {
    const tab = this.held.get(handle);
    this.held.delete(handle);
    if (tab) this.siagakan(tab);
  }

  /** Keeps a tab for the next print, closing the one the idle set gives up (it or another). */
  private siagakan(tab: Tab): void {
    const tutup = this.running() ? this.idle.simpan(tab) : tab;
    if (tutup) void tutup.page.close().catch(() => undefined);
  }

  /** Whether a browser runs (a tab of a closed one is never kept). */
  private running(): boolean {
    return this.launched !== undefined;
  }

  private async printKeeping(html: string, assets: Assets, opts: PrintOptions, hold: boolean): Promise<{ pdf: Uint8Array; handle?: number }> {
    const timeoutMs = opts.timeoutMs ?? printBound();
    // A place in the pool first: the time bound counts from the print's start, not its wait.
    // A long document waits for the other long one to finish before it takes its place.
    const besar = html.length >= BESAR ? 1 : 0;
    const releaseBesar = besar ? await this.besar.take() : () => undefined;
    const release = await this.kolam.take();
    this.besarBerjalan += besar;
    this.statistik.besarSerentak = Math.max(this.statistik.besarSerentak, this.besarBerjalan);
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.printOnce(html, assets, timeoutMs, opts, hold);
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
    } finally {
      this.besarBerjalan -= besar;
      release();
      releaseBesar();
    }
  }

  private async printOnce(html: string, assets: Assets, timeoutMs: number, opts: PrintOptions, hold: boolean): Promise<{ pdf: Uint8Array; handle?: number }> {
    this.launched ??= this.launch();
    const browser = (await this.launched).browser;
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PrintFault(`tidak selesai dalam ${Math.round(timeoutMs / 1000)} detik`)), timeoutMs);
    });
    const work = this.render(browser, html, assets, timeoutMs, opts, hold);
    work.catch(() => undefined); // after a timeout the browser is closed under it; that failure is known
    try {
      return await Promise.race([work, hang]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async openTab(browser: Browser): Promise<Tab> {
    return this.prepareTab(await browser.newPage());
  }

  private async prepareTab(page: Page): Promise<Tab> {
    const tab: Tab = { page };
    // No script runs in a printed page, whatever its HTML holds; puppeteer's own evaluate still works.
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (req: HTTPRequest) => {
      if (tab.job) serve(req, tab.job.html, tab.job.assets, tab.job.refused);
      else void req.abort('blockedbyclient');
    });
    return tab;
  }

  private async render(browser: Browser, html: string, assets: Assets, timeoutMs: number, opts: PrintOptions, hold: boolean): Promise<{ pdf: Uint8Array; handle?: number }> {
    const tagged = opts.tagged ?? true;
    const baru = opts.pakaiUlang === undefined ? undefined : potongDokumen(html, opts.pakaiUlang);
    const sama = this.idle.ambilSama(baru?.dokumen);
    const tab = sama ?? this.idle.ambil() ?? (await this.opening.shift()) ?? (await this.openTab(browser));
    const { page } = tab;
    tab.dokumen = undefined;
    const refused: string[] = [];
    // A request the build did not put there fails the print, whenever it was asked for (while
    // loading, or while printing: a refresh to elsewhere would print the browser's error page),
    // and whatever else then went wrong because it was refused.
    const refuse = () => {
      if (refused.length) throw new KinerjaError(`dokumen meminta berkas dari luar folder build (${refused.slice(0, 3).join(', ')}); permintaan ditolak`);
    };
    let ok = false;
    try {
      tab.job = { html, assets, refused };
      page.setDefaultTimeout(timeoutMs);
      if (sama) {
        await page.evaluate((isi) => void (document.body.innerHTML = isi), baru!.isi);
        this.statistik.isiDiganti++;
      } else {
        // A new address each time: the tab never shows a document from its cache.
        await page.goto(`${ORIGIN}/index.html?${++this.loads}`, { waitUntil: 'load' });
        this.statistik.dimuat++;
      }
      // Laid out before the wait for fonts: the faces the text needs are asked for by the layout,
      // so they are all loaded when the print starts (fontsource's font-display: swap would print
      // a system font for a face still loading then).
      await page.evaluate(() => (document.body?.offsetHeight, document.fonts.ready.then(() => undefined)));
      refuse();
      lap(`halaman dimuat (${html.length} karakter)`);
      const pdf = await page.pdf(pdfOptions(tagged, timeoutMs));
      refuse();
      lap(`tercetak (${html.length} karakter${sama ? ', isi diganti' : ''})`);
      ok = true;
      tab.dokumen = baru?.dokumen;
      if (!hold) return { pdf: new Uint8Array(pdf) };
      const handle = ++this.holds;
      this.held.set(handle, tab);
      return { pdf: new Uint8Array(pdf), handle };
    } catch (e) {
      refuse();
      throw e;
    } finally {
      tab.job = undefined;
      // Closed as soon as done when it failed or held a long document; else kept (held, or idle).
      const keep = ok && this.launched && (hold || html.length < BESAR);
      if (!keep) await page.close().catch(() => undefined);
      else if (!hold) this.siagakan(tab);
      // A long document's PDF came through this thread as text several times its size.
      if (html.length >= BESAR) kembalikanMemori();
    }
  }

  /** Closes for good: a print still running cannot start another browser behind it. */
  async end(): Promise<void> {
    this.ended = true;
    await this.close();
  }

  /** Idempotent: safe to call from `finally`, after a fault and from a signal handler alike. */
  async close(): Promise<void> {
    const pending = this.launched;
    this.launched = undefined;
    this.cancelLaunch();
    this.idle.kosongkan();
    this.opening = [];
    this.held.clear();
    const l = await pending?.catch(() => undefined);
    if (!l) return;
    // Nothing of the browser is kept, so it is not asked to shut down in order (~80 ms): its
    // process group is killed and its folder removed, then puppeteer lets go of the pipe.
    l.kill();
    void l.browser.disconnect().catch(() => undefined);
    // Gone, not only signalled, when close returns (bounded: a process stuck in the kernel).
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([l.exited, new Promise((r) => (timer = setTimeout(r, 2000)))]);
    clearTimeout(timer);
  }
}

/** How every document is printed: paper from its CSS, backgrounds, no outline (finish writes ours). */
function pdfOptions(tagged: boolean, timeout: number): PDFOptions {
  return { preferCSSPageSize: true, printBackground: true, outline: false, tagged, timeout };
}

function serve(req: HTTPRequest, html: string, assets: Assets, refused: string[]): void {
  const url = req.url();
  if (url.startsWith('data:')) return void req.continue();
  if (!url.startsWith(ORIGIN + '/')) {
    refused.push(url);
    return void req.abort('blockedbyclient');
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    refused.push(url); // a malformed address is nothing the build put there
    return void req.abort('blockedbyclient');
  }
  if (path === '/index.html') return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': PAGE_CSP }, body: html });
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
