// Typed facts checked (issue 14: labels, scales, PK Perubahan, bound reasons, target akhir),
// through the bad-input harness; and the default scales pass the same scale rule.
import { readFileSync, rmSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import type { SkalaPita } from '../../src/model/input.ts';
import { checkSkalaBands } from '../../src/validate/rules/skala.ts';
import { applyCase, checkFolder } from './apply.ts';
import { FAKTA } from './fakta-cases.ts';
import { describeCases } from './harness.ts';

describeCases('typed facts checked', FAKTA);

describe('years in narrative that stay silent', () => {
  it('a cited regulation, the year before, the Renstra period, a helper call', () => {
    const dir = applyCase({
      name: 'tahun yang sah',
      file: '2024/narasi/ringkasan-eksekutif.md',
      edit: ['{{capaian_rata_rata}}.', '{{capaian_rata_rata}}.\n\nSesuai Peraturan Menteri Nomor 53 Tahun 2014, capaian tahun 2023 dan target 2026 dibandingkan; LHE {{nilai_lhe 2023}}. Tahun Anggaran 2024 ditutup.'],
      expect: { code: '', message: '', line: 0, col: 0 },
    });
    try {
      expect(checkFolder(dir).list.filter((d) => d.code.startsWith('teks/tahun'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('default scales', () => {
  it('every band reachable, one label each, a last band for the rest', () => {
    const scales = parse(readFileSync('src/model/skala-bawaan.yaml', 'utf8')) as Record<string, SkalaPita[]>;
    const diags = new Diagnostics();
    for (const [nama, pita] of Object.entries(scales)) checkSkalaBands(nama, pita, diags, () => undefined);
    expect(diags.list).toEqual([]);
    expect(Object.keys(scales).length).toBeGreaterThan(1);
  });
});
