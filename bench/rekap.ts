// `kinerja build rekap` over data/ (every example agency loaded, validated, computed for 2024,
// the default outline walked: six chapters of tables and two charts, 7 landscape pages), cold: a
// new process each time, Chromium launched and closed. Wall time is the median of 3; peak memory
// (node + Chromium) comes from one more run, sampled apart.
// Run: node --import tsx bench/rekap.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure } from './measure.ts';

const out = mkdtempSync(join(tmpdir(), 'kinerja-bench-rekap-'));
try {
  const args = ['bin/kinerja.mjs', 'build', 'rekap', '--quiet', '--out', out];
  const times: number[] = [];
  for (let i = 0; i < 3; i++) times.push((await measure(process.execPath, args)).ms);
  times.sort((a, b) => a - b);
  const { peakMb } = await measure(process.execPath, args, true);
  console.log(`build rekap (data/, 4 instansi): ${(times[1]! / 1000).toFixed(2)} s (median dari 3: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s), puncak memori ${Math.round(peakMb)} MB`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
