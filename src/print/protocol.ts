// What the build's thread and the print worker say to each other, and share.
import type { PrintOptions } from './chromium.ts';

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

export type Request = { id: number } & (
  | { op: 'warmUp'; tabs: number }
  | { op: 'print'; html: string; assets: Assets; opts: PrintOptions }
  | { op: 'printHeld'; html: string; assets: Assets; opts: PrintOptions }
  | { op: 'reprint'; handle: number; selector: string; texts: string[]; opts: PrintOptions }
  | { op: 'pid' }
  | { op: 'close' }
);

export type Reply = { id: number } & ({ ok: true; value: unknown } | { ok: false; error: { kinerja: boolean; message: string; hint?: string } });

/** Where a worker started before the build (by bin/kinerja.mjs) waits to be taken. */
export const EARLY = Symbol.for('kinerja.printWorker');
