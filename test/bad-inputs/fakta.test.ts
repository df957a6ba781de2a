// Typed facts checked (issue 14: labels, scales, PK Perubahan, bound reasons, target akhir),
// through the bad-input harness; and the default scales pass the same scale rule.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import type { SkalaPita } from '../../src/model/input.ts';
import { checkSkalaBands } from '../../src/validate/rules/skala.ts';
import { FAKTA } from './fakta-cases.ts';
import { describeCases } from './harness.ts';

describeCases('typed facts checked', FAKTA);

describe('default scales', () => {
  it('every band reachable, one label each, a last band for the rest', () => {
    const scales = parse(readFileSync('src/model/skala-bawaan.yaml', 'utf8')) as Record<string, SkalaPita[]>;
    const diags = new Diagnostics();
    for (const [nama, pita] of Object.entries(scales)) checkSkalaBands(nama, pita, diags, () => undefined);
    expect(diags.list).toEqual([]);
    expect(Object.keys(scales).length).toBeGreaterThan(1);
  });
});
