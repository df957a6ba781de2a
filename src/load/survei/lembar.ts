// An answer file read into rows of cells, each with its place: a CSV (csv.ts) or the sheet of an
// XLSX workbook (xlsx.ts). What the cells mean is for check to say (src/validate/rules/survei.ts).
import { extname } from 'node:path';
import type { Diagnostics } from '../../diagnostics/index.ts';
import { isRefusal, readRegularFile } from '../read-text.ts';
import { dekode, uraiCsv, type Pengodean } from './csv.ts';
import { bacaXlsx } from './xlsx.ts';

export interface Sel {
  teks: string;
  /** The line of a CSV, the row of a sheet. */
  baris: number;
  /** The character column of a CSV, the column number of a sheet (A = 1). */
  kolom: number;
  /** How a message names the cell: `kolom 4` (CSV) or `D7` (XLSX). */
  alamat: string;
}

export interface Lembar {
  berkas: string;
  baris: { nomor: number; sel: (Sel | undefined)[] }[];
}

/** The largest answer file read: a survey of a few thousand respondents is well under 1 MB. */
export const MAX_BERKAS_JAWABAN = 20 * 1024 * 1024;

/** Reads `abs` (shown as `file`) as CSV or XLSX by its name; undefined with a located error when it cannot. */
export function bacaLembar(abs: string, file: string, diags: Diagnostics, opsi: { pengodean?: Pengodean; lembar?: string } = {}): Lembar | undefined {
  const bytes = readRegularFile(abs, file, MAX_BERKAS_JAWABAN);
  if (isRefusal(bytes)) {
    diags.error(bytes.code, bytes.message, { file, line: 1, col: 1 }, bytes.hint);
    return undefined;
  }
  if (extname(abs).toLowerCase() === '.xlsx') return bacaXlsx(bytes, file, diags, opsi.lembar);
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    diags.error('survei/bukan-csv', 'berkas ini bukan CSV melainkan buku kerja Excel (XLSX) yang diberi nama .csv', { file, line: 1, col: 1 },
      'ganti akhiran namanya menjadi .xlsx (di survei.yaml juga), atau simpan ulang dari Excel sebagai "CSV UTF-8"');
    return undefined;
  }
  const teks = dekode(bytes, file, diags, opsi.pengodean);
  return teks === undefined ? undefined : uraiCsv(teks.teks, file, diags);
}
