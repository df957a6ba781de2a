import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/compute/rational.ts';
import { romawi, formatAngka, formatJumlah, formatNip, formatPersen, formatRupiah, formatTanggal, namaLengkap, terbilang, terbilangRupiah } from '../../src/format/index.ts';

describe('id-ID formatting', () => {
  it('money, numbers, percentages', () => {
    expect(formatRupiah(6738935695)).toBe('Rp 6.738.935.695');
    expect(formatAngka(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatAngka(Rational.from(-1234.5), 2)).toBe('−1.234,50');
    expect(formatPersen(Rational.from(106.71))).toBe('106,71 %');
    expect(formatPersen(undefined)).toBe('belum tersedia');
  });
  it('dates, NIPs, names, counts', () => {
    expect(formatTanggal('2025-02-28')).toBe('28 Februari 2025');
    expect(formatNip('196612111986091002')).toBe('19661211 198609 1 002');
    expect(namaLengkap({ nama: 'KATSUL WIJAYA', gelar_depan: 'Drs.', gelar_belakang: 'M.Si', jabatan: 'Sekretaris Daerah' })).toBe('Drs. KATSUL WIJAYA, M.Si');
    expect(formatJumlah(3)).toBe('3 (tiga)');
  });
  it('roman numerals for front-matter pages and Rencana Aksi levels', () => {
    expect([1, 4, 9, 14, 39].map((n) => romawi(n))).toEqual(['I', 'IV', 'IX', 'XIV', 'XXXIX']);
    expect(romawi(7, true)).toBe('vii');
  });
  it('terbilang', () => {
    expect(terbilang(0)).toBe('Nol');
    expect(terbilang(11)).toBe('Sebelas');
    expect(terbilang(115)).toBe('Seratus Lima Belas');
    expect(terbilang(1000)).toBe('Seribu');
    expect(terbilang(1_001_000)).toBe('Satu Juta Seribu');
    expect(terbilangRupiah(256384931909)).toBe(
      'Dua Ratus Lima Puluh Enam Miliar Tiga Ratus Delapan Puluh Empat Juta Sembilan Ratus Tiga Puluh Satu Ribu Sembilan Ratus Sembilan Rupiah',
    );
  });
});
