// An agency's own table (`tabel/<id>.yaml`): the YAML as the author writes it, and what
// `hitungTabelSendiri` makes of it. Nothing derived is written in the YAML: row formulas,
// shares, totals, counts and means are computed; a total typed from the source document
// (`tertulis`) is only checked against the computation, never printed in its place.
import type { Rational } from '../compute/rational.ts';
import type { PathSegment } from '../load/index.ts';
import type { Isian } from './model.ts';

export type JenisKolom = 'teks' | 'angka' | 'rupiah' | 'persen' | 'tanggal';
export const JENIS_ANGKA: readonly JenisKolom[] = ['angka', 'rupiah', 'persen'];

/** A column computed from the others in the same row, or (`bagian_dari`) from a column's total. */
export interface RumusInput {
  /** The sum of these columns. */
  jumlah?: string[];
  /** The first column minus the second. */
  selisih?: [string, string];
  /** The first column as a percentage of the second (realisasi ÷ anggaran × 100). */
  persentase?: [string, string];
  /** This row's value of that column as a percentage of the column's total over the whole table. */
  bagian_dari?: string;
}

export interface KolomInput {
  id: string;
  judul: string;
  jenis: JenisKolom;
  /** A heading over several adjacent columns (a second header row), e.g. `Jenis Kelamin`. */
  induk?: string;
  /** Decimal places printed (angka, persen). */
  desimal?: number;
  rumus?: RumusInput;
}

/** One cell as written: absent or null is a blank cell (printed blank, never 0). */
export type SelInput = string | number | null;
export type BarisInput = Record<string, SelInput>;

export interface KelompokInput {
  kelompok: string;
  baris: BarisInput[];
  /** The group's subtotals as the source document prints them: checked, not printed. */
  tertulis?: Record<string, number>;
}

/** How a column is totalled: `rumus` applies the column's own formula to the total row. */
export type Agregat = 'jumlah' | 'rata-rata' | 'banyak' | 'rumus';

export interface TotalInput {
  /** The label of the total row; default `Jumlah`. */
  judul?: string;
  kolom: Record<string, Agregat>;
  /** A subtotal row under each group. */
  per_kelompok?: boolean;
  /** Totals as the source document prints them: checked against the computation, not printed. */
  tertulis?: Record<string, number>;
}

export interface TabelSendiriInput {
  judul: string;
  sumber?: string;
  /** A note printed under the source line (abbreviations, what a blank means). */
  catatan?: string;
  /** A first column `No` numbering the data rows 1, 2, 3… over the whole table. */
  nomor_urut?: boolean;
  kolom: KolomInput[];
  baris: (BarisInput | KelompokInput)[];
  total?: TotalInput;
}

export function isKelompok(b: BarisInput | KelompokInput): b is KelompokInput {
  return typeof b === 'object' && b !== null && 'kelompok' in b;
}

// ── computed ─────────────────────────────────────────────────────────────────────────────────

/** One printed cell: the template only formats it. */
export interface SelHasil {
  kolom: string;
  /** How it prints: text as is, a date in words ("31 Desember 2024"), a number in id-ID with `desimal` places. */
  cetak: 'teks' | 'tanggal' | 'angka';
  /** Absent: a blank cell. */
  nilai?: string | Rational;
  desimal: number;
  /** `sebagian`: computed from some of its source cells only, printed with `*`. */
  isian: Isian;
  /** `r` numbers (right-aligned), `c` dates and the row number. */
  kelas?: 'r' | 'c';
  /** Printed before the value, when a total row has no room for its label elsewhere. */
  label?: string;
}

export interface BarisData {
  jenis: 'data';
  nomor?: number;
  sel: SelHasil[];
  path: PathSegment[];
}

/** A total or subtotal row: a label over the leading columns that have no total, then the cells. */
export interface BarisJumlah {
  jenis: 'jumlah';
  judul: string;
  /** Columns the label spans, the `No` column included (0: the label rides in the first cell). */
  rentang: number;
  /** The cells printed after the label. */
  sel: SelHasil[];
  /** Every column's figure by id (blank for a column without a total), for checks and views. */
  nilai: Record<string, SelHasil>;
}

export interface BarisKelompok {
  jenis: 'kelompok';
  judul: string;
  /** Columns spanned: the whole table. */
  rentang: number;
  path: PathSegment[];
}

export type BarisTampil = BarisData | BarisKelompok | (BarisJumlah & { subtotal: true });

export interface KepalaSel {
  judul: string;
  colspan?: number;
  rowspan?: number;
}

export interface KolomHasil {
  id: string;
  judul: string;
  jenis: JenisKolom;
  desimal: number;
  dihitung: boolean;
}

export interface TabelSendiriHasil {
  judul: string;
  sumber?: string;
  catatan?: string;
  nomorUrut: boolean;
  kolom: KolomHasil[];
  /** One header row, or two when a column has an `induk`. */
  kepala: KepalaSel[][];
  /** The printed rows in order: group headings, data rows, subtotals (when `per_kelompok`). */
  baris: BarisTampil[];
  /** Every group with its subtotal (computed whenever the table has a total, printed or not). */
  kelompok: { judul: string; path: PathSegment[]; jumlah?: BarisJumlah }[];
  total?: BarisJumlah;
  /** Some printed figure is marked `*`: the source line says what `*` means. */
  sebagian: boolean;
  /**
   * Divisions by zero that left a cell blank (check reports them as errors): in a data row, in a
   * share's column total (`kolom`: the column's path), in a group's subtotal or the table's total.
   */
  bagiNol: { tempat: 'baris' | 'kolom' | 'kelompok' | 'total'; kolom: string; pembagi: string; path: PathSegment[] }[];
}
