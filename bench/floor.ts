// The floor: Chromium alone printing the same final HTML with a bare page.pdf (launch included,
// as a cold build includes it), and the one-table variant of a lampiran for the scaling target.
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../src/print/find-browser.ts';
import { LAUNCH_ARGS, ORIGIN, type Assets } from '../src/print/index.ts';
import { readFileSync } from 'node:fs';

export async function barePdf(htmls: string[], assets: Assets): Promise<number> {
  const t0 = performance.now();
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: LAUNCH_ARGS });
  try {
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
      await page.goto(`${ORIGIN}/index.html`);
      await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: 0 });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return performance.now() - t0;
}
