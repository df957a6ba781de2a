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
  // No network below the page, whatever asks for it (a preconnect hint, a WebSocket, WebRTC, a
  // request that interception does not see): no host name resolves, not even an address typed as
  // numbers reaches out (everything goes to a proxy that cannot be found, loopback included).
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=http://tanpa-jaringan.invalid:9',
  '--proxy-bypass-list=<-loopback>',
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--dns-prefetch-disable',
];

/**
 * The printed page's policy: no script, no frame, no plug-in, no worker, no connection opened by
 * the page, no form, no base URL. Images, styles and fonts are left to the request interception
 * on purpose: it sees each of them and fails the build on any that the build did not put there
 * (a policy would block them without a word, and the PDF would print a broken image).
 */
export const PAGE_CSP = [
  "script-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "worker-src 'none'",
  "connect-src 'none'",
  "media-src 'none'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Files the page may load, by path under ORIGIN: bytes in memory or a file on disk. */
export type Assets = Map<string, { type: string; body?: Uint8Array | string; file?: string }>;

export type Request = { id: number } & (
  | { op: 'warmUp'; tabs: number; kolamTambahan?: number; siagaTambahan?: number }
  | { op: 'print'; html: string; assets: Assets; opts: PrintOptions }
  | { op: 'printHeld'; html: string; assets: Assets; opts: PrintOptions }
  | { op: 'reprint'; handle: number; selector: string; texts: string[]; opts: PrintOptions }
  | { op: 'lepas'; handle: number }
  | { op: 'pid' }
  | { op: 'close' }
  | { op: 'end' }
);

export type Reply = { id: number } & ({ ok: true; value: unknown } | { ok: false; error: { kinerja: boolean; message: string; hint?: string } });

/** Said by the worker without being asked: a browser it started (its process group and folder). */
export type Event = { event: 'browser'; dir: string; pid?: number };

/** Where a worker started before the build (by bin/kinerja.mjs) waits to be taken. */
export const EARLY = Symbol.for('kinerja.printWorker');
/** What that early worker said before a build took it (bin/kinerja.mjs keeps it here). */
export const EARLY_EVENTS = Symbol.for('kinerja.printWorker.events');
