// `kinerja diff [rev-a] [rev-b] [--format markdown|json]`: default the working tree against HEAD.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { KinerjaError } from '../diagnostics/index.ts';
import { diffData, toMarkdown, type DiffBagian } from '../diff/index.ts';
import { dataAt, type Checkout } from '../diff/tree.ts';
import { visibleControls } from '../escape/markdown.ts';
import { registerExitCleanup } from '../util/cleanup.ts';
import type { Out } from './check.ts';

/** The top folder of the git repository around `cwd`. */
function repoRoot(cwd: string): string {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
    throw new KinerjaError('git tidak ditemukan: diff membaca revisi lewat git; pasang git (mis. `apt-get install git`) atau tambahkan ke PATH');
  if (r.error || r.status !== 0) throw new KinerjaError('diff harus dijalankan di dalam repositori git');
  return r.stdout.trim();
}

/** The data folder, relative to the repository: git names files that way. */
function dataFolder(repo: string, cwd: string, dataDir: string): string {
  const rel = relative(repo, resolve(cwd, dataDir));
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new KinerjaError(`folder data "${visibleControls(dataDir)}" ada di luar repositori git ${repo}; diff hanya membandingkan data di dalamnya`);
  return rel || '.';
}

/**
 * The sides that fail check, said on stderr. A working tree (or `sesudah` revision) that does not
 * pass check is an error: the diff would otherwise exit 0 with no figures to compare.
 */
function reportGalat(diff: DiffBagian[], ke: string | undefined, out: Out): boolean {
  const rusak = diff.filter((d) => d.galat);
  for (const d of rusak) {
    const sisi = d.galat!.sisi === 'sesudah' ? `sesudah (${ke === undefined ? 'berkas kerja' : `revisi ${ke}`})` : 'sebelum';
    const pesan = `data ${sisi} instansi ${visibleControls(d.instansi)} belum lolos kinerja check: ${d.galat!.jumlah} galat; angkanya tidak dibandingkan`;
    out.err(d.galat!.sisi === 'sesudah' ? `galat: ${pesan}\n    jalankan \`kinerja check\` pada data itu untuk melihat setiap galat` : `peringatan: ${pesan}`);
  }
  return rusak.some((d) => d.galat!.sisi === 'sesudah');
}

/** `revs`: at most two, and `format`, checked by the command line (src/cli/args.ts). */
export function runDiff(revs: string[], format: 'markdown' | 'json', dataDir: string, out: Out, cwd = process.cwd()): number {
  const repo = repoRoot(cwd);
  const rel = dataFolder(repo, cwd, dataDir);
  const [a = 'HEAD', b] = revs;
  if (b === undefined && !existsSync(resolve(repo, rel)))
    throw new KinerjaError(`folder data "${visibleControls(dataDir)}" tidak ada di berkas kerja; pakai --data FOLDER untuk folder lain`);
  // Every checkout made is removed on the way out, also when the second one fails or the data
  // does not load; an interrupt removes them at exit (src/util/cleanup.ts). Registered before the
  // first checkout exists: that puts the signal handlers in place first, so a SIGTERM that lands
  // right after a temporary folder is made cannot kill the process with the copy left behind.
  const checkouts: Checkout[] = [];
  const removeAll = () => {
    for (const c of checkouts) c.remove();
  };
  const unregister = registerExitCleanup(removeAll);
  try {
    checkouts.push(dataAt(repo, a, rel));
    checkouts.push(dataAt(repo, b, rel));
    const diff = diffData(checkouts[0]!.dir, checkouts[1]!.dir);
    out.log(format === 'json' ? JSON.stringify({ dari: a, ke: b ?? null, perubahan: diff }, null, 2) : toMarkdown(diff, a, b));
    return reportGalat(diff, b, out) ? 1 : 0;
  } finally {
    removeAll();
    unregister();
  }
}
