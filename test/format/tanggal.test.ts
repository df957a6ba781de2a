// Dates by Intl.DateTimeFormat('id-ID'), adopted because it writes exactly what the documents
// printed by hand: pinned over every month, both styles (with and without the day), the first,
// tenth and last day of each month and years across 1–9999, against the hand-written form that
// remains for a runtime without Indonesian.
import { describe, expect, it } from 'vitest';
import { formatTanggal, formatTempatTanggal, INTL_ID, tanggalTanpaIntl } from '../../src/format/index.ts';

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const iso = (y: number, m: number, d?: number) => [String(y).padStart(4, '0'), String(m).padStart(2, '0'), ...(d ? [String(d).padStart(2, '0')] : [])].join('-');
const hariTerakhir = (y: number, m: number) => {
  const t = new Date(0);
  t.setUTCFullYear(y, m, 0);
  return t.getUTCDate();
};
const tahun = [1, 9, 99, 100, 999, 1000, 1945, 1999, 2000, 2024, 2025, 2100, 9999, ...Array.from({ length: 60 }, (_, i) => 1990 + i)];

describe('formatTanggal by Intl.DateTimeFormat(id-ID)', () => {
  it('this Node has Indonesian, so Intl writes the dates', () => {
    expect(INTL_ID).toBe(true);
  });

  it('writes every month, both styles, as the hand-written form does', () => {
    let n = 0;
    for (const y of tahun)
      for (let m = 1; m <= 12; m++) {
        expect(formatTanggal(iso(y, m))).toBe(`${BULAN[m - 1]} ${y}`);
        expect(formatTanggal(iso(y, m))).toBe(tanggalTanpaIntl(y, m));
        for (const d of [1, 9, 10, 28, hariTerakhir(y, m)]) {
          expect(formatTanggal(iso(y, m, d))).toBe(`${d} ${BULAN[m - 1]} ${y}`);
          expect(formatTanggal(iso(y, m, d))).toBe(tanggalTanpaIntl(y, m, d));
          n++;
        }
      }
    expect(n).toBe(tahun.length * 12 * 5);
  });

  it('a day is a calendar day: no time zone moves it', () => {
    expect(formatTanggal('2024-12-31')).toBe('31 Desember 2024');
    expect(formatTanggal('2025-01-01')).toBe('1 Januari 2025');
    expect(formatTanggal('2024-02-29')).toBe('29 Februari 2024');
  });

  it('a day the calendar lacks is written as given, not rolled into the next month', () => {
    expect(formatTanggal('2025-02-30')).toBe('30 Februari 2025');
  });

  it('the place and date above a signature', () => {
    expect(formatTempatTanggal('Tana Paser', '2025-02-28', 2025)).toBe('Tana Paser, 28 Februari 2025');
    expect(formatTempatTanggal('Tana Paser', undefined, 2025)).toBe('Tana Paser, ………………… 2025');
  });
});
