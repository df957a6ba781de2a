// The `faktor` block: what it shows and needs is its spec below (also `kinerja blok faktor`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { faktorRows } from '../view.ts';

type O = { judul?: string };

export const faktor: Blok<O> = {
  nama: 'faktor',
  dokumen: ['lkjip'],
  ringkas: 'Tabel faktor penghambat dan pendukung: sub kegiatan dengan hambatan, solusi, keterangan, atau capaian di bawah target; bila tidak ada dan semua sub kegiatan terukur tercapai, satu baris yang menyatakannya; selain itu tidak dicetak.',
  butuh: '<tahun>/anggaran.yaml sub kegiatan `hambatan`, `solusi`, `keterangan`, `indikator`',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- faktor',
  view: (k, o) => {
    const faktor = faktorRows(k.m);
    // Without rows, the sentence only when the data supports it: every sub kegiatan measured and at its target.
    if (!faktor.length && !k.m.anggaran.sub.semuaTercapai) return undefined;
    return { t: judul(k, o.judul ?? 'Faktor Penghambat dan Pendukung Capaian Kinerja'), faktor, kolom: lebarKolom(faktor, k.m.anggaran.adaIndikator || !faktor.length) };
  },
};

const PROSA = ['hambatan', 'solusi', 'keterangan'] as const;
/** No prose column narrower than this (percent of the table): its header must still fit. */
const PROSA_MIN = 10;
/** Characters of a dense table's text a column holds per percent of a portrait page's width, after its padding. */
const HURUF_PER_PERSEN = 1.1;
const PADDING_PERSEN = 1.3;

/**
 * The columns' widths in percent (a fixed layout): the names and figures fixed, the three prose
 * columns sharing the rest so that no row is much taller than it need be: every split in whole
 * percents is tried, each row is as tall as its fullest cell, and the split with the least sum of
 * squared row heights wins (the square weighs one row of 30 lines over ten rows of 3). An automatic
 * layout gave the room to the names (a row 30 lines tall); a split by total text gave it all to the
 * column most rows fill and left the few long reasons in a sliver.
 */
export function lebarKolom(faktor: ReturnType<typeof faktorRows>, angka: boolean): number[] {
  const tetap = angka ? [14, 16, 10, 10] : [17, 19];
  const sisa = 100 - tetap.reduce((a, b) => a + b, 0);
  const rows = faktor.flatMap((g) => g.sub.map((s) => PROSA.map((f) => s.input[f]?.length ?? 0)));
  const lines = (n: number, w: number) => Math.ceil(n / ((w - PADDING_PERSEN) * HURUF_PER_PERSEN));
  let best = { tinggi: Infinity, lebar: [sisa / 3, sisa / 3, sisa / 3] };
  for (let a = PROSA_MIN; a <= sisa - 2 * PROSA_MIN; a++)
    for (let b = PROSA_MIN; b <= sisa - a - PROSA_MIN; b++) {
      const lebar = [a, b, sisa - a - b];
      const tinggi = rows.reduce((t, r) => t + Math.max(1, ...r.map((n, i) => lines(n, lebar[i]!))) ** 2, 0);
      // Ties go to the most even split (the one with the widest narrowest column).
      if (tinggi < best.tinggi || (tinggi === best.tinggi && Math.min(...lebar) > Math.min(...best.lebar))) best = { tinggi, lebar };
    }
  return [...tetap, ...best.lebar.map((w) => Math.round(w * 10) / 10)];
}
