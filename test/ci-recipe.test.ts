// The CI recipe calls only this project's own, tested commands, in the order a reviewer needs.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

describe('GitHub Actions workflow', () => {
  it('checks, builds every document as artifacts, and comments the figure diff on pull requests', () => {
    const wf = parse(readFileSync('.github/workflows/kinerja.yml', 'utf8'));
    const steps = wf.jobs.dokumen.steps as { run?: string; uses?: string; if?: string }[];
    const runs = steps.map((s) => s.run ?? s.uses ?? '');
    const order = ['npm run setup', 'npx kinerja check', 'npx kinerja build all', 'actions/upload-artifact', 'npx kinerja diff', 'gh pr comment'];
    const at = order.map((cmd) => runs.findIndex((r) => r.includes(cmd)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))).toMatchObject({ with: { 'fetch-depth': 0 } });
    expect(wf.permissions['pull-requests']).toBe('write');
    // the commands it calls exist in the CLI
    const usage = readFileSync('src/cli/main.ts', 'utf8');
    for (const c of ["case 'check'", "case 'build'", "case 'diff'"]) expect(usage).toContain(c);
  });
});
