// Faults: a browser that dies or hangs mid-print is replaced once, then reported; an interrupt
// leaves no Chromium and no temporary file behind.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alive } from '../processes.ts';
import { KinerjaError } from '../../src/diagnostics/index.ts';
import { Printer } from '../../src/print/index.ts';
import { readPdf } from '../pdf-text.ts';

/** Chromium processes under `root` (the build's own helpers, such as esbuild's, are not counted). */
const chromiumUnder = (root: number): number[] => {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,comm='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .map(([pid, ppid, comm]) => ({ pid: Number(pid), ppid: Number(ppid), comm: comm ?? '' }));
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    for (const r of rows) if (r.ppid === p) (stack.push(r.pid), /chrom/i.test(r.comm) && out.push(r.pid));
  }
  return out;
};
const long = `<!doctype html><html><body>${'<p>baris laporan kinerja</p>'.repeat(4000)}</body></html>`;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('faults', () => {
  it('a browser killed during a print is replaced and the print completes', async () => {
    const printer = new Printer();
    try {
      const job = printer.print(long, new Map());
      let pid: number | undefined;
      for (let i = 0; i < 100 && !pid; i++) (pid = await printer.pid()) ?? (await new Promise((r) => setTimeout(r, 50)));
      expect(pid).toBeDefined();
      process.kill(pid!, 'SIGKILL');
      const pdf = await readPdf(await job);
      expect(pdf.pages[0]).toContain('baris laporan kinerja');
      expect(alive(pid!)).toBe(false);
    } finally {
      await printer.dispose();
    }
  });

  it('a print that hangs is bounded, retried once, then reported; no browser is left', async () => {
    const printer = new Printer();
    const pids: number[] = [];
    // Scripts never run in a printed page, so the hang is the browser's own: each one started is
    // stopped (SIGSTOP) as soon as it is seen, and answers nothing from then on.
    const watch = setInterval(async () => {
      const p = await printer.pid();
      if (p && !pids.includes(p)) (pids.push(p), process.kill(p, 'SIGSTOP'));
    }, 20);
    try {
      const t0 = Date.now();
      const err = await printer.print(long, new Map(), { timeoutMs: 1500 }).catch((e) => e);
      expect(err).toBeInstanceOf(KinerjaError);
      expect(err.message).toBe('Chromium gagal mencetak dua kali (tidak selesai dalam 2 detik); tidak ada berkas yang ditulis');
      expect(Date.now() - t0).toBeLessThan(30_000);
    } finally {
      clearInterval(watch);
      await printer.dispose();
    }
    expect(pids.length).toBe(2);
    for (const p of pids) expect(alive(p)).toBe(false);
  });

  it('Ctrl-C during a build leaves no Chromium and no temporary file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kinerja-sigint-'));
    dirs.push(out);
    const child = spawn(process.execPath, ['bin/kinerja.mjs', 'build', 'lkjip', 'data/setda-paser', '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let seen: number[] = [];
    for (let i = 0; i < 200 && seen.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      seen = chromiumUnder(child.pid!);
    }
    expect(seen.length).toBeGreaterThan(0); // Chromium is running under the build
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGINT');
    });
    expect(code).toBe(130);
    // Chromium's helper processes end with their browser; give them a moment, not forever.
    for (let i = 0; i < 60 && seen.some(alive); i++) await new Promise((r) => setTimeout(r, 50));
    for (const p of seen) expect(alive(p), `proses ${p}`).toBe(false);
    const left = readdirSync(out, { recursive: true }).map(String);
    expect(left.filter((f) => f.includes('.kinerja-tmp-'))).toEqual([]);
    expect(left.filter((f) => f.endsWith('.pdf'))).toEqual([]);
  }, 60_000);
});
