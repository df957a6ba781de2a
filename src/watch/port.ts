// The preview's port: a number the author typed is checked before anything starts, and a port
// another program holds is not a reason to stop — the next free one above it is taken, and said.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KinerjaError } from '../diagnostics/index.ts';

export const DEFAULT_PORT = 4321;
/** How many ports above a busy one are tried before giving up. */
export const PORT_TRIES = 20;

/** `--port`'s value: a decimal integer 1–65535, or a clear error naming what was written. */
export function parsePort(text: string | undefined): number {
  const hint = `tulis bilangan bulat 1–65535, misalnya --port ${DEFAULT_PORT}`;
  if (text === undefined || text === '' || text.startsWith('--')) throw new KinerjaError(`--port perlu nomor port: ${hint}`);
  // Only digits: Number() would take `0x10`, `1e3`, ` 80 ` and `4321.0` too.
  const n = /^[0-9]{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= 65535)) throw new KinerjaError(`--port tidak sah: tertulis ${JSON.stringify(text.slice(0, 40))}; ${hint}`);
  return n;
}

function listenOnce(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (e: Error) => {
      server.off('listening', ok);
      reject(e);
    };
    const ok = () => {
      server.off('error', fail);
      resolve();
    };
    server.once('error', fail);
    server.once('listening', ok);
    server.listen(port, host);
  });
}

export interface Listening {
  port: number;
  /** What to tell the author when the port is not the one asked for. */
  note?: string;
}

/** Listens on `port`, or on the first free one of the next PORT_TRIES when it is taken. */
export async function listenFrom(server: Server, port: number, host: string, explicit: boolean): Promise<Listening> {
  const last = port === 0 ? 0 : Math.min(65535, port + PORT_TRIES);
  for (let p = port; p <= last; p++) {
    try {
      await listenOnce(server, p, host);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' && p < last) continue;
      throw listenError(e, code, port, p, host);
    }
    const actual = (server.address() as AddressInfo).port;
    if (p === port) return { port: actual };
    const note = explicit
      ? `port ${port} yang diminta dengan --port sedang dipakai program lain; pratinjau memakai port ${actual}`
      : `port ${port} sedang dipakai program lain; pratinjau memakai port ${actual} (pilih sendiri dengan --port)`;
    return { port: actual, note };
  }
  throw new KinerjaError(`port ${port} tidak dapat dipakai`);
}

function listenError(e: unknown, code: string | undefined, first: number, p: number, host: string): KinerjaError {
  if (code === 'EADDRINUSE') return new KinerjaError(`port ${first}–${p} semuanya sedang dipakai program lain; pilih port lain dengan --port`, [], { cause: e });
  if (code === 'EACCES') return new KinerjaError(`port ${p} tidak boleh dipakai pengguna ini (port di bawah 1024 butuh hak admin); pilih port lain dengan --port, misalnya --port ${DEFAULT_PORT}`, [], { cause: e });
  if (code === 'EADDRNOTAVAIL') return new KinerjaError(`alamat ${host} tidak ada di komputer ini`, [], { cause: e });
  return new KinerjaError(`pratinjau tidak dapat dibuka di port ${p}`, [], { cause: e });
}
