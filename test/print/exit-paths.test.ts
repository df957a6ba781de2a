// Nothing left behind on any exit path of a build: success, a data error, a failure after the
// print, a browser that keeps dying, SIGINT, SIGTERM, SIGHUP. Each run is the real CLI in its own
// process with a private TMPDIR, which must be empty afterwards, with no Chromium left running.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alive } from '../processes.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-keluar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every process whose command line names this run's private folder (Chromium's profile is there). */
const processesOf = (marker: string): number[] => {
  const rows = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).trim().split('\n');
  return rows.filter((r) => r.includes(marker)).map((r) => Number(r.trim().split(/\s+/)[0]));
};

interface Run {
  code: number | null;
  stderr: string;
  left: string[];
  leftRunning: number[];
}

/**
 * The CLI with a private TMPDIR; `signal` is sent once Chromium runs (its folder exists there);
 * `during` is called every 50 ms while the build runs.
 */
async function run(args: string[], opts: { signal?: NodeJS.Signals; during?: (temp: string) => void; deep?: boolean } = {}): Promise<Run> {
  let temp = mkdtempSync(join(dir, 'tmp-'));
  if (opts.deep) mkdirSync((temp = join(temp, 'folder-sementara-yang-sangat-dalam'.repeat(2))));
  const child = spawn(process.execPath, ['bin/kinerja.mjs', ...args], { env: { ...process.env, TMPDIR: temp }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
  let done = false;
  void exited.then(() => (done = true));
  let seen: number[] = [];
  for (let i = 0; i < 600 && !done; i++) {
    await new Promise((r) => setTimeout(r, 50));
    seen = [...new Set([...seen, ...processesOf(temp)])];
    opts.during?.(temp);
    if (opts.signal && readdirSync(temp).some((f) => f.startsWith('kinerja-chromium-')) && seen.length) {
      child.kill(opts.signal);
      break;
    }
  }
  const code = await exited;
  // Chromium's helpers end with their browser; a moment, not forever.
  for (let i = 0; i < 60 && seen.some(alive); i++) await new Promise((r) => setTimeout(r, 50));
  return { code, stderr, left: readdirSync(temp, { recursive: true }).map(String), leftRunning: [...seen, ...processesOf(temp)].filter(alive) };
}

function agency(name: string, edit?: (data: string) => void): string {
  const data = join(dir, name);
  cpSync('test/fixtures/minimal', data, { recursive: true });
  edit?.(data);
  return data;
}

describe('exit paths leave nothing behind', () => {
  it('success', async () => {
    const r = await run(['build', 'lkjip', agency('berhasil'), '--out', join(dir, 'out-berhasil')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.left).toEqual([]);
    expect(r.leftRunning).toEqual([]);
  });

  it('success in a temporary folder too deep for Chromium\'s socket', async () => {
    const r = await run(['build', 'lkjip', agency('berhasil-dalam'), '--out', join(dir, 'out-dalam')], { deep: true });
    expect(r.code, r.stderr).toBe(0);
    expect(r.left).toEqual([]);
    expect(r.leftRunning).toEqual([]);
  });

  it('a data error', async () => {
    const data = agency('galat-data', (d) => writeFileSync(join(d, '2024', 'pk.yaml'), 'target:\n  iku-satu: sembilan puluh\n'));
    const r = await run(['build', 'lkjip', data, '--out', join(dir, 'out-galat')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('belum benar; tidak ada berkas yang ditulis');
    expect(r.left).toEqual([]);
    expect(r.leftRunning).toEqual([]);
  });

  it('a failure after the print (the output folder is a file)', async () => {
    const out = join(dir, 'keluaran-berkas');
    writeFileSync(out, 'bukan folder');
    const r = await run(['build', 'lkjip', agency('gagal-tulis'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('tak terduga');
    expect(r.left).toEqual([]);
    expect(r.leftRunning).toEqual([]);
  });

  it('a browser that keeps dying', async () => {
    // Every Chromium this run starts is killed as soon as it is seen: two tries, then a message.
    const r = await run(['build', 'lkjip', agency('peramban-mati'), '--out', join(dir, 'out-mati')], {
      during: (temp) =>
        processesOf(temp).forEach((p) => {
          try {
            process.kill(p, 'SIGKILL');
          } catch {
            // Gone between the listing and the kill.
          }
        }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Chromium gagal mencetak dua kali|peramban .* berhenti/);
    expect(r.left).toEqual([]);
    expect(r.leftRunning).toEqual([]);
  });

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const)
    it(`${signal} during the build`, async () => {
      const r = await run(['build', 'lkjip', 'data/setda-paser', '--out', join(dir, `out-${signal}`)], { signal });
      expect(r.code).toBe(code);
      expect(r.stderr).toContain(`dihentikan (${signal}); membersihkan…`);
      expect(r.left).toEqual([]);
      expect(r.leftRunning).toEqual([]);
    });
});
