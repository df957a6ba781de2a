// A real git repository in a temporary folder, with copies of the valid fixture as instansi, and a
// private TMPDIR: what `kinerja diff` leaves behind there is what the tests look for.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURE = resolve('test/fixtures/minimal');
export const BIN = resolve('bin/kinerja.mjs');

export interface Repo {
  dir: string;
  git: (...args: string[]) => string;
  /** Replaces `from` (which must be there) by `to` in a file of the repository. */
  edit: (file: string, from: string, to: string) => void;
  write: (file: string, text: string) => void;
  commit: (message: string) => void;
  remove: () => void;
}

/** A repository with data/<id> copies of the fixture, committed once. */
export function makeRepo(ids: string[] = ['dinas-contoh'], base = tmpdir()): Repo {
  const dir = mkdtempSync(join(base, 'kinerja-git-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const edit = (file: string, from: string, to: string) => {
    const f = join(dir, file);
    const text = readFileSync(f, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} tidak memuat ${JSON.stringify(from)}`);
    writeFileSync(f, text.replace(from, to));
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'uji@contoh.go.id');
  git('config', 'user.name', 'Uji');
  git('config', 'commit.gpgsign', 'false');
  for (const id of ids) {
    cpSync(FIXTURE, join(dir, 'data', id), { recursive: true });
    if (id !== 'dinas-contoh') edit(`data/${id}/instansi.yaml`, 'id: dinas-contoh', `id: ${id}`);
  }
  if (ids.length) {
    git('add', '.');
    git('commit', '-qm', 'data awal');
  }
  return {
    dir,
    git,
    edit,
    write: (file, text) => writeFileSync(join(dir, file), text),
    commit: (message) => {
      git('add', '-A');
      git('commit', '-qm', message);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fresh folder made TMPDIR for the test process (and the processes it starts); `restore` undoes it. */
export function privateTmp(): { dir: string; entries: () => string[]; restore: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-tmpdir-'));
  const old = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return {
    dir,
    entries: () => readdirSync(dir),
    restore: () => {
      if (old === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = old;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Output collected the way the CLI prints it. */
export function collect(): { out: { log: (s: string) => void; err: (s: string) => void }; stdout: () => string; stderr: () => string } {
  const o: string[] = [];
  const e: string[] = [];
  return { out: { log: (s) => o.push(s), err: (s) => e.push(s) }, stdout: () => o.join('\n'), stderr: () => e.join('\n') };
}
