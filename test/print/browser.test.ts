// A browser that is not one: a folder, a file that cannot run, a program that is no browser, one
// that never answers. Each is a clear message, the launch is bounded, and nothing is left
// running or lying in the temporary folder. Bounds from the environment are validated.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { boundMs } from '../../src/print/limits.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-peramban-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Builds the fixture with `env` set, in a private TMPDIR; the exit code, what was said, what was left. */
async function buildWith(env: Record<string, string>): Promise<{ code: number; said: string; left: string[] }> {
  const temp = mkdtempSync(join(dir, 'tmp-'));
  const saved = { ...process.env };
  Object.assign(process.env, env, { TMPDIR: temp });
  const said: string[] = [];
  try {
    const code = await main(['build', 'lkjip', 'test/fixtures/minimal', '--out', join(dir, 'out')], { log: () => undefined, err: (s) => said.push(s) });
    return { code, said: said.join('\n'), left: readdirSync(temp) };
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

const script = (name: string, body: string) => {
  const p = join(dir, name);
  writeFileSync(p, `#!/bin/sh\n${body}\n`);
  chmodSync(p, 0o755);
  return p;
};
const running = (pattern: string) => {
  try {
    return execFileSync('pgrep', ['-f', pattern], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

describe('a browser that is not one', () => {
  it('a folder', async () => {
    const folder = join(dir, 'folder-peramban');
    mkdirSync(folder);
    const r = await buildWith({ PUPPETEER_EXECUTABLE_PATH: folder });
    expect(r.code).toBe(1);
    expect(r.said).toContain(`galat: peramban "${folder}" bukan berkas program (sebuah folder)`);
    expect(r.said).not.toMatch(/tak terduga|at .*\.ts:/);
    expect(r.left).toEqual([]);
  });

  it('a file that may not run', async () => {
    const p = join(dir, 'bukan-program');
    writeFileSync(p, 'teks biasa');
    chmodSync(p, 0o644);
    const r = await buildWith({ PUPPETEER_EXECUTABLE_PATH: p });
    expect(r.code).toBe(1);
    expect(r.said).toContain(`galat: peramban "${p}" tidak dapat dijalankan (tidak ada izin eksekusi)`);
    expect(r.left).toEqual([]);
  });

  it('a path that does not exist is said, not replaced by another browser', async () => {
    const p = join(dir, 'tidak-ada', 'chrome');
    const r = await buildWith({ PUPPETEER_EXECUTABLE_PATH: p });
    expect(r.code).toBe(1);
    expect(r.said).toContain(`galat: peramban "${p}" tidak ada`);
  });

  it('a program that is no browser ends at once, with what it said', async () => {
    const p = script('bukan-peramban', 'echo "saya bukan peramban" >&2; exit 3');
    const r = await buildWith({ PUPPETEER_EXECUTABLE_PATH: p });
    expect(r.code).toBe(1);
    expect(r.said).toContain(`galat: peramban "${p}" berhenti saat dijalankan (kode 3)`);
    expect(r.said).toContain('saya bukan peramban');
    expect(r.left).toEqual([]);
  });

  it('a browser that never answers is stopped at the launch bound, with every process it started', async () => {
    const p = script('diam', 'sleep 301 &\nsleep 302');
    const t0 = Date.now();
    const r = await buildWith({ PUPPETEER_EXECUTABLE_PATH: p, KINERJA_BATAS_PELUNCURAN_MS: '1500' });
    expect(r.code).toBe(1);
    expect(r.said).toContain(`galat: peramban "${p}" tidak menjawab dalam 2 detik; prosesnya dihentikan`);
    expect(Date.now() - t0).toBeLessThan(20_000);
    for (let i = 0; i < 40 && running('sleep 30[12]'); i++) await new Promise((res) => setTimeout(res, 50));
    expect(running('sleep 30[12]')).toBe('');
    expect(r.left).toEqual([]);
  });
});

describe('bounds from the environment', () => {
  for (const bad of ['abc', '0x10', '-5', '1.5', '10', '1e9', '99999999999'])
    it(`KINERJA_BATAS_WAKTU_MS=${bad} is an error`, async () => {
      expect(() => boundMs('KINERJA_BATAS_WAKTU_MS', 300_000, { KINERJA_BATAS_WAKTU_MS: bad })).toThrow(
        `KINERJA_BATAS_WAKTU_MS harus bilangan bulat milidetik antara 1000 dan 86400000: tertulis "${bad}"`,
      );
    });

  it('a bad bound stops the build with that message, before anything is printed', async () => {
    const r = await buildWith({ KINERJA_BATAS_WAKTU_MS: 'abc' });
    expect(r.code).toBe(1);
    expect(r.said).toContain('galat: KINERJA_BATAS_WAKTU_MS harus bilangan bulat milidetik antara 1000 dan 86400000: tertulis "abc"');
    expect(r.said).not.toContain('NaN');
    expect(r.left).toEqual([]);
  });

  it('unset or blank gives the default; a good value is taken', () => {
    expect(boundMs('X', 300_000, {})).toBe(300_000);
    expect(boundMs('X', 300_000, { X: ' ' })).toBe(300_000);
    expect(boundMs('X', 300_000, { X: '45000' })).toBe(45_000);
  });
});
