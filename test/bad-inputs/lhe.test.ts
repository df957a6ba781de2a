// A realisasi from the LHE total: the located messages, and the correct data that stays silent.
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCase, checkFolder } from './apply.ts';
import type { BadCase } from './cases.ts';
import { describeCases } from './harness.ts';
import { AKIP, evaluasi, LHE } from './lhe-cases.ts';

describeCases('realisasi from the LHE total', LHE);

/** The diagnostics of the fixture with these edits (no expectation: the test says what it wants). */
function diagnostics(c: Omit<BadCase, 'expect'>) {
  const dir = applyCase({ ...c, expect: { code: '', message: '', line: 0, col: 0 } });
  try {
    return checkFolder(dir).list.map((d) => `${d.code} ${d.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('realisasi and the LHE that stay silent', () => {
  it('dari: nilai-lhe with every component of the year', () => {
    expect(diagnostics({ name: 'dari lengkap', file: '2024/realisasi.yaml', edit: ['    nilai: 99', '    dari: nilai-lhe'], also: [AKIP, evaluasi()] })).toEqual([]);
  });
  it('dari: nilai-lhe with tahun_data of a complete year', () => {
    const tahunLalu = { name: 'dari 2023', file: '2024/realisasi.yaml', edit: ['    nilai: 99', '    dari: nilai-lhe\n    tahun_data: 2023'] as [string, string] };
    expect(diagnostics({ ...tahunLalu, also: [AKIP, evaluasi(true)] })).toEqual([]);
  });
  it('a number typed for an indicator on another scale, or without one', () => {
    expect(diagnostics({ name: 'tanpa skala', file: '2024/realisasi.yaml', edit: ['    nilai: 99', '    nilai: 72.2'], also: evaluasi() })).toEqual([]);
  });
  it('a number typed where the LHE of its year is partial: nothing to compare with', () => {
    expect(diagnostics({ name: 'sebagian', file: '2024/realisasi.yaml', edit: ['    nilai: 99', '    nilai: 72.2'], also: [AKIP, evaluasi(true)] })).toEqual([]);
  });
});
