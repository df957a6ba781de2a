// `npm run bench`: the targets of issue 19, each measured and marked met or not —
//   - the reference LKjIP cold (a new process, Chromium launched and closed) against Chromium's
//     bare print of the same final HTML, and its peak memory;
//   - a warm rebuild of that LKjIP after one figure changes, through `kinerja watch`'s own API;
//   - the quarterly lampiran's scaling with rows (to 10,000) against one ordinary table;
//   - a synthetic pemda (bench/pemda.ts: BENCH_AGENCIES agencies, 40 by default, one with a
//     2,500-row lampiran): `build all` over all of it, and one shard of 4.
// Memory is peak PSS of node + every Chromium process (bench/pss.ts), sampled every 200 ms in
// every run (on a machine this loaded there is no time for separate memory runs; sampling costs
// a little CPU, so times are slightly pessimistic). Times are medians of BENCH_RUNS (3). Every
// run is bounded (BENCH_BATAS_S, 900 s): what does not finish is a row "tidak selesai (…)".
// Quick run: BENCH_AGENCIES=5 BENCH_ROWS=2500 BENCH_RUNS=1 npm run bench
// Parts: BENCH_BAGIAN=lkjip,watch,baris,pemda (default all); BENCH_SHARD=0 leaves out the shard.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { renderIsi } from '../src/render/index.ts';
import { computeTahun } from '../src/compute/index.ts';
import { Diagnostics } from '../src/diagnostics/index.ts';
import { loadInstansi } from '../src/load/index.ts';
import { validate } from '../src/validate/index.ts';
import { barePdf } from './floor.ts';
import { attempt, measure, TidakSelesai, type Measured } from './measure.ts';
import { writePemda } from './pemda.ts';
import { writeSynthetic } from './synthetic.ts';
import { warmRebuild } from './warm.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROWS = (process.env.BENCH_ROWS ?? '1250,2500,5000,10000').split(',').filter(Boolean).map(Number);
const AGENCIES = Number(process.env.BENCH_AGENCIES ?? 40);
const PARTS = new Set((process.env.BENCH_BAGIAN ?? 'lkjip,watch,baris,pemda').split(','));
const BIN = resolve('bin/kinerja.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'kinerja-bench-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => (ms / 1000).toFixed(2);
const mb = (x: number) => x.toFixed(0);

/** A row of the final table: a target, what was measured, and whether it holds. */
interface Target {
  name: string;
  measured: string;
  met: boolean | undefined;
}
const targets: Target[] = [];
const target = (name: string, measured: string, met: boolean | undefined) => targets.push({ name, measured, met });

/** Runs `f` RUNS times; the median time and median peak, or the first reason it did not finish. */
async function runs(f: () => Promise<Measured>, n = RUNS): Promise<(Measured & { all: Measured[] }) | TidakSelesai> {
  const all: Measured[] = [];
  for (let i = 0; i < n; i++) {
    const r = await attempt(f);
    if (r instanceof TidakSelesai) return r;
    all.push(r);
  }
  return { ms: median(all.map((r) => r.ms)), peakMb: median(all.map((r) => r.peakMb)), all };
}
const list = (r: { all: Measured[] }) => `${r.all.map((x) => s(x.ms)).join(', ')} s; ${r.all.map((x) => mb(x.peakMb)).join(', ')} MB`;

function assetsOf(folder: string) {
  const d = new Diagnostics();
  const m = computeTahun(validate(loadInstansi(folder, d), d)!.data, 2024);
  return renderIsi(m).assets;
}

const lkjipBuild = (folder: string) => measure(process.execPath, [BIN, 'build', 'lkjip', folder, '--out', join(tmp, 'out'), '--html', '--quiet'], { memory: true });

async function referenceLkjip(): Promise<void> {
  const folder = 'data/setda-paser';
  const cold = await runs(() => lkjipBuild(folder));
  console.log('| LKjIP Setda Paser 2024 | cold build (s) | bare page.pdf (s) | ratio | peak PSS (MB) |');
  console.log('|---|---|---|---|---|');
  if (cold instanceof TidakSelesai) {
    console.log(`| | ${cold.message} | | | |`);
    target('LKjIP peak PSS ≤ 400 MB', cold.message, false);
    target('LKjIP cold ≤ 1,1 × bare print', cold.message, false);
    return;
  }
  const base = join(tmp, 'out', 'setda-paser', 'lkjip-2024');
  const parts = ['isi', 'depan'].map((p) => readFileSync(`${base}.${p}.html`, 'utf8'));
  const assets = assetsOf(folder);
  const floors: number[] = [];
  let floorFail: TidakSelesai | undefined;
  for (let i = 0; i < RUNS && !floorFail; i++) {
    const f = await attempt(() => barePdf(parts, assets));
    if (f instanceof TidakSelesai) floorFail = f;
    else floors.push(f);
  }
  const floor = floors.length ? median(floors) : undefined;
  const ratio = floor ? cold.ms / floor : undefined;
  console.log(`| | ${s(cold.ms)} | ${floor ? s(floor) : floorFail!.message} | ${ratio?.toFixed(2) ?? '–'} | ${mb(cold.peakMb)} |`);
  console.log(`\n(runs: ${list(cold)}; floor ${floors.map(s).join(', ')} s)\n`);
  target('LKjIP peak PSS ≤ 400 MB', `${mb(cold.peakMb)} MB`, cold.peakMb <= 400);
  target('LKjIP cold ≤ 1,1 × bare print', ratio ? `${ratio.toFixed(2)} × (${s(cold.ms)} s / ${s(floor!)} s)` : floorFail!.message, ratio ? ratio <= 1.1 : undefined);
}

async function warm(): Promise<void> {
  const r = await attempt(() => warmRebuild(tmp, 'data/setda-paser', Math.max(RUNS, 3)));
  if (r instanceof TidakSelesai) {
    console.log(`warm rebuild: ${r.message}\n`);
    target('warm rebuild LKjIP ≤ 1 s', r.message, false);
    return;
  }
  console.log(`warm rebuild of the LKjIP after one figure changes (kinerja watch, Chromium warm): median ${s(median(r))} s (${r.map(s).join(', ')} s)\n`);
  target('warm rebuild LKjIP ≤ 1 s', `${s(median(r))} s`, median(r) <= 1000);
}

/** The lampiran of `isi` alone (as we cut and lay it out) and as one ordinary table. */
function lampiranOnly(isi: string): string {
  const i = isi.indexOf('<section class="lampiran-lebar"');
  return isi.slice(0, isi.indexOf('<body')) + '<body>' + isi.slice(i);
}
function oneTable(isi: string): string {
  return lampiranOnly(isi)
    .replace(/<\/tbody>\s*<\/table>\s*<\/section>\s*(<!--kinerja:potong-->)?\s*<section class="lampiran-lebar[^"]*" data-bab="L">\s*<table class="data triwulan">\s*(<colgroup>[\s\S]*?<\/colgroup>)?\s*<thead>[\s\S]*?<\/thead>\s*<tbody>/g, '')
    .replace(/<colgroup>[\s\S]*?<\/colgroup>/g, '')
    .replace('</head>', '<style>table.triwulan { table-layout: auto !important; }</style></head>');
}

async function rows(): Promise<void> {
  console.log('| lampiran rows | whole LKjIP build (s) | peak PSS (MB) | lampiran alone, one print (s) | ms per row |');
  console.log('|---|---|---|---|---|');
  let largest: { rows: number; isi: string; assets: ReturnType<typeof assetsOf>; build: number } | undefined;
  for (const n of ROWS) {
    const folder = writeSynthetic(tmp, n);
    const r = await runs(() => lkjipBuild(folder), n >= 5000 ? 1 : RUNS);
    if (r instanceof TidakSelesai) {
      console.log(`| ${n} | ${r.message} | | | |`);
      if (n === 10000) target('lampiran 10.000 baris ≤ 1,5 GB PSS', r.message, false);
      continue;
    }
    const isi = readFileSync(join(tmp, 'out', 'dinas-contoh', 'lkjip-2024.isi.html'), 'utf8');
    const assets = assetsOf(folder);
    const alone = await attempt(() => barePdf([lampiranOnly(isi)], assets));
    const a = alone instanceof TidakSelesai ? alone.message : s(alone);
    console.log(`| ${n} | ${s(r.ms)} | ${mb(r.peakMb)} | ${a} | ${alone instanceof TidakSelesai ? '–' : (alone / n).toFixed(2)} |`);
    if (n === 10000) target('lampiran 10.000 baris ≤ 1,5 GB PSS', `${mb(r.peakMb)} MB (${s(r.ms)} s)`, r.peakMb <= 1536);
    largest = { rows: n, isi, assets, build: r.ms };
  }
  if (largest) {
    const single = await attempt(() => barePdf([oneTable(largest.isi)], largest.assets));
    if (single instanceof TidakSelesai) console.log(`\nlampiran of ${largest.rows} rows as one ordinary table: ${single.message}`);
    else console.log(`\nlampiran of ${largest.rows} rows as one ordinary table: ${s(single)} s; the whole LKjIP build with it ${s(largest.build)} s, ${(largest.build / single).toFixed(2)} of it`);
  }
  console.log('');
}

async function pemda(): Promise<void> {
  const root = join(tmp, 'pemda');
  const { folders } = writePemda(root, AGENCIES);
  const build = (extra: string[]) => () => measure(process.execPath, [BIN, 'build', 'all', '--out', join(root, 'out'), '--quiet', ...extra], { memory: true, cwd: root });
  console.log(`| pemda sintetis (${folders.length} instansi) | time (s) | peak PSS (MB) | runs |`);
  console.log('|---|---|---|---|');
  const row = (name: string, r: Awaited<ReturnType<typeof runs>>) => console.log(r instanceof TidakSelesai ? `| ${name} | ${r.message} | | |` : `| ${name} | ${s(r.ms)} | ${mb(r.peakMb)} | ${list(r)} |`);
  // Each row as soon as it is measured: a batch on a busy machine takes long.
  const all = await runs(build([]));
  row('build all', all);
  if (process.env.BENCH_SHARD !== '0') row('build all --shard 1/4', await runs(build(['--shard', '1/4'])));
  console.log('');
  const label = `${folders.length} instansi`;
  if (all instanceof TidakSelesai) {
    target(`batch ${label} ≤ 2 GB PSS`, all.message, false);
    target(`batch ${label} ≤ 60 s`, all.message, false);
  } else {
    target(`batch ${label} ≤ 2 GB PSS`, `${mb(all.peakMb)} MB`, all.peakMb <= 2048);
    target(`batch ${label} ≤ 60 s`, `${s(all.ms)} s`, all.ms <= 60_000);
  }
}

try {
  const load = loadavg().map((l) => l.toFixed(2)).join(', ');
  console.log(`kinerja bench — ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${load}; median of ${RUNS}; memory = peak PSS of node + Chromium\n`);
  if (PARTS.has('lkjip')) await referenceLkjip();
  if (PARTS.has('watch')) await warm();
  if (PARTS.has('baris')) await rows();
  if (PARTS.has('pemda')) await pemda();
  console.log('| target | measured | |');
  console.log('|---|---|---|');
  for (const t of targets) console.log(`| ${t.name} | ${t.measured} | ${t.met === undefined ? '–' : t.met ? 'tercapai' : 'belum'} |`);
  console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
