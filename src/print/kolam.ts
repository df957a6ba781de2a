// How many pages Chromium prints at once: a bounded pool sized to the machine. Each page printing
// is a renderer process holding its document's whole layout (a few hundred MB for a long
// lampiran piece); more renderers than cores only compete for them, and more than memory allows
// pushes the machine into swap or the OOM killer. Only the schedule depends on the machine:
// what each page prints, and so the PDF's bytes, does not.
import { availableParallelism, freemem } from 'node:os';
import { KinerjaError } from '../diagnostics/index.ts';

/** Memory set aside for one page printing (a renderer with a long table piece, measured ~300–450 MB). */
const PER_HALAMAN = 512 * 1024 * 1024;

/** `KINERJA_HALAMAN_SEREMPAK` (1–32), else the cores (and `tambahan` more: watch), no more than free memory allows, at least 1. */
export function ukuranKolam(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), free = freemem(), tambahan = 0): number {
  const raw = env.KINERJA_HALAMAN_SEREMPAK;
  if (raw !== undefined && raw.trim() !== '') {
    const n = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 32)
      throw new KinerjaError(`KINERJA_HALAMAN_SEREMPAK harus bilangan bulat 1 sampai 32: tertulis "${raw}"`, [], {
        cause: `misalnya KINERJA_HALAMAN_SEREMPAK=2, atau hapus pengaturan itu agar diukur dari mesin (${cores} inti)`,
      });
    return n;
  }
  return Math.max(1, Math.min(cores + tambahan, Math.floor(free / PER_HALAMAN)));
}

export { Kolam } from '../util/kolam.ts';
