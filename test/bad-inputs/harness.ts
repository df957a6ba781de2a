// The harness of the bad-input corpora. Each bad input gets its exact message at its exact place, and check fails (or only warns).
// A failed build exits 1, leaves the output folder as it was, leaves nothing in its temporary
// folder (a private TMPDIR for each build) and makes no connection (a listener on 127.0.0.1,
// which hostile cases point their URLs at, counts every attempt).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCase, checkFolder, FIXTURE, LISTENER, withPort } from './apply.ts';
import type { BadCase } from './cases.ts';

const quiet = { log: () => undefined, err: () => undefined };

/** Every file under `dir` with its bytes, to prove a failed build touched nothing. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const f = join(e.parentPath, e.name);
        return [f, readFileSync(f).toString('base64')];
      }),
  );
}

let connections = 0;
const listener = createServer((socket) => {
  connections++;
  socket.destroy();
});
beforeAll(() => new Promise<void>((r) => listener.listen(LISTENER.port, '127.0.0.1', r)));
afterAll(() => new Promise((r) => listener.close(r)));

/** Runs `fn` with a fresh private TMPDIR; returns what was left in it. */
async function inPrivateTemp<T>(fn: () => Promise<T>): Promise<{ value: T; left: string[] }> {
  const temp = mkdtempSync(join(tmpdir(), 'kinerja-tmpdir-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = temp;
  try {
    const value = await fn();
    return { value, left: readdirSync(temp, { recursive: true }).map(String) };
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(temp, { recursive: true, force: true });
  }
}

/** One test per case, in a describe of its own; the listener lives as long as the file. */
export function describeCases(title: string, cases: BadCase[]): void {
  describe(title, () => {
    it('the fixture they start from is clean', () => {
      expect(checkFolder(FIXTURE).list).toEqual([]);
    });

    for (const c of cases)
      it(c.name, async () => {
        const dir = applyCase(c);
        const message = withPort(c.expect.message);
        try {
          const diags = checkFolder(dir);
          const hit = diags.list.find((d) => d.code === c.expect.code && (d.message === message || (message.endsWith(' di') && d.message.startsWith(message))));
          expect(hit, `ditemukan:\n${diags.list.map((d) => `${d.code} ${d.message}`).join('\n')}`).toBeDefined();
          expect(hit!.severity).toBe(c.expect.severity ?? 'galat');
          expect({ file: hit!.at?.file, line: hit!.at?.line, col: hit!.at?.col }).toEqual({ file: c.file, line: c.expect.line, col: c.expect.col });
          if (c.expect.hint) expect(hit!.hint).toBe(c.expect.hint);
          if (c.expect.also) expect(hit!.also).toEqual(c.expect.also);
          const isError = (c.expect.severity ?? 'galat') === 'galat';
          expect(diags.hasErrors).toBe(isError);
          if (isError) {
            // The build refuses, exits 1, and the last good output stays byte for byte.
            const out = mkdtempSync(join(tmpdir(), 'kinerja-out-'));
            try {
              mkdirSync(join(out, 'dinas-contoh'));
              writeFileSync(join(out, 'dinas-contoh', 'lkjip-2024.pdf'), '%PDF-1.7 hasil terakhir yang baik');
              const before = snapshot(out);
              const { value: code, left } = await inPrivateTemp(() => main(['build', 'lkjip', dir, '--out', out], quiet));
              expect(code).toBe(1);
              expect(snapshot(out)).toEqual(before);
              expect(left, 'sisa di folder sementara').toEqual([]);
            } finally {
              rmSync(out, { recursive: true, force: true });
            }
          } else expect(await main(['check', dir], quiet)).toBe(0);
          expect(connections, 'sambungan ke luar').toBe(0);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
  });
}
