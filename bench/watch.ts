// `node --import tsx bench/watch.ts`: how long from a save to the new PDF in `kinerja watch`'s
// preview, for the reference LKjIP (Setda Paser, 66 pages) with the warm Chromium of a watch
// session: the first build (Chromium's launch included), then BENCH_EDITS saves of realisasi.yaml,
// each timed from the write to the new PDF being served at /dokumen.pdf; half of them saved by
// rename as vim does; then BENCH_EDITS saves of one chapter's narrative (the common edit: one
// chapter changes, the rest of the document comes from what the preview kept). Also the time a
// data error takes to reach the page. The machine's load average is printed before and after:
// on a shared machine the figures mean little without it.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWatch } from '../src/watch/index.ts';

const EDITS = Number(process.env.BENCH_EDITS ?? 7);
const FOLDER = process.env.BENCH_FOLDER ?? 'data/setda-paser';
const tmp = mkdtempSync(join(tmpdir(), 'kinerja-bench-watch-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const beban = () => loadavg().map((x) => x.toFixed(2)).join(', ');

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
    const bebanAwal = beban();
    /** Saves `text` into `file` (by rename when `rename`), waits for the new PDF to be served; ms and prints. */
    const save = async (file: string, text: string, rename: boolean): Promise<{ ms: number; dicetak: number }> => {
      const before = w.keadaan().pdf;
      const v = w.versi();
      const c0 = w.cetakan().dicetak;
      const s0 = performance.now();
      if (rename) {
        writeFileSync(`${file}.tmp`, text);
        renameSync(`${file}.tmp`, file);
      } else writeFileSync(file, text);
      await until(() => w.versi() > v);
      if (w.keadaan().pdf === before) throw new Error(`penyimpanan tidak menghasilkan PDF: ${w.keadaan().status}`);
      const served = await fetch(w.url + 'dokumen.pdf');
      await served.arrayBuffer();
      const t = performance.now() - s0;
      await w.tenang();
      return { ms: t, dicetak: w.cetakan().dicetak - c0 };
    };
    const figures: { ms: number; dicetak: number }[] = [];
    for (let i = 0; i < EDITS; i++) figures.push(await save(f, original.replace(/nilai: 1\d\d(\.\d+)?\n/, `nilai: ${118 + i}.5\n`), i % 2 === 1));
    const times = figures.map((x) => x.ms);
    // A narrative of one chapter: a sentence added at the end.
    const narasi = join(folder, year, 'narasi', process.env.BENCH_NARASI ?? 'bab1-maksud.md');
    const prose = readFileSync(narasi, 'utf8');
    const stories: { ms: number; dicetak: number }[] = [];
    for (let i = 0; i < EDITS; i++) stories.push(await save(narasi, `${prose}\nCatatan penyuntingan ke-${i + 1}.\n`, i % 2 === 1));
    const storyTimes = stories.map((x) => x.ms);
    // A data error: from the save to the message on the page.
    const before = w.versi();
    const e0 = performance.now();
    writeFileSync(f, original.replace(/nilai: 1\d\d(\.\d+)?\n/, 'nilai: 118,5\n'));
    await until(async () => w.versi() > before && (await (await fetch(w.url + 'keadaan.json')).json()).pesan.some((p: { tingkat: string }) => p.tingkat === 'galat'));
    const error = performance.now() - e0;

    console.log(`kinerja watch — ${FOLDER}, LKjIP (${pages} halaman), ${EDITS} saves of each kind (every other one by rename)`);
    console.log(`load average (1, 5, 15 min) on ${availableParallelism()} cores: ${bebanAwal} before the saves, ${beban()} after\n`);
    console.log('| measure | time | Chromium prints per save (median) |');
    console.log('|---|---|---|');
    console.log(`| first PDF (Chromium launched) | ${ms(first)} | ${w.cetakan().dicetak - figures.reduce((n, x) => n + x.dicetak, 0) - stories.reduce((n, x) => n + x.dicetak, 0)} in all |`);
    console.log(`| save of a figure (realisasi.yaml) → new PDF served, median | ${ms(median(times))} | ${median(figures.map((x) => x.dicetak))} |`);
    console.log(`| save of a figure, min / max | ${ms(Math.min(...times))} / ${ms(Math.max(...times))} | |`);
    console.log(`| save of one chapter's narrative → new PDF served, median | ${ms(median(storyTimes))} | ${median(stories.map((x) => x.dicetak))} |`);
    console.log(`| save of a narrative, min / max | ${ms(Math.min(...storyTimes))} / ${ms(Math.max(...storyTimes))} | |`);
    console.log(`| save with a data error → error on the page | ${ms(error)} | |`);
    console.log(`\nfigure saves: ${times.map(ms).join(', ')}\nnarrative saves: ${storyTimes.map(ms).join(', ')}`);
  } finally {
    await w.close();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
