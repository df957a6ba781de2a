// `node --import tsx bench/watch.ts`: how long from a save to the new PDF in `kinerja watch`'s
// preview, for the reference LKjIP (Setda Paser, 66 pages) with the warm Chromium of a watch
// session: the first build (Chromium's launch included), then BENCH_EDITS saves of realisasi.yaml,
// each timed from the write to the new PDF being served at /dokumen.pdf; half of them saved by
// rename as vim does. Also the time a data error takes to reach the page.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWatch } from '../src/watch/index.ts';

const EDITS = Number(process.env.BENCH_EDITS ?? 7);
const FOLDER = process.env.BENCH_FOLDER ?? 'data/setda-paser';
const tmp = mkdtempSync(join(tmpdir(), 'kinerja-bench-watch-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

/** Waits for `check`; a bench that cannot finish says so instead of waiting forever. */
async function until(check: () => boolean | Promise<boolean>, ms = 120_000): Promise<void> {
  const t0 = performance.now();
  while (!(await check())) {
    if (performance.now() - t0 > ms) throw new Error(`tidak selesai dalam ${ms / 1000} detik`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

try {
  const folder = join(tmp, 'instansi');
  cpSync(FOLDER, folder, { recursive: true });
  const year = process.env.BENCH_TAHUN ?? '2024';
  const f = join(folder, year, 'realisasi.yaml');
  const original = readFileSync(f, 'utf8');
  const t0 = performance.now();
  const w = await startWatch({ folder, dokumen: 'lkjip', port: 0, log: () => undefined });
  try {
    await until(() => w.versi() > 0);
    if (!w.keadaan().pdf) throw new Error(`data ${FOLDER} tidak lolos: ${w.keadaan().pesan.map((p) => `${p.lokasi} ${p.teks}`).join('; ')}`);
    const first = performance.now() - t0;
    const pages = /^(\d+) halaman/.exec(w.keadaan().status)?.[1];
    await w.tenang();
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const before = w.keadaan().pdf;
      const text = original.replace(/nilai: 1\d\d(\.\d+)?\n/, `nilai: ${118 + i}.5\n`);
      const v = w.versi();
      const s0 = performance.now();
      if (i % 2) {
        writeFileSync(`${f}.tmp`, text);
        renameSync(`${f}.tmp`, f);
      } else writeFileSync(f, text);
      await until(() => w.versi() > v);
      if (w.keadaan().pdf === before) throw new Error(`penyimpanan ${i + 1} tidak menghasilkan PDF: ${w.keadaan().status}`);
      const served = await fetch(w.url + 'dokumen.pdf');
      await served.arrayBuffer();
      times.push(performance.now() - s0);
      await w.tenang();
    }
    // A data error: from the save to the message on the page.
    const before = w.versi();
    const e0 = performance.now();
    writeFileSync(f, original.replace(/nilai: 1\d\d(\.\d+)?\n/, 'nilai: 118,5\n'));
    await until(async () => w.versi() > before && (await (await fetch(w.url + 'keadaan.json')).json()).pesan.some((p: { tingkat: string }) => p.tingkat === 'galat'));
    const error = performance.now() - e0;

    console.log(`kinerja watch — ${FOLDER}, LKjIP (${pages} halaman), ${EDITS} saves (every other one by rename)\n`);
    console.log('| measure | time |');
    console.log('|---|---|');
    console.log(`| first PDF (Chromium launched) | ${ms(first)} |`);
    console.log(`| save → new PDF served, median | ${ms(median(times))} |`);
    console.log(`| save → new PDF served, min / max | ${ms(Math.min(...times))} / ${ms(Math.max(...times))} |`);
    console.log(`| save with a data error → error on the page | ${ms(error)} |`);
    console.log(`\nall saves: ${times.map(ms).join(', ')}`);
  } finally {
    await w.close();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
