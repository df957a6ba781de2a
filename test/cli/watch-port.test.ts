// `kinerja watch --port`: a bad port is a clear error before anything starts, a busy port moves
// on to the next free one and says so, and Ctrl-C ends the preview through the cleanup registry.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parsePort, startWatch } from '../../src/watch/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-watch-port-'));
const folder = join(dir, 'dinas');
cpSync('test/fixtures/minimal', folder, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const log: string[] = [];
  const err: string[] = [];
  const code = await main(args, { log: (s) => log.push(s), err: (s) => err.push(s) });
  return { code, log: log.join('\n'), err: err.join('\n') };
}

/** A port held by another program (a plain TCP listener), on `port` or any free one. */
async function occupy(port = 0): Promise<{ server: Server; port: number }> {
  const server = createServer((s) => s.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { server, port: (server.address() as { port: number }).port };
}
const release = (s: Server) => new Promise((r) => s.close(r));

describe('kinerja watch --port', () => {
  const bad: [string[], RegExp][] = [
    [['--port', 'abc'], /^galat: --port tidak sah: tertulis "abc"; tulis bilangan bulat 1–65535, misalnya --port 4321$/],
    [['--port', '0x10'], /tertulis "0x10"/],
    [['--port', '99999'], /tertulis "99999"/],
    [['--port', '65536'], /tertulis "65536"/],
    [['--port', '0'], /tertulis "0"/],
    [['--port', '-1'], /tertulis "-1"/],
    [['--port', '1e3'], /tertulis "1e3"/],
    [['--port', '4321.0'], /tertulis "4321.0"/],
    [['--port', ' 80'], /tertulis " 80"/],
    [['--port', '٤٣٢١'], /tertulis "٤٣٢١"/], // Arabic-Indic digits
    [['--port', '4321\u001b[2J'], /tertulis "4321\\u001b\[2J"/], // no terminal escape reaches the terminal
    [['--port', 'Infinity'], /tertulis "Infinity"/],
    [['--port=abc'], /tertulis "abc"/],
    [['--port='], /^galat: --port perlu nomor port: tulis bilangan bulat 1–65535/],
    [['--port'], /^galat: --port perlu nomor port: tulis bilangan bulat 1–65535, misalnya --port 4321$/],
    [['--port', '--dokumen', 'pk'], /^galat: --port perlu nomor port/],
  ];
  for (const [flags, message] of bad)
    it(`refuses ${JSON.stringify(flags.join(' '))} with exit 2 (a usage mistake) and an Indonesian message`, async () => {
      const r = await run(['watch', folder, ...flags]);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')[0]).toMatch(message); // then the command's help
      expect(r.err).not.toContain('galat tak terduga');
      expect(r.log).toBe('');
    });

  it('takes every port 1–65535 written in decimal digits', () => {
    expect([parsePort('1'), parsePort('80'), parsePort('4321'), parsePort('065535'.slice(1))]).toEqual([1, 80, 4321, 65535]);
  });

  it('moves on from a busy port and says which one it took', async () => {
    const held = await occupy();
    try {
      const w = await startWatch({ folder, dokumen: 'lkjip', port: held.port, log: () => undefined });
      try {
        expect(w.port).toBeGreaterThan(held.port);
        expect(w.port).toBeLessThanOrEqual(held.port + 20);
        expect(w.note).toBe(`port ${held.port} sedang dipakai program lain; pratinjau memakai port ${w.port} (pilih sendiri dengan --port)`);
        expect(w.url).toBe(`http://127.0.0.1:${w.port}/`);
        expect(await (await fetch(w.url)).text()).toContain('pratinjau kinerja');
      } finally {
        await w.close();
      }
    } finally {
      await release(held.server);
    }
  });

  it('moves on from a busy port the author named too, and says that it did', async () => {
    const held = await occupy();
    try {
      const r = await startWatch({ folder, dokumen: 'pk', port: held.port, portDiminta: true, log: () => undefined });
      try {
        expect(r.note).toBe(`port ${held.port} yang diminta dengan --port sedang dipakai program lain; pratinjau memakai port ${r.port}`);
        expect((await fetch(r.url)).status).toBe(200);
      } finally {
        await r.close();
      }
    } finally {
      await release(held.server);
    }
  });

  it('stops with a clear message when no port up to 65535 is free', async () => {
    const held = await occupy(65535).catch(() => undefined); // already held by someone: as good
    try {
      await expect(startWatch({ folder, dokumen: 'lkjip', port: 65535, log: () => undefined })).rejects.toThrow('port 65535–65535 semuanya sedang dipakai program lain; pilih port lain dengan --port');
    } finally {
      if (held) await release(held.server);
    }
  });

  it('from the command line: says the port it took, serves, and Ctrl-C closes it with exit 130', async () => {
    const held = await occupy();
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', "const { main } = await import('./src/cli/main.ts'); process.exitCode = await main(JSON.parse(process.env.KINERJA_ARGS));"], {
      env: { ...process.env, KINERJA_ARGS: JSON.stringify(['watch', folder, '--port', String(held.port)]) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c));
      child.stderr.on('data', (c: Buffer) => (stderr += c));
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      const t0 = Date.now();
      while (!/http:\/\/127\.0\.0\.1:\d+\//.test(stdout)) {
        if (Date.now() - t0 > 30_000) throw new Error(`watch did not start: ${stdout} ${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const url = stdout.match(/http:\/\/127\.0\.0\.1:\d+\//)![0];
      expect(url).not.toBe(`http://127.0.0.1:${held.port}/`);
      expect(stdout).toContain(`port ${held.port} yang diminta dengan --port sedang dipakai program lain; pratinjau memakai port ${new URL(url).port}`);
      expect(stdout).toContain(`pratinjau lkjip ${folder}: ${url}  (Ctrl-C untuk berhenti)`);
      expect((await fetch(url)).status).toBe(200);

      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(stderr).toContain('dihentikan (SIGINT)');
      await expect(fetch(url)).rejects.toThrow(); // the port is free again
    } finally {
      child.kill('SIGKILL');
      await release(held.server);
    }
  }, 60_000);
});
