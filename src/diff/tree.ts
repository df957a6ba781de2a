// The data/ folder as it was at a git revision, written to a temporary folder; or the working tree.
// A checkout is a full copy of data/: it is removed by its owner when the diff ends, and at the
// process's exit on every other path (an error, Ctrl-C, a cancelled CI job), never left behind.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { KinerjaError } from '../diagnostics/index.ts';
import { visibleControls } from '../escape/markdown.ts';
import { temporaryFolder } from '../util/cleanup.ts';

export interface Checkout {
  /** The data folder at that revision. */
  dir: string;
  /** Removes the temporary copy; nothing for the working tree. Safe to call twice. */
  remove: () => void;
}

/** What was run, as one would type it: for a message that says which git call failed. */
function shown(args: string[]): string {
  return ['git', ...args].map((a) => (/^[\w./:^{}~@=-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}

type Run = ReturnType<typeof spawnSync>;

function run(args: string[], cwd: string, input?: string): Run {
  return spawnSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Why a git call failed, in Indonesian: what was run and how it ended, never an empty "git gagal: ". */
function failure(args: string[], r: Run): KinerjaError {
  // EPIPE: git ended before reading what we sent it; how it ended is the news, not the pipe.
  const endedFirst = (r.error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE' && (r.status !== null || r.signal !== null);
  if (r.error && !endedFirst) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return new KinerjaError('git tidak ditemukan: diff membaca revisi lewat git; pasang git (mis. `apt-get install git`) atau tambahkan ke PATH');
    return new KinerjaError(`${shown(args)} tidak dapat dijalankan: ${code ?? r.error.message}`, [], { cause: r.error });
  }
  // git's own first line says most; control characters in it (a file name) are shown, not sent.
  const said = r.stderr?.toString().split('\n').map((l) => l.trim()).find(Boolean);
  const how = r.signal ? `dihentikan oleh sinyal ${r.signal}` : `berakhir dengan kode ${r.status}`;
  return new KinerjaError(`git gagal: ${shown(args)} ${how}${said ? `: ${visibleControls(said)}` : ' tanpa pesan'}`);
}

/** git's output, or an error that says what was run and why it failed. */
export function git(args: string[], cwd: string, input?: string): Buffer {
  const r = run(args, cwd, input);
  if (!r.error && r.status === 0) return r.stdout as Buffer;
  throw failure(args, r);
}

/** Whether git answers yes (exit 0) to `args`. */
function gitSucceeds(args: string[], cwd: string): boolean {
  const r = run(args, cwd);
  return !r.error && r.status === 0;
}

const HINT_REVISI = 'lihat revisi yang ada dengan `git log --oneline` atau `git branch -a`; di CI, ambil seluruh riwayat (actions/checkout dengan fetch-depth: 0)';

/** The commit `rev` names, as a full hash, so that every later git call reads the same commit. */
export function resolveCommit(repo: string, rev: string): string {
  // A revision is never an option: `--output=…` must not reach git as one.
  if (rev === '' || rev.startsWith('-')) throw new KinerjaError(`revisi "${visibleControls(rev)}" tidak sah; tulis nama cabang, tag, atau hash commit, mis. HEAD~1 atau origin/main`);
  const args = ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`];
  const r = run(args, repo);
  if (!r.error && r.status === 0) return r.stdout.toString().trim();
  // --quiet makes "no such revision" exit 1 with nothing said; anything else is git failing.
  if (r.error || r.status !== 1) throw failure(args, r);
  if (!gitSucceeds(['rev-parse', '--verify', '--quiet', 'HEAD'], repo))
    throw new KinerjaError(`revisi "${visibleControls(rev)}" tidak ada: repositori ini belum punya commit; commit data/ dulu, lalu jalankan diff lagi`);
  if (gitSucceeds(['rev-parse', '--verify', '--quiet', rev], repo))
    throw new KinerjaError(`revisi "${visibleControls(rev)}" bukan commit (melainkan tree, blob, atau tag yang tidak menunjuk commit); ${HINT_REVISI}`);
  throw new KinerjaError(`revisi "${visibleControls(rev)}" tidak ada di repositori ini; ${HINT_REVISI}`);
}

interface Entry {
  mode: string;
  type: string;
  hash: string;
  path: string;
}

/** The files under `dataDir` at `commit`, from `git ls-tree -r -z`. */
function listTree(repo: string, commit: string, dataDir: string): Entry[] {
  const out = git(['ls-tree', '-r', '-z', '--full-tree', commit, '--', dataDir], repo).toString();
  return out
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', type = '', hash = ''] = line.slice(0, tab).split(' ');
      return { mode, type, hash, path: line.slice(tab + 1) };
    });
}

/** The contents of many blobs from one `git cat-file --batch`, not one git process per file. */
function readBlobs(repo: string, hashes: string[]): Buffer[] {
  if (!hashes.length) return [];
  const out = git(['cat-file', '--batch'], repo, hashes.join('\n') + '\n');
  const blobs: Buffer[] = [];
  let at = 0;
  for (const hash of hashes) {
    const eol = out.indexOf(0x0a, at);
    const [got, type, size] = out.subarray(at, eol).toString().split(' ');
    if (got !== hash || type !== 'blob' || size === undefined) throw new KinerjaError(`git cat-file tidak memberikan isi ${hash} (tertulis "${visibleControls(out.subarray(at, eol).toString())}")`);
    blobs.push(out.subarray(eol + 1, eol + 1 + Number(size)));
    at = eol + 1 + Number(size) + 1;
  }
  return blobs;
}

/** Writes the blobs of `entries` under `root`; a path that would land outside it is refused. */
function writeEntries(root: string, entries: Entry[], blobs: Buffer[]): void {
  entries.forEach((e, i) => {
    const target = resolve(root, e.path);
    // git refuses such trees on checkout; a crafted one could still hold `../` in a path.
    if (!target.startsWith(root + sep)) throw new KinerjaError(`berkas "${visibleControls(e.path)}" di revisi ini menunjuk ke luar folder data; diff berhenti`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, blobs[i]!);
  });
}

/** `data/` at `rev`; an `undefined` rev is the working tree itself (nothing to remove). */
export function dataAt(repo: string, rev: string | undefined, dataDir = 'data'): Checkout {
  if (rev === undefined) return { dir: join(repo, dataDir), remove: () => undefined };
  const commit = resolveCommit(repo, rev);
  const tmp = temporaryFolder('kinerja-diff-');
  try {
    // Regular files only: a symbolic link's target is not followed out of the revision, and a
    // submodule holds no data of this repository.
    const entries = listTree(repo, commit, dataDir).filter((e) => e.type === 'blob' && e.mode !== '120000');
    writeEntries(resolve(tmp.path), entries, readBlobs(repo, entries.map((e) => e.hash)));
    mkdirSync(join(tmp.path, dataDir), { recursive: true });
    return { dir: join(tmp.path, dataDir), remove: tmp.remove };
  } catch (e) {
    tmp.remove();
    throw e;
  }
}
