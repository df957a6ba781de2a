// An answer file read into rows of cells, each with its place, by the spreadsheet reader that
// `kinerja impor` uses too (src/util/lembar): a CSV (its encoding and separator told from its
// bytes) or a sheet of an XLSX workbook (exceljs). What could not be read is said here, at its
// file, line and column; what the cells mean is for check to say (src/validate/rules/survei.ts).
import { extname } from 'node:path';
import type { Diagnostics } from '../../diagnostics/index.ts';
import { didYouMean } from '../../util/suggest.ts';
import { bacaXlsx, dekode, GalatLembar, hurufKolom, uraiCsv, zipkah, type Lembar as Grid, type Pengodean } from '../../util/lembar/index.ts';
import { isRefusal, readRegularFile } from '../read-text.ts';

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
  /** A CSV's separator (an XLSX has none). */
  pemisah?: string;
}

/** The largest answer file read: a survey of a few thousand respondents is well under 1 MB. */
export const MAX_BERKAS_JAWABAN = 20 * 1024 * 1024;

const teks = (v: Grid['rows'][number][number]) => (v === null ? '' : String(v));

/** A CSV's records, every field a cell (a blank one too) at the line and character it starts at. */
function dariCsv(g: Grid, file: string): Lembar {
  return {
    berkas: file,
    baris: g.rows.map((r, i) => ({
      nomor: g.letak(i + 1, 1).line,
      sel: r.map((v, k) => ({ teks: teks(v), baris: g.letak(i + 1, k + 1).line, kolom: g.letak(i + 1, k + 1).col, alamat: `kolom ${k + 1}` })),
    })),
    pemisah: g.pemisah!,
  };
}

/** A sheet's rows, each as far as its last filled cell. */
function dariXlsx(g: Grid, file: string): Lembar {
  return {
    berkas: file,
    baris: g.rows.map((r, i) => {
      const sel = r.map((v, k) => (v === null ? undefined : { teks: teks(v), baris: i + 1, kolom: k + 1, alamat: `${hurufKolom(k + 1)}${i + 1}` }));
      while (sel.length && sel[sel.length - 1] === undefined) sel.pop();
      return { nomor: i + 1, sel };
    }),
  };
}

function bacaBukuKerja(bytes: Buffer, file: string, diags: Diagnostics, nama?: string): Lembar | undefined {
  let semua: Grid[];
  try {
    semua = bacaXlsx(bytes, file);
  } catch (e) {
    if (!(e instanceof GalatLembar)) throw e;
    diags.error('survei/xlsx-rusak', `berkas ini tidak dapat dibaca sebagai buku kerja Excel (XLSX): ${e.message}`, { file, line: 1, col: 1 },
      'buka berkas di Excel atau LibreOffice lalu simpan ulang sebagai "Excel Workbook (.xlsx)", atau ekspor sebagai "CSV UTF-8"');
    return undefined;
  }
  const pilih = nama === undefined ? semua[0] : semua.find((s) => s.nama === nama);
  if (!pilih) {
    const ada = semua.map((s) => s.nama!);
    if (nama === undefined) diags.error('survei/xlsx-rusak', 'berkas ini tidak dapat dibaca sebagai buku kerja Excel (XLSX): buku kerja tanpa lembar', { file, line: 1, col: 1 }, 'buka berkas di Excel atau LibreOffice lalu simpan ulang sebagai "Excel Workbook (.xlsx)"');
    else diags.error('survei/lembar', `lembar \`${nama}\` tidak ada di buku kerja ini`, { file, line: 1, col: 1 }, didYouMean(nama, ada) ?? `lembar yang ada: ${ada.map((s) => `\`${s}\``).join(', ')}`);
    return undefined;
  }
  return dariXlsx(pilih, file);
}

function bacaTeksCsv(bytes: Buffer, file: string, diags: Diagnostics, dinyatakan?: Pengodean): Lembar | undefined {
  let t: ReturnType<typeof dekode>;
  try {
    t = dekode(bytes, dinyatakan);
  } catch (e) {
    if (!(e instanceof GalatLembar)) throw e;
    diags.error('survei/pengodean', `berkas jawaban bukan UTF-8 seperti dinyatakan \`pengodean: utf-8\`: byte 0x${e.byte!.toString(16).padStart(2, '0')} di baris ${e.line} tidak dapat dibaca`, { file, line: e.line, col: e.col },
      'simpan ulang berkas sebagai "CSV UTF-8 (Comma delimited)", atau tulis `pengodean: windows-1252` di survei.yaml bila berkas disimpan Excel sebagai "CSV"');
    return undefined;
  }
  if (t.bukanUtf8) {
    const s = t.bukanUtf8;
    diags.warn('survei/pengodean', `berkas jawaban bukan UTF-8 (byte 0x${s.byte.toString(16).padStart(2, '0')} di baris ${s.line}); dibaca sebagai Windows-1252, sehingga byte itu menjadi "${s.huruf}"`, { file, line: s.line, col: s.col },
      'periksa huruf itu; simpan ulang sebagai "CSV UTF-8 (Comma delimited)", atau tulis `pengodean: windows-1252` di survei.yaml bila memang demikian');
  }
  try {
    return dariCsv(uraiCsv(t, file), file);
  } catch (e) {
    if (!(e instanceof GalatLembar)) throw e;
    if (e.jenis === 'kutip')
      diags.error('survei/csv-kutip', e.message, { file, line: e.line, col: e.col }, 'tutup isian itu dengan tanda kutip ("), atau hapus tanda kutip yang berlebih');
    else diags.error('survei/csv', e.message, { file, line: e.line, col: e.col }, 'periksa baris itu, atau simpan ulang berkas dari Excel sebagai "CSV UTF-8"');
    return undefined;
  }
}

/** Reads `abs` (shown as `file`) as CSV or XLSX by its name; undefined with a located error when it cannot. */
export function bacaLembar(abs: string, file: string, diags: Diagnostics, opsi: { pengodean?: Pengodean; lembar?: string } = {}): Lembar | undefined {
  const bytes = readRegularFile(abs, file, MAX_BERKAS_JAWABAN);
  if (isRefusal(bytes)) {
    diags.error(bytes.code, bytes.message, { file, line: 1, col: 1 }, bytes.hint);
    return undefined;
  }
  if (extname(abs).toLowerCase() === '.xlsx') return bacaBukuKerja(bytes, file, diags, opsi.lembar);
  if (zipkah(bytes)) {
    diags.error('survei/bukan-csv', 'berkas ini bukan CSV melainkan buku kerja Excel (XLSX) yang diberi nama .csv', { file, line: 1, col: 1 },
      'ganti akhiran namanya menjadi .xlsx (di survei.yaml juga), atau simpan ulang dari Excel sebagai "CSV UTF-8"');
    return undefined;
  }
  return bacaTeksCsv(bytes, file, diags, opsi.pengodean);
}
