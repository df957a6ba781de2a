// The floor: Chromium alone printing the same final HTML with a bare page.pdf (launch included,
// as a cold build includes it), and the one-table variant of a lampiran for the scaling target.
// Bounded: a print that stalls past `timeoutMs` (puppeteer's protocol timeout included) ends the
// browser and is reported as a TidakSelesai, as the product reports a stalled print.
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../src/print/find-browser.ts';
import { LAUNCH_ARGS, ORIGIN, type Assets } from '../src/print/index.ts';
import { readFileSync } from 'node:fs';
import { TidakSelesai } from './measure.ts';

const defaultBound = () => Number(process.env.BENCH_BATAS_S ?? 900) * 1000;

export async function barePdf(htmls: string[], assets: Assets, timeoutMs = defaultBound()): Promise<number> {
  const t0 = performance.now();
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: LAUNCH_ARGS, protocolTimeout: timeoutMs });
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TidakSelesai(`tidak selesai (dihentikan setelah ${Math.round(timeoutMs / 1000)} s)`)), timeoutMs);
  });
  const work = (async () => {
    for (const html of htmls) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const path = new URL(req.url()).pathname;
        const a = assets.get(path);
        if (path === '/index.html') void req.respond({ status: 200, contentType: 'text/html', body: html });
        else if (a) void req.respond({ status: 200, contentType: a.type, body: a.body !== undefined ? Buffer.from(a.body) : readFileSync(a.file!) });
        else void req.respond({ status: 404, body: '' });
      });
      await page.goto(`${ORIGIN}/index.html`, { timeout: timeoutMs });
      await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: timeoutMs });
      await page.close();
    }
  })();
  work.catch(() => undefined); // after the bound the browser is killed under it
  try {
    await Promise.race([work, bound]);
  } catch (e) {
    if (e instanceof TidakSelesai) throw e;
    throw new TidakSelesai(`tidak selesai (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  } finally {
    clearTimeout(timer);
    browser.process()?.kill('SIGKILL');
    await browser.close().catch(() => undefined);
  }
  return performance.now() - t0;
}
