// The rekap's two charts (not a block itself; rekap-grafik-capaian and rekap-grafik-akip use it):
// horizontal bars per agency in rank order, drawn by the LKjIP's chart machinery (charts.ts), one
// figure per at most BATANG_PER_GAMBAR agencies so that a pemda of 40 never draws a figure taller
// than its page, and never shrinks its lettering under 8 pt.
import type { Rational } from '../../compute/rational.ts';
import type { InstansiRekap, Ukuran } from '../../compute/rekap.ts';
import { urutkan, type Urut } from '../../compute/rekap-susun.ts';
import { formatAngka } from '../../format/index.ts';
import { barChart } from '../charts.ts';
import type { BlokKonteks } from './types.ts';

/** Bars of one landscape figure: 12 groups of two-line labels are about 460 pt, caption and source included. */
export const BATANG_PER_GAMBAR = 12;

/**
 * Agencies' names are long ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"): a label
 * column of 230 pt, lines of 46 characters. The chart is then 230 + 215 + 70 = 515 units wide,
 * printed 181,7 mm wide on the landscape page (templates/rekap/layout.hbs) so one unit is one point.
 */
export const LEBAR_LABEL = 230;

export interface GambarRekap {
  nomor?: string;
  id: string;
  judul: string;
  svg: string;
}

export function gambarRekap(
  k: BlokKonteks,
  list: readonly InstansiRekap[],
  u: Ukuran,
  opts: { judul: string; seri: string; urut: Urut; garis: number; satuanGaris: string; nilai: (i: InstansiRekap) => Rational | undefined },
): { gambar: GambarRekap[]; tanpa: number } {
  const ada = urutkan(list.filter((i) => opts.nilai(i)), u, opts.urut);
  const potong: InstansiRekap[][] = [];
  for (let s = 0; s < ada.length; s += BATANG_PER_GAMBAR) potong.push(ada.slice(s, s + BATANG_PER_GAMBAR));
  const gambar = potong.map((bagian, b) => {
    const judul = potong.length > 1 ? `${opts.judul} (bagian ${b + 1} dari ${potong.length})` : opts.judul;
    const svg = barChart({
      bars: bagian.map((i) => ({ label: i.label, values: [opts.nilai(i)] })),
      series: [opts.seri],
      format: (v) => formatAngka(v, 2),
      reference: opts.garis,
      unit: opts.satuanGaris,
      lewatiGaris: true,
      lebarLabel: LEBAR_LABEL,
    });
    return { ...k.gambar(judul), judul, svg };
  });
  return { gambar, tanpa: list.length - ada.length };
}
