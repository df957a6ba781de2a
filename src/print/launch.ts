// Chromium started by us rather than by puppeteer.launch, so that we own all of it: the process
// group (killed whole, helpers included, however the build ends), a private temporary folder
// holding the profile and everything Chromium writes to TMPDIR (removed with it: nothing of the
// browser is left in the system's temp folder), and a launch bounded in time (a "browser" that
// never answers is killed, not waited on for minutes). Puppeteer then speaks to it over the pipe.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import puppeteer, { type Browser, type ConnectionTransport } from 'puppeteer-core';
import { KinerjaError } from '../diagnostics/index.ts';
import { checkExecutable } from './find-browser.ts';
import { killGroup } from './kill.ts';
import { LAUNCH_ARGS } from './protocol.ts';

export interface Launched {
  browser: Browser;
  pid: number;
  /** The private folder: profile and Chromium's own temporary files. */
  dir: string;
  /** Kills the whole process group and removes the folder; synchronous, idempotent. */
  kill: () => void;
  /** Settles when the browser's process has ended (and been reaped). */
  exited: Promise<void>;
}

/** CDP over Chromium's --remote-debugging-pipe: messages end with a NUL byte each way. */
function pipeTransport(toBrowser: Writable, fromBrowser: Readable): ConnectionTransport {
  let pending: Buffer[] = [];
  const transport: ConnectionTransport = {
    send: (message) => void toBrowser.write(message + '\0'),
    close: () => {
      fromBrowser.destroy();
      toBrowser.destroy();
    },
  };
  fromBrowser.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      const message = Buffer.concat([...pending, chunk.subarray(start, end)]).toString('utf8');
      pending = [];
      start = end + 1;
      setImmediate(() => transport.onmessage?.(message));
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  });
  fromBrowser.on('close', () => transport.onclose?.());
  fromBrowser.on('error', () => undefined);
  toBrowser.on('error', () => undefined);
  return transport;
}

/** The last lines Chromium wrote, for a message when it dies at launch. */
function tail(child: ChildProcess): () => string {
  let text = '';
  child.stderr?.on('data', (d: Buffer) => (text = (text + d.toString('utf8')).slice(-2000)));
  return () => text.trim().split('\n').slice(-3).join(' | ');
}

// Chromium keeps a socket in its TMPDIR (…/.org.chromium.Chromium.XXXXXX/SingletonSocket) and
// dies when that path is longer than a socket address may be (107 bytes on Linux): with our
// folder between, the system's temporary folder may be at most this long.
const SOCKET_PATH_MAX = 107;
const SOCKET_SUFFIX = '/kinerja-chromium-XXXXXX/.org.chromium.Chromium.XXXXXX/SingletonSocket'.length;

/** The system's temporary folder, or /tmp where that one is too deep for Chromium's socket. */
function shortTempBase(): string {
  const base = tmpdir();
  if (process.platform === 'win32' || base.length + SOCKET_SUFFIX <= SOCKET_PATH_MAX) return base;
  return '/tmp';
}

/** What was started, told as soon as it exists: the folder first, then the process too. */
export type OnStart = (started: { dir: string; pid?: number }) => void;

/**
 * Starts Chromium and connects to it. `cancel` (a build that stops before its first print: a
 * data error, Ctrl-C) kills it at once rather than waiting for it to finish starting.
 */
export async function launchChromium(executablePath: string, timeoutMs: number, protocolTimeout: number, onStart: OnStart = () => undefined, cancel?: AbortSignal): Promise<Launched> {
  checkExecutable(executablePath);
  const dir = mkdtempSync(join(shortTempBase(), 'kinerja-chromium-'));
  onStart({ dir });
  const profile = join(dir, 'profil');
  const tmp = dir;
  const args = [...(await puppeteer.defaultArgs({ headless: true, args: LAUNCH_ARGS, userDataDir: profile })), '--remote-debugging-pipe'];
  let child: ChildProcess;
  try {
    child = spawn(executablePath, args, {
      // Its own process group, so that one kill reaches every helper process it starts.
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp },
    });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw new KinerjaError(`peramban "${executablePath}" tidak dapat dijalankan`, [], { cause: e instanceof Error ? e.message : String(e) });
  }
  if (child.pid) onStart({ dir, pid: child.pid });
  let killed = false;
  const kill = () => {
    if (!killed && child.pid) killGroup(child.pid);
    killed = true;
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  const stderr = tail(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (e) => reject(new KinerjaError(`peramban "${executablePath}" tidak dapat dijalankan`, [], { cause: e.message })));
    child.once('exit', (code, signal) =>
      reject(new KinerjaError(`peramban "${executablePath}" berhenti saat dijalankan (${signal ?? `kode ${code}`})`, [], { cause: stderr() || 'apakah ini benar program Chromium? jalankan `npx kinerja doctor`' })),
    );
  });
  failed.catch(() => undefined);
  const cancelled = new Promise<never>((_, reject) => {
    const stop = () => reject(new KinerjaError('pencetakan dihentikan sebelum peramban siap'));
    if (cancel?.aborted) stop();
    cancel?.addEventListener('abort', stop, { once: true });
  });
  cancelled.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new KinerjaError(`peramban "${executablePath}" tidak menjawab dalam ${Math.round(timeoutMs / 1000)} detik; prosesnya dihentikan`, [], { cause: 'periksa peramban dengan `npx kinerja doctor`, atau atur KINERJA_BATAS_PELUNCURAN_MS' })), timeoutMs);
  });
  try {
    const transport = pipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable);
    const browser = await Promise.race([puppeteer.connect({ transport, protocolTimeout, defaultViewport: { width: 800, height: 600 } }), failed, hang, cancelled]);
    child.stderr?.resume();
    return { browser, pid: child.pid!, dir, kill, exited };
  } catch (e) {
    // A browser that dies at launch closes its pipe, and puppeteer may say so before the exit is
    // seen: that exit (its code and last words) is the news, not the closed connection.
    const died = e instanceof KinerjaError ? undefined : await Promise.race([failed.catch((x: unknown) => x), new Promise((r) => setTimeout(r, 2_000, undefined))]);
    kill();
    throw died ?? e;
  } finally {
    clearTimeout(timer);
  }
}
