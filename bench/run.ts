// `npm run bench`: cold LKjIP builds against Chromium's bare print of the same final HTML, and
// the quarterly lampiran's scaling with rows against one table of 10,000 rows.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { startWatch } from '../src/watch/index.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderIsi } from '../src/render/index.ts';
import { computeTahun } from '../src/compute/index.ts';
import { Diagnostics } from '../src/diagnostics/index.ts';
import { loadInstansi } from '../src/load/index.ts';
import { validate } from '../src/validate/index.ts';
import { barePdf } from './floor.ts';
import { measure } from './measure.ts';
import { writeSynthetic } from './synthetic.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROWS = (process.env.BENCH_ROWS ?? '1250,2500,5000,10000').split(',').filter(Boolean).map(Number);
const tmp = mkdtempSync(join(tmpdir(), 'kinerja-bench-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => (ms / 1000).toFixed(2);

function assetsOf(folder: string) {
  const d = new Diagnostics();
  const m = computeTahun(validate(loadInstansi(folder, d), d)!.data, 2024);
  return { m, assets: renderIsi(m).assets };
}

async function build(folder: string, memory = false) {
  const out = join(tmp, 'out');
  return measure(process.execPath, ['bin/kinerja.mjs', 'build', 'lkjip', folder, '--out', out, '--html'], memory);
}

async function lkjip(folder: string, id: string) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await build(folder));
  const base = join(tmp, 'out', id, 'lkjip-2024');
  const parts = ['isi', 'depan'].map((p) => readFileSync(`${base}.${p}.html`, 'utf8'));
  const { assets } = assetsOf(folder);
  const floors = [];
  for (let i = 0; i < RUNS; i++) floors.push(await barePdf(parts, assets));
  const { peakMb } = await build(folder, true);
  return { build: median(runs.map((r) => r.ms)), floor: median(floors), peak: peakMb, parts, assets };
}

/**
 * The floor of the issue: the same rows as one single table, laid out the ordinary way
 * (automatic column widths, no cutting) — the thing that does not scale.
 */
function oneTable(isi: string): string {
  const i = isi.indexOf('<section class="lampiran-lebar"');
  const lampiran = isi.slice(0, isi.indexOf('<body')) + '<body>' + isi.slice(i);
  return lampiran
    .replace(/<\/tbody>\s*<\/table>\s*<\/section>\s*(<!--kinerja:potong-->)?\s*<section class="lampiran-lebar[^"]*" data-bab="L">\s*<table class="data triwulan">\s*(<colgroup>[\s\S]*?<\/colgroup>)?\s*<thead>[\s\S]*?<\/thead>\s*<tbody>/g, '')
    .replace(/<colgroup>[\s\S]*?<\/colgroup>/g, '')
    .replace('</head>', '<style>table.triwulan { table-layout: auto !important; }</style></head>');
}
function lampiranOnly(isi: string): string {
  const i = isi.indexOf('<section class="lampiran-lebar"');
  return isi.slice(0, isi.indexOf('<body')) + '<body>' + isi.slice(i);
}

/** Save → visible in the watch preview, for the reference agency (target ≤ 1 s). */
async function watchLatency(): Promise<number[]> {
  const folder = join(tmp, 'watch', 'setda-paser');
  cpSync('data/setda-paser', folder, { recursive: true });
  const w = await startWatch({ folder, dokumen: 'lkjip', port: 0 });
  const f = join(folder, '2024', 'realisasi.yaml');
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const before = await (await fetch(w.url)).text();
      const t0 = performance.now();
      writeFileSync(f, readFileSync(f, 'utf8').replace(/nilai: 1\d\d(\.\d+)?\n/, `nilai: ${118 + i}.5\n`));
      while ((await (await fetch(w.url)).text()) === before) await new Promise((r) => setTimeout(r, 10));
      times.push(performance.now() - t0);
    }
  } finally {
    await w.close();
  }
  return times;
}

try {
  console.log(`kinerja bench — ${RUNS} cold runs each, median; memory = peak RSS of node + Chromium\n`);
  const setda = await lkjip('data/setda-paser', 'setda-paser');
  console.log('| document | build (s) | floor: bare page.pdf (s) | ratio | peak memory (MB) |');
  console.log('|---|---|---|---|---|');
  console.log(`| LKjIP Setda Paser 2024 | ${s(setda.build)} | ${s(setda.floor)} | ${(setda.build / setda.floor).toFixed(2)} | ${setda.peak.toFixed(0)} |`);
  const lat = await watchLatency();
  console.log(`\nwatch: save → visible in the preview, median ${median(lat).toFixed(0)} ms, max ${Math.max(...lat).toFixed(0)} ms (5 edits)`);
  console.log('\n| lampiran rows | build (s) | lampiran alone, chunked (s) | ms per row | peak memory (MB) |');
  console.log('|---|---|---|---|---|');
  let largest: { isi: string; assets: ReturnType<typeof assetsOf>['assets']; build: number } | undefined;
  for (const rows of ROWS) {
    const folder = writeSynthetic(tmp, rows);
    const r = await build(folder);
    const { peakMb } = await build(folder, true);
    const isi = readFileSync(join(tmp, 'out', 'dinas-contoh', 'lkjip-2024.isi.html'), 'utf8');
    const { assets } = assetsOf(folder);
    const chunked = await barePdf([lampiranOnly(isi)], assets);
    console.log(`| ${rows} | ${s(r.ms)} | ${s(chunked)} | ${(chunked / rows).toFixed(2)} | ${peakMb.toFixed(0)} |`);
    largest = { isi, assets, build: r.ms };
  }
  if (largest) {
    const chunked = await barePdf([lampiranOnly(largest.isi)], largest.assets);
    const single = await barePdf([oneTable(largest.isi)], largest.assets);
    console.log(`\nlampiran of ${ROWS.at(-1)} rows: chunked ${s(chunked)} s, as one table ${s(single)} s, ratio ${(chunked / single).toFixed(2)}`);
    console.log(`whole LKjIP build with it: ${s(largest.build)} s, ${(largest.build / single).toFixed(2)} of the one-table print`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
