// Stage 5, print: HTML → PDF bytes. The build's side of the print worker (worker.ts), which
// drives one Chromium in its own thread; this side forwards each call and turns the worker's
// failures back into the errors the build reports. Closed on every path, Ctrl-C included.
import { Worker } from 'node:worker_threads';
import { KinerjaError } from '../diagnostics/index.ts';
import { rmSync } from 'node:fs';
import { registerCleanup, registerExitCleanup } from '../util/cleanup.ts';
import { killGroup } from './kill.ts';
import { EARLY, EARLY_EVENTS, type Event, type Reply, type Request } from './protocol.ts';
import type { PrintOptions } from './chromium.ts';
import type { Assets } from './protocol.ts';

export { LAUNCH_ARGS, ORIGIN, type Assets } from './protocol.ts';
export type { PrintOptions } from './chromium.ts';

type Call = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The worker's script: beside the bundle when the CLI runs from it, else the TypeScript source. */
export function startPrintWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./print-worker.mjs', here));
  return new Worker(new URL('./worker-dev.mjs', here));
}

/** Whether the CLI started a print worker (and with it Chromium) before the build began. */
export function hasEarlyPrinter(): boolean {
  return (globalThis as Record<symbol, unknown>)[EARLY] !== undefined;
}

/** A worker started ahead by the CLI and not taken by a build is closed with its browser. */
export async function releaseEarlyPrinter(): Promise<void> {
  const early = (globalThis as Record<symbol, Worker | undefined>)[EARLY];
  if (!early) return;
  const p = new Printer();
  await p.pid(); // takes the worker
  await p.dispose();
}

export class Printer {
  private worker?: Worker;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private next = 0;
  private unregister?: () => void;
  private exitUndos: (() => void)[] = [];
  private started = new Map<string, { dir: string; pid?: number }>();

  private get port(): Worker {
    if (this.worker) return this.worker;
    const g = globalThis as Record<symbol, unknown>;
    const w = (g[EARLY] as Worker | undefined) ?? startPrintWorker();
    g[EARLY] = undefined;
    const events = (g[EARLY_EVENTS] as Event[] | undefined) ?? [];
    g[EARLY_EVENTS] = undefined;
    for (const e of events) this.onEvent(e);
    w.removeAllListeners('message');
    w.on('message', (r: Reply | Event) => {
      if ('event' in r) return this.onEvent(r);
      const p = this.pending.get(r.id);
      if (!p) return;
      this.pending.delete(r.id);
      this.refresh();
      if (r.ok) p.resolve(r.value);
      else p.reject(r.error.kinerja ? new KinerjaError(r.error.message, [], r.error.hint ? { cause: r.error.hint } : undefined) : new Error(r.error.message));
    });
    w.on('error', (e) => this.failAll(e));
    w.on('exit', () => this.failAll(new Error('pencetak berhenti')));
    this.worker = w;
    this.unregister ??= registerCleanup(() => this.dispose());
    this.refresh();
    return w;
  }

  /**
   * A browser the worker started: if the process ends by a path that never reaches `dispose`
   * (an uncaught error, `process.exit`, a signal's bounded cleanup), its process group is killed
   * and its folder removed. Told of the folder before the process exists, then of the process.
   */
  private onEvent(e: Event): void {
    const known = this.started.get(e.dir);
    if (known) return void (known.pid ??= e.pid);
    const browser: { dir: string; pid?: number } = { dir: e.dir, pid: e.pid };
    const undo = () => {
      if (browser.pid) killGroup(browser.pid);
      rmSync(browser.dir, { recursive: true, force: true });
    };
    const unregister = registerExitCleanup(undo);
    this.started.set(e.dir, browser);
    this.exitUndos.push(() => (unregister(), undo()));
  }

  /** The worker keeps the process alive only while it has work. */
  private refresh(): void {
    if (this.pending.size) this.worker?.ref();
    else this.worker?.unref();
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    this.worker = undefined;
  }

  private call<T>(c: Call, transfer: ArrayBuffer[] = []): Promise<T> {
    const port = this.port;
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.refresh();
      port.postMessage({ ...c, id }, transfer);
    });
  }

  /** Starts the browser now, and opens `tabs` tabs ahead for documents printed at once (see Chromium.warmUp). */
  warmUp(tabs = 0, kolamTambahan?: number, siagaTambahan?: number): void {
    this.call({ op: 'warmUp', tabs, kolamTambahan, siagaTambahan }).catch(() => undefined);
  }

  /** Prints; a crash or a hang gets one fresh browser and a second try, then a clear error. */
  print(html: string, assets: Assets, opts: PrintOptions = {}): Promise<Uint8Array> {
    return this.call<Uint8Array>({ op: 'print', html, assets, opts });
  }

  /** Prints and keeps the document open, for `reprint` (see Chromium.printHeld). */
  printHeld(html: string, assets: Assets, opts: PrintOptions = {}): Promise<{ pdf: Uint8Array; handle: number }> {
    return this.call({ op: 'printHeld', html, assets, opts });
  }

  /** The held document printed again with new texts in the elements of `selector`. */
  reprint(handle: number, selector: string, texts: string[], opts: PrintOptions = {}): Promise<Uint8Array> {
    return this.call({ op: 'reprint', handle, selector, texts, opts });
  }

  /** Lets go of a held document that needs no reprint: its tab prints the next one. */
  lepas(handle: number): Promise<void> {
    return this.call({ op: 'lepas', handle });
  }

  /** The browser's process id, while one runs (tests kill it to prove recovery). */
  pid(): Promise<number | undefined> {
    return this.call<number | undefined>({ op: 'pid' });
  }

  /** Closes the browser (idempotent); the worker stays for the next print. */
  async close(): Promise<void> {
    if (this.worker) await this.call({ op: 'close' }).catch(() => undefined);
  }

  /** Closes the browser for good (no print under way may start another) and ends the worker. */
  async dispose(): Promise<void> {
    if (this.worker) await this.call({ op: 'end' }).catch(() => undefined);
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
    // Done by the worker on `close` already, unless it could not be asked: done again, harmlessly.
    for (const undo of this.exitUndos.splice(0)) undo();
    this.unregister?.();
    this.unregister = undefined;
  }
}
