// A warm rebuild as `kinerja watch` does it (its own API, startWatch): the agency copied to a
// temporary folder, the first PDF built with Chromium launched, then `edits` saves that each
// change one figure of realisasi.yaml, each timed from the write to the new PDF in the preview.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startWatch } from '../src/watch/index.ts';
import { TidakSelesai } from './measure.ts';

const bound = () => Number(process.env.BENCH_BATAS_S ?? 900) * 1000;

async function until(check: () => boolean, ms: number): Promise<void> {
  const t0 = performance.now();
  while (!check()) {
    if (performance.now() - t0 > ms) throw new TidakSelesai(`tidak selesai (pratinjau belum berganti setelah ${Math.round(ms / 1000)} s)`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Milliseconds from each save to its new PDF. */
export async function warmRebuild(tmp: string, source: string, edits: number, year = '2024'): Promise<number[]> {
  const folder = join(tmp, 'warm', source.split('/').at(-1)!);
  cpSync(source, folder, { recursive: true });
  const f = join(folder, year, 'realisasi.yaml');
  const original = readFileSync(f, 'utf8');
  if (!/nilai: 1\d\d(\.\d+)?\n/.test(original)) throw new TidakSelesai(`tidak selesai (tidak ada angka nilai untuk diubah di ${f})`);
  const w = await startWatch({ folder, dokumen: 'lkjip', port: 0, log: () => undefined });
  try {
    await until(() => w.versi() > 0, bound());
    if (!w.keadaan().pdf) throw new TidakSelesai(`tidak selesai (data tidak lolos: ${w.keadaan().pesan.map((p) => p.teks).join('; ').slice(0, 160)})`);
    await w.tenang();
    const times: number[] = [];
    for (let i = 0; i < edits; i++) {
      const before = w.keadaan().pdf;
      const v = w.versi();
      const t0 = performance.now();
      writeFileSync(f, original.replace(/nilai: 1\d\d(\.\d+)?\n/, `nilai: ${118 + i}.5\n`));
      await until(() => w.versi() > v, bound());
      if (w.keadaan().pdf === before) throw new TidakSelesai(`tidak selesai (penyimpanan ${i + 1} tidak menghasilkan PDF: ${w.keadaan().status})`);
      times.push(performance.now() - t0);
      await w.tenang();
    }
    return times;
  } finally {
    await w.close();
  }
}
