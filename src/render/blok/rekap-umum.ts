// What the rekap-* blocks share (not a block itself): the rekap's model from the walk, the
// `urut:`/`kelompok:` options, and the grouped rows as the templates print them (strings only:
// every figure is formatted here, every rank computed in src/compute/rekap.ts).
import type { RekapModel, InstansiRekap, Ukuran } from '../../compute/rekap.ts';
import { susun, URUT, type Kelompok, type Urut } from '../../compute/rekap-susun.ts';
import { formatAngka, formatPersen, formatRupiah } from '../../format/index.ts';
import type { Rational } from '../../compute/rational.ts';
import type { BlokKonteks, OpsiSpec } from './types.ts';

/** A dash where the agency has nothing to show (never 0). */
export const STRIP = '–';

export function rekapDari(k: BlokKonteks): RekapModel {
  if (!k.rekap) throw new Error('blok rekap dipanggil di luar rekap');
  return k.rekap;
}

export type OpsiSusun = { judul?: string; urut?: Urut; kelompok?: Kelompok };

export const opsiUrut = (ukuran: string): OpsiSpec => ({
  jenis: 'pilihan',
  pilihan: URUT,
  keterangan: `urutan baris: \`peringkat\` (${ukuran} tertinggi dulu; nilai yang sama, dibulatkan seperti dicetak, berperingkat sama) atau \`nama\` (abjad)`,
  bawaan: '`peringkat`',
});

export const opsiKelompok = (pilihan: readonly Kelompok[], lain: string): OpsiSpec => ({
  jenis: 'pilihan',
  pilihan,
  keterangan: `pengelompokan baris: \`tidak\`, \`rumpun\` (sekretariat, inspektorat, dinas, badan, kecamatan, lainnya; dari \`rumpun:\` di instansi.yaml atau kata pertama nama)${lain}; peringkat tetap peringkat se-pemerintah daerah`,
  bawaan: '`tidak`',
});

export const persen = (r: Rational | undefined): string => (r ? formatPersen(r) : STRIP);
export const angka = (r: Rational | undefined): string => (r ? formatAngka(r, 2) : STRIP);
export const rupiah = (n: number | undefined): string => (n !== undefined && n > 0 ? formatRupiah(n) : STRIP);
export const nomorPeringkat = (i: InstansiRekap, u: Ukuran): string => (i.peringkat[u] !== undefined ? String(i.peringkat[u]) : STRIP);

/** The groups of a table, each row made by `baris`; the number of groups shown only when grouped. */
export function kelompokBaris<B>(list: readonly InstansiRekap[], u: Ukuran, o: OpsiSusun, baris: (i: InstansiRekap) => B): { judul?: string; baris: B[] }[] {
  return susun(list, u, o.urut ?? 'peringkat', o.kelompok ?? 'tidak').map((g) => ({ judul: g.judul, baris: g.instansi.map(baris) }));
}

/** "di Kabupaten Paser" for a caption, or nothing when the agencies are of several pemda. */
export const diPemda = (r: RekapModel): string => (r.pemda ? ` ${r.pemda}` : '');
