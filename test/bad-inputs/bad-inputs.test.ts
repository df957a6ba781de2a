// Each bad input gets its exact message at its exact place, and check fails (or only warns).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { describe, expect, it } from 'vitest';
import { applyCase, checkFolder, FIXTURE } from './apply.ts';
import { CASES } from './cases.ts';

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

describe('bad inputs', () => {
  it('the fixture they start from is clean', () => {
    expect(checkFolder(FIXTURE).list).toEqual([]);
  });

  for (const c of CASES)
    it(c.name, async () => {
      const dir = applyCase(c);
      try {
        const diags = checkFolder(dir);
        const hit = diags.list.find((d) => d.code === c.expect.code && (d.message === c.expect.message || (c.expect.message.endsWith(' di') && d.message.startsWith(c.expect.message))));
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
            expect(await main(['build', 'lkjip', dir, '--out', out], quiet)).toBe(1);
            expect(snapshot(out)).toEqual(before);
          } finally {
            rmSync(out, { recursive: true, force: true });
          }
        } else expect(await main(['check', dir], quiet)).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
});
