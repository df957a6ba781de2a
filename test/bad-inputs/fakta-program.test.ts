// A program target against its kegiatan's where the indicator adds up (issue 14, deliverable 5):
// the mistakes through the bad-input harness, and the same data written right stays silent.
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCase, checkFolder } from './apply.ts';
import { FAKTA_PROGRAM, KEGIATAN, PROGRAM } from './fakta-program-cases.ts';
import { describeCases } from './harness.ts';

describeCases('program targets against their kegiatan', FAKTA_PROGRAM);

const codes = (edit: [string, string], also = KEGIATAN('Dokumen', 12)) => {
  const dir = applyCase({ name: 'benar', file: 'renstra.yaml', edit, also, expect: { code: '', message: '', line: 0, col: 0 } });
  try {
    return checkFolder(dir).list.filter((d) => /agregasi|program-kegiatan/.test(d.code)).map((d) => `${d.code} ${d.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('program targets that add up stay silent', () => {
  it('the sum equal (satuan compared without case), the mean equal, no agregasi at all', () => {
    expect(codes(PROGRAM('jumlah', 12), KEGIATAN('dokumen', 12))).toEqual([]);
    expect(codes(PROGRAM('rata-rata', 12))).toEqual([]);
    const tanpa = PROGRAM('jumlah', 20);
    expect(codes([tanpa[0], tanpa[1].replace('        agregasi: jumlah\n', '')])).toEqual([]);
  });

  it('a mean that differs is an error too', () => {
    expect(codes(PROGRAM('rata-rata', 11))).toEqual(['aturan/target-program-kegiatan target 2024 indikator program `ikp-dokumen` adalah 11 Dokumen, sedangkan rata-rata target kegiatannya 12']);
  });
});
