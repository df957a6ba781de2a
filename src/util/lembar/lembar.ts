// What the spreadsheet reader gives: one plain grid of cells per sheet, whatever the file was,
// each cell able to say where it is as the author sees it (Excel's row and column, a CSV's line
// and character). What the cells mean is for the caller (impor, the survey check) to say.
import type { Location } from '../../diagnostics/index.ts';

export type Nilai = string | number | null;

export interface Lembar {
  /** The file as the caller names it in messages. */
  berkas: string;
  /** The sheet's name (XLSX), or undefined for a CSV. */
  nama?: string;
  jenis: 'xlsx' | 'csv';
  /** A CSV's encoding as messages name it: UTF-8, UTF-8 dengan BOM, UTF-16, Windows-1252. */
  enkode?: string;
  /** A CSV's separator: `,`, `;` or a tab. */
  pemisah?: string;
  /**
   * Row r, column c (both 1-based) is `rows[r-1][c-1]`: a sheet's rows padded to its width, a
   * CSV's records as long as each is. Blank text is null; a merged cell reads as its master's value,
   * a formula as its saved result.
   */
  rows: Nilai[][];
  /** Downward span of the merge whose master is (row, col); 1 when none. */
  rentangTurun(row: number, col: number): number;
  /** Where the cell is in the file: a sheet's row and column; the line and character column a CSV field starts at. */
  letak(row: number, col: number): { line: number; col: number };
  /** The cell as a diagnostic location: `berkas[lembar]` at row and column, or a CSV's line and field number. */
  tempat(row: number, col: number): Location;
}

/**
 * A file that cannot be read as a spreadsheet, with what went wrong and where: each caller says
 * it in its own words (its code, its hint).
 */
export class GalatLembar extends Error {
  constructor(
    readonly jenis: 'bukan-utf8' | 'kutip' | 'csv' | 'xlsx',
    message: string,
    readonly line = 1,
    readonly col = 1,
    /** `bukan-utf8`: the first byte that is not UTF-8. */
    readonly byte?: number,
  ) {
    super(message);
    this.name = 'GalatLembar';
  }
}

/** `5` → `E`, `28` → `AB` */
export function hurufKolom(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** How a cell is named in a message: "sel E12" in a workbook, "kolom 5" of a CSV line. */
export function namaSel(l: Lembar, row: number, col: number): string {
  return l.jenis === 'xlsx' ? `sel ${hurufKolom(col)}${row}` : `kolom ${col}`;
}
