// Each bad input gets its exact message at its exact place, and check fails (or only warns).
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCase, checkFolder, FIXTURE } from './apply.ts';
import { CASES } from './cases.ts';

describe('bad inputs', () => {
  it('the fixture they start from is clean', () => {
    expect(checkFolder(FIXTURE).list).toEqual([]);
  });

  for (const c of CASES)
    it(c.name, () => {
      const dir = applyCase(c);
      try {
        const diags = checkFolder(dir);
        const hit = diags.list.find((d) => d.code === c.expect.code && (d.message === c.expect.message || (c.expect.message.endsWith(' di') && d.message.startsWith(c.expect.message))));
        expect(hit, `ditemukan:\n${diags.list.map((d) => `${d.code} ${d.message}`).join('\n')}`).toBeDefined();
        expect(hit!.severity).toBe(c.expect.severity ?? 'galat');
        expect({ file: hit!.at?.file, line: hit!.at?.line, col: hit!.at?.col }).toEqual({ file: c.file, line: c.expect.line, col: c.expect.col });
        if (c.expect.hint) expect(hit!.hint).toBe(c.expect.hint);
        if (c.expect.also) expect(hit!.also).toEqual(c.expect.also);
        expect(diags.hasErrors).toBe((c.expect.severity ?? 'galat') === 'galat');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
});
