// id-ID formatting of figures, money, dates, NIPs and names: the only place a figure becomes text.
// Rounding happens here and only here: half-up on the exact value, once.
import { Rational } from '../compute/rational.ts';
import type { Capaian } from '../compute/capaian.ts';
import type { NilaiHasil } from '../model/model.ts';
import type { Pejabat } from '../model/input.ts';

export { terbilang, terbilangRupiah } from './terbilang.ts';


function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** `1234567.891` → `1.234.567,89`; integers stay integers unless `decimals` is given. */
export function formatAngka(x: Rational | number, decimals?: number): string {
  const r = typeof x === 'number' ? Rational.from(x) : x;
  const places = decimals ?? (typeof x === 'number' && Number.isInteger(x) ? 0 : 2);
  const fixed = r.toFixed(places);
  const neg = fixed.startsWith('-');
  const [int, frac] = (neg ? fixed.slice(1) : fixed).split('.') as [string, string?];
  return `${neg ? '−' : ''}${groupThousands(int)}${frac ? ',' + frac : ''}`;
}

/** A measured value as typed: `117,32`, `85`, `2,75` (no padding of decimals the author did not write). */
export function formatNilaiAngka(x: Rational): string {
  const two = x.toFixed(2);
  const trimmed = two.replace(/\.?0+$/, '');
  return formatAngka(x, trimmed.includes('.') ? trimmed.split('.')[1]!.length : 0);
}

/** `BB (71)` for a predikat value, `117,32` otherwise. */
export function formatNilai(n: NilaiHasil | null | undefined): string {
  if (n === null || n === undefined) return 'belum tersedia';
  const angka = formatNilaiAngka(n.angka);
  return n.predikat ? `${n.predikat} (${angka})` : angka;
}

export function formatPersen(x: Rational | undefined): string {
  return x === undefined ? 'belum tersedia' : `${formatAngka(x, 2)} %`;
}

export function formatCapaian(c: Capaian): string {
  if (c.ada) return formatPersen(c.persen);
  return { 'realisasi-belum-ada': 'belum tersedia', 'target-nol': 'tidak terukur (target 0)', 'target-belum-ada': 'tanpa target' }[c.alasan];
}

export function formatRupiah(n: number): string {
  return `${n < 0 ? '−' : ''}Rp ${groupThousands(String(Math.abs(n)))}`;
}

/** `6738935695` → `Rp 6,74 M` (miliar), for chart labels. */
export function formatMiliar(n: number): string {
  return `Rp ${formatAngka(Rational.of(BigInt(Math.round(n)), 1_000_000_000n), 2)} M`;
}

// Dates by Intl (its id-ID month names and order are the documents' own, pinned over every
// month, both styles and years 1–9999 by test/format/tanggal.test.ts), in UTC: a date in the
// data is a calendar day, not an instant, so the machine's time zone must not move it.
const HARI_BULAN_TAHUN = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const BULAN_TAHUN = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Whether this runtime has Indonesian: a Node built with small ICU (or none) quietly answers
 * 'id-ID' in English ("28 February 2025"), so there the months are named by hand.
 */
export const INTL_ID = Intl.DateTimeFormat.supportedLocalesOf('id-ID').length > 0 && HARI_BULAN_TAHUN.resolvedOptions().locale.startsWith('id');

/** The months as printed; only for a runtime without Indonesian (see INTL_ID). */
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** By hand, as Intl would write it: for a runtime without Indonesian. */
export function tanggalTanpaIntl(y: number, m: number, d?: number): string {
  return d === undefined ? `${BULAN[m - 1]} ${y}` : `${d} ${BULAN[m - 1]} ${y}`;
}

/** `2025-02-28` → `28 Februari 2025`; `2024-01`, a date the document gives without its day → `Januari 2024`. */
export function formatTanggal(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number?];
  if (!INTL_ID) return tanggalTanpaIntl(y, m, d);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d ?? 1); // not Date.UTC, which reads years 0–99 as 1900–1999
  // A day the calendar does not have (validate refuses it in the data) would roll over into the
  // next month in Intl: it is printed as written, as it always was.
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== (d ?? 1)) return tanggalTanpaIntl(y, m, d);
  return (d === undefined ? BULAN_TAHUN : HARI_BULAN_TAHUN).format(t);
}

/**
 * The place and date above a signature: "Tana Paser, 28 Februari 2025", or dotted lines for the
 * day and month where the data has no date yet (build says so; `--final` refuses it).
 */
export function formatTempatTanggal(tempat: string, tanggal: string | undefined, tahun: number): string {
  return `${tempat}, ${tanggal ? formatTanggal(tanggal) : `………………… ${tahun}`}`;
}

/** `196612111986091002` → `19661211 198609 1 002`. */
export function formatNip(nip: string): string {
  return nip.length === 18 ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
}

/** `Drs. KATSUL WIJAYA, M.Si` */
export function namaLengkap(p: Pejabat): string {
  if (!p.nama) return '…………………………………';
  return `${p.gelar_depan ? p.gelar_depan + ' ' : ''}${p.nama}${p.gelar_belakang ? ', ' + p.gelar_belakang : ''}`;
}

const ROMAWI: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** `1` → `I`, `14` → `XIV` (up to 39, all a document needs); lower case with `kecil`. */
export function romawi(n: number, kecil = false): string {
  let out = '';
  for (const [v, s] of ROMAWI) while (n >= v) (out += s, (n -= v));
  return kecil ? out.toLowerCase() : out;
}

/** `3 (tiga)` */
export function formatJumlah(n: number): string {
  return `${n} (${terbilangKecil(n)})`;
}

import { terbilang } from './terbilang.ts';
function terbilangKecil(n: number): string {
  return terbilang(n).toLowerCase();
}
