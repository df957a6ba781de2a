// Time bounds of the browser, from the environment: validated, never NaN ("NaN detik").
import { KinerjaError } from '../diagnostics/index.ts';

const MIN = 1_000;
const MAX = 24 * 3600_000;

/** A bound in milliseconds from `name`, or `fallback` when unset; a bad value is an error. */
export function boundMs(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < MIN || n > MAX)
    throw new KinerjaError(`${name} harus bilangan bulat milidetik antara ${MIN} dan ${MAX}: tertulis "${raw}"`, [], {
      cause: `misalnya ${name}=${fallback} (${fallback / 1000} detik), atau hapus pengaturan itu untuk memakai bawaannya`,
    });
  return n;
}

/** One print (load and PDF) of one document part. */
export const printBound = () => boundMs('KINERJA_BATAS_WAKTU_MS', 300_000);
/** Starting the browser until it answers. */
export const launchBound = () => boundMs('KINERJA_BATAS_PELUNCURAN_MS', 60_000);
