// A program target against its kegiatan's where the indicator adds up (issue 14, deliverable 5):
// the mistakes through the bad-input harness, and the same data written right stays silent.
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCase, checkFolder } from './apply.ts';
import { FAKTA_PROGRAM, KEGIATAN, PROGRAM } from './fakta-program-cases.ts';
import { describeCases } from './harness.ts';
import { namaNomenklatur } from '../../src/validate/rules/nomenklatur.ts';

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

describe('names against the nomenclature that stay silent', () => {
  const nama = (edit: [string, string]) => {
    const dir = applyCase({ name: 'benar', file: '2024/anggaran.yaml', edit, expect: { code: '', message: '', line: 0, col: 0 } });
    try {
      return checkFolder(dir).list.filter((d) => d.code === 'aturan/nomenklatur-nama');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('the nomenclature’s name in other case and spacing, and a kode the list does not hold', () => {
    expect(nama(['        nama: Kegiatan Satu\n', '        kode: 2.16.01.2.02\n        nama: administrasi keuangan  perangkat daerah\n'])).toEqual([]);
    expect(nama(['        nama: Kegiatan Satu\n', '        kode: 2.16.01.2.99\n        nama: Kegiatan Satu\n'])).toEqual([]);
  });

  it('the penunjang program is the same in every urusan; a province reads Provinsi', () => {
    expect(namaNomenklatur('4.01.01', false)).toBe('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota');
    expect(namaNomenklatur('2.16.01.2.08.0002', false)).toBe('Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik');
    expect(namaNomenklatur('2.16.02.2.01', true)).toBe('Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Provinsi');
    expect(namaNomenklatur('9.99.99', false)).toBeUndefined();
  });
});
