// `kinerja diff [rev-a] [rev-b] [--format markdown|json]`: default the working tree against HEAD.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { KinerjaError } from '../diagnostics/index.ts';
import { diffData, toMarkdown } from '../diff/index.ts';
import { dataAt } from '../diff/tree.ts';
import type { Out } from './check.ts';

export function runDiff(revs: string[], format: string, dataDir: string, out: Out): number {
  if (revs.length > 2) throw new KinerjaError('diff menerima paling banyak dua revisi git: kinerja diff [rev-a] [rev-b]');
  if (!['markdown', 'json'].includes(format)) throw new KinerjaError(`format "${format}" tidak dikenal; pakai markdown atau json`);
  let repo: string;
  try {
    repo = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    throw new KinerjaError('diff harus dijalankan di dalam repositori git');
  }
  const rel = relative(repo, resolve(dataDir));
  const [a = 'HEAD', b] = revs;
  const before = dataAt(repo, a, rel);
  const after = dataAt(repo, b, rel);
  try {
    const diff = diffData(before, after);
    const judul = `Perubahan angka: ${a} → ${b ?? 'berkas kerja'}`;
    out.log(format === 'json' ? JSON.stringify({ dari: a, ke: b ?? null, perubahan: diff }, null, 2) : toMarkdown(diff, judul));
    return 0;
  } finally {
    for (const d of [before, after]) if (d !== resolve(repo, rel)) rmSync(dirname(d), { recursive: true, force: true });
  }
}
