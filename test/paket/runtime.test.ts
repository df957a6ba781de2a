// The suite runs on the Node that package.json declares (issue 18): `npm run setup` puts a
// project-local Node first on the npm scripts' PATH where the machine's own is older.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, no types
import { satisfies } from '../../scripts/setup.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };

describe('runtime', () => {
  it('declares Node 22 LTS or later', () => {
    expect(pkg.engines.node).toMatch(/^>=\s*(2[2-9]|[3-9]\d)\./);
  });

  it('runs the tests on the declared Node', () => {
    console.log(`Node di dalam vitest: ${process.version} (${process.execPath})`);
    expect(satisfies(process.version, pkg.engines.node)).toBe(true);
  });

  it('reads the ranges package.json uses', () => {
    expect(satisfies('v20.20.2', '>=22.12.0')).toBe(false);
    expect(satisfies('v22.11.9', '>=22.12.0')).toBe(false);
    expect(satisfies('v22.12.0', '>=22.12.0')).toBe(true);
    expect(satisfies('v24.1.0', '>=22.12.0')).toBe(true);
    expect(satisfies('v20.18.1', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('v20.19.0', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('v21.7.0', '^20.19.0 || >=22.12.0')).toBe(false);
  });
});
