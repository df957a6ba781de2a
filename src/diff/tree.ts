// The data/ folder as it was at a git revision, written to a temporary folder; or the working tree.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { KinerjaError } from '../diagnostics/index.ts';

function git(args: string[], cwd: string): Buffer {
  try {
    return execFileSync('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const msg = (e as { stderr?: Buffer }).stderr?.toString().trim().split('\n')[0] ?? String(e);
    throw new KinerjaError(`git gagal: ${msg}`, []);
  }
}

/** Folder holding `data/` at `rev`; `undefined` rev is the working tree (the folder itself). */
export function dataAt(repo: string, rev: string | undefined, dataDir = 'data'): string {
  if (rev === undefined) return join(repo, dataDir);
  git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], repo);
  const root = mkdtempSync(join(tmpdir(), 'kinerja-diff-'));
  const files = git(['ls-tree', '-r', '-z', '--name-only', rev, '--', dataDir], repo).toString().split('\0').filter(Boolean);
  for (const f of files) {
    const target = join(root, f);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, git(['show', `${rev}:${f}`], repo));
  }
  mkdirSync(join(root, dataDir), { recursive: true });
  return join(root, dataDir);
}
