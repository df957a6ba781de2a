// `kinerja diff` copies data/ of each revision to a temporary folder: nothing of it may stay there,
// whether the diff succeeds, a revision is wrong, the data does not load, or the process is stopped.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDiff } from '../../src/cli/diff.ts';
import { KinerjaError } from '../../src/diagnostics/index.ts';
import { dataAt } from '../../src/diff/tree.ts';
import { BIN, collect, makeRepo, privateTmp, type Repo } from './repo.ts';

let repo: Repo;
let tmp: ReturnType<typeof privateTmp>;

beforeAll(() => {
  repo = makeRepo(['dinas-contoh', 'dinas-dua']);
  repo.edit('data/dinas-dua/2024/realisasi.yaml', 'nilai: 99', 'nilai: 60');
  repo.commit('realisasi turun');
});
afterAll(() => repo.remove());
beforeEach(() => {
  tmp = privateTmp();
});
afterEach(() => tmp.restore());

describe('diff leaves nothing in the temp folder', () => {
  it('after a diff of two revisions', () => {
    const c = collect();
    expect(runDiff(['HEAD~1', 'HEAD'], 'markdown', 'data', c.out, repo.dir)).toBe(0);
    expect(c.stdout()).toContain('| capaian IKU Persentase layanan tuntas | 110,00 % | 66,67 % |');
    expect(tmp.entries()).toEqual([]);
  });

  it('after a diff against the working tree', () => {
    const c = collect();
    expect(runDiff([], 'json', 'data', c.out, repo.dir)).toBe(0);
    expect(JSON.parse(c.stdout()).perubahan).toEqual([]);
    expect(tmp.entries()).toEqual([]);
  });

  it('when the second revision does not exist (the first was already copied)', () => {
    const c = collect();
    expect(() => runDiff(['HEAD~1', 'tidak-ada'], 'markdown', 'data', c.out, repo.dir)).toThrow(/^revisi "tidak-ada" tidak ada di repositori ini; lihat revisi yang ada dengan `git log --oneline`/);
    expect(tmp.entries()).toEqual([]);
  });

  it('when the first revision does not exist', () => {
    expect(() => runDiff(['tidak-ada'], 'markdown', 'data', collect().out, repo.dir)).toThrow(KinerjaError);
    expect(tmp.entries()).toEqual([]);
  });

  it('when the data of the working tree fails to load', () => {
    // instansi.yaml a folder: reading it fails with EISDIR while HEAD's copy exists.
    const broken = join(repo.dir, 'data', 'dinas-tiga');
    mkdirSync(join(broken, 'instansi.yaml'), { recursive: true });
    try {
      // The loader reports it as an error of that instansi (or, where it cannot, diff names the
      // side and the instansi): either way exit 1, and HEAD's copy is gone.
      const c = collect();
      let code: number;
      try {
        code = runDiff([], 'markdown', 'data', c.out, repo.dir);
      } catch (e) {
        expect((e as Error).message).toMatch(/^data sesudah instansi dinas-tiga tidak dapat dibaca: EISDIR/);
        code = 1;
      }
      expect(code).toBe(1);
      if (c.stderr()) expect(c.stderr()).toContain('galat: data sesudah (berkas kerja) instansi dinas-tiga belum lolos kinerja check');
      expect(tmp.entries()).toEqual([]);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('when a checkout fails half-way, dataAt removes its own copy', () => {
    // A data folder path git cannot list: ls-tree fails after the temporary folder is made.
    expect(() => dataAt(repo.dir, 'HEAD', ':(bogus)data')).toThrow(/^git gagal: git ls-tree .* berakhir dengan kode 128: fatal: /);
    expect(tmp.entries()).toEqual([]);
  });

  it('a checkout removed twice is no error, and remove of the working tree does nothing', () => {
    const c = dataAt(repo.dir, 'HEAD');
    expect(readdirSync(c.dir).sort()).toEqual(['dinas-contoh', 'dinas-dua']);
    c.remove();
    c.remove();
    expect(tmp.entries()).toEqual([]);
    const w = dataAt(repo.dir, undefined);
    w.remove();
    expect(readdirSync(w.dir).sort()).toEqual(['dinas-contoh', 'dinas-dua']);
  });
});

describe('the CLI process', () => {
  /** `node bin/kinerja.mjs diff …` in `cwd`, with the private TMPDIR; resolves when it ends. */
  function start(args: string[], cwd: string, onTmpEntry?: (kill: () => void, pid: number) => void, detached = false) {
    // detached: a process group of its own, as a terminal's foreground job, for a group signal.
    const child = spawn(process.execPath, [BIN, 'diff', ...args], { cwd, detached, env: { ...process.env, TMPDIR: tmp.dir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let seen = false;
    const poll = onTmpEntry
      ? setInterval(() => {
          if (!seen && readdirSync(tmp.dir).some((e) => e.startsWith('kinerja-diff-'))) {
            seen = true;
            onTmpEntry(() => child.kill('SIGTERM'), child.pid!);
          }
        }, 1)
      : undefined;
    return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; seen: boolean }>((resolve) =>
      child.on('close', (code, signal) => {
        clearInterval(poll);
        resolve({ code, signal, stdout, stderr, seen });
      }),
    );
  }

  it('a normal run empties TMPDIR', async () => {
    const r = await start(['HEAD~1', 'HEAD'], repo.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('### Dinas Contoh Kabupaten Uji — 2024');
    expect(tmp.entries()).toEqual([]);
  });

  it('a failed run (a wrong second revision) empties TMPDIR', async () => {
    const r = await start(['HEAD', 'cabang-tak-ada'], repo.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('galat: revisi "cabang-tak-ada" tidak ada di repositori ini');
    expect(tmp.entries()).toEqual([]);
  });

  it('SIGTERM while it runs: the checkouts go', async () => {
    // Enough instansi that the diff runs a while after its first checkout is made.
    const big = makeRepo(Array.from({ length: 24 }, (_, i) => `dinas-${String(i).padStart(2, '0')}`), join(tmp.dir, '..'));
    try {
      for (let i = 0; i < 24; i++) big.edit(`data/dinas-${String(i).padStart(2, '0')}/2024/realisasi.yaml`, 'nilai: 99', 'nilai: 70');
      big.commit('realisasi turun');
      const r = await start(['HEAD~1', 'HEAD'], big.dir, (kill) => kill());
      expect(r.seen, 'the checkout was never seen in TMPDIR').toBe(true);
      // Never killed outright (that would skip every cleanup). The diff is synchronous: node
      // handles the signal once it returns, cleaning up and exiting 143; or the run ends first
      // and the signal is lost with nothing to clean. Either way the copies are gone.
      expect(r.signal).toBeNull();
      expect([0, 143]).toContain(r.code);
      if (r.code === 143) expect(r.stderr).toContain('dihentikan (SIGTERM); membersihkan…');
      expect(tmp.entries()).toEqual([]);
    } finally {
      big.remove();
    }
  });

  it('Ctrl-C (SIGINT to the whole process group, git included) while it runs: the checkouts go', async () => {
    const big = makeRepo(Array.from({ length: 24 }, (_, i) => `dinas-${String(i).padStart(2, '0')}`), join(tmp.dir, '..'));
    try {
      for (let i = 0; i < 24; i++) big.edit(`data/dinas-${String(i).padStart(2, '0')}/2024/realisasi.yaml`, 'nilai: 99', 'nilai: 70');
      big.commit('realisasi turun');
      const r = await start(['HEAD~1', 'HEAD'], big.dir, (_kill, pid) => process.kill(-pid, 'SIGINT'), true);
      expect(r.seen, 'the checkout was never seen in TMPDIR').toBe(true);
      expect(r.signal).toBeNull();
      // A git call cut by the signal is an error that says so; otherwise as for SIGTERM.
      expect([0, 1, 130]).toContain(r.code);
      if (r.code === 1) expect(r.stderr).toMatch(/galat: git gagal: git .* dihentikan oleh sinyal SIGINT/);
      expect(tmp.entries()).toEqual([]);
    } finally {
      big.remove();
    }
  });
});
