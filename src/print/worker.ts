// The print worker: Chromium is driven from its own thread, so that its launch and every print
// go on while the build's thread reads, checks and renders the data (puppeteer needs its event
// loop for each step of the launch; a busy build thread used to hold the browser up ~0.4 s).
import { parentPort } from 'node:worker_threads';
import { KinerjaError } from '../diagnostics/index.ts';
import { Chromium } from './chromium.ts';
import type { Event, Request, Reply } from './protocol.ts';

const port = parentPort!;
// The build's thread undoes what this one started if the process ends without asking it to.
const chromium = new Chromium((started) => port.postMessage({ event: 'browser', ...started } satisfies Event));

async function handle(r: Request): Promise<unknown> {
  switch (r.op) {
    case 'warmUp':
      return chromium.warmUp(r.tabs, r.kolamTambahan, r.siagaTambahan);
    case 'print':
      return chromium.print(r.html, r.assets, r.opts);
    case 'printHeld':
      return chromium.printHeld(r.html, r.assets, r.opts);
    case 'reprint':
      return chromium.reprint(r.handle, r.selector, r.texts, r.opts);
    case 'lepas':
      return chromium.lepas(r.handle);
    case 'pid':
      return chromium.pid();
    case 'close':
      return chromium.close();
    case 'end':
      return chromium.end();
  }
}

port.on('message', (r: Request) => {
  handle(r).then(
    (value) => {
      const reply: Reply = { id: r.id, ok: true, value };
      const bytes = value instanceof Uint8Array ? value : (value as { pdf?: unknown } | undefined)?.pdf;
      port.postMessage(reply, bytes instanceof Uint8Array ? [bytes.buffer as ArrayBuffer] : []);
    },
    (e: unknown) => {
      const hint = e instanceof KinerjaError && typeof e.cause === 'string' ? e.cause : undefined;
      const reply: Reply = { id: r.id, ok: false, error: { kinerja: e instanceof KinerjaError, message: e instanceof Error ? e.message : String(e), hint } };
      port.postMessage(reply);
    },
  );
});
