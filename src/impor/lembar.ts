// A spreadsheet read into one plain grid of cells, whatever it came as: an XLSX sheet (exceljs;
// a merged cell reads as its master's value, a formula as its result) or a CSV (csv-parse; UTF-8
// or, when the bytes are not UTF-8, Windows-1252 as Excel on Windows saves it; the separator
// read from the header, `;` where the decimal comma is Indonesian). Every cell knows its place:
// sheet, row and column as the author sees them in Excel (`E12`), or the line of a CSV.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Location } from '../diagnostics/index.ts';
import { KinerjaError } from '../diagnostics/index.ts';
import { errnoOf, systemError } from '../diagnostics/system-error.ts';

export type Nilai = string | number | null;

export interface Lembar {
  /** The file as given on the command line. */
  berkas: string;
  /** The sheet's name (XLSX), or undefined for a CSV. */
  nama?: string;
  jenis: 'xlsx' | 'csv';
  /** Encoding of a CSV ('utf-8' or 'windows-1252'). */
  enkode?: string;
  rows: Nilai[][];
  /** Downward span of the merge whose master is (row, col), 1-based; 1 when none. */
  rentangTurun(row: number, col: number): number;
  /** Where a cell is, as a diagnostic location: `berkas[lembar]:row:col`, or a CSV's line. */
  tempat(row: number, col: number): Location;
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

function bacaBerkas(berkas: string): Buffer {
  try {
    return readFileSync(berkas);
  } catch (e) {
    throw errnoOf(e) ? systemError(e, 'membaca', berkas) : e;
  }
}

/** Every sheet of the file (a CSV is one). */
export async function bacaLembar(berkas: string): Promise<Lembar[]> {
  const ext = extname(berkas).toLowerCase();
  const bytes = bacaBerkas(berkas);
  if (ext === '.csv' || ext === '.txt') return [bacaCsv(berkas, bytes)];
  if (ext === '.xlsx' || ext === '.xlsm') return bacaXlsx(berkas, bytes);
  if (ext === '.xls') throw new KinerjaError(`${berkas}: berkas .xls (Excel 97–2003) tidak dapat dibaca`, [], { cause: 'simpan ulang di Excel sebagai .xlsx (File → Save As → Excel Workbook) atau sebagai CSV' });
  throw new KinerjaError(`${berkas}: jenis berkas ${ext || 'tanpa akhiran'} tidak dikenal`, [], { cause: 'impor membaca .xlsx atau .csv' });
}

function teks(v: ExcelJS.CellValue): Nilai {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return teks((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('formula' in v || 'sharedFormula' in v) return null; // a formula never calculated: no value saved
    if ('text' in v) return String((v as { text: unknown }).text);
    if ('error' in v) return String((v as { error: unknown }).error);
  }
  return String(v);
}

async function bacaXlsx(berkas: string, bytes: Buffer): Promise<Lembar[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new KinerjaError(`${berkas}: bukan buku kerja XLSX yang dapat dibaca`, [], { cause: e instanceof Error ? e.message : String(e) });
  }
  return wb.worksheets.map((ws) => {
    const rows: Nilai[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: Nilai[] = [];
      for (let c = 1; c <= ws.columnCount; c++) cells.push(teks(row.getCell(c).value));
      rows[r - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const turun = new Map<string, number>();
    for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
      const [a, b] = m.split(':') as [string, string];
      const r1 = Number(/\d+/.exec(a)![0]);
      const r2 = Number(/\d+/.exec(b)![0]);
      turun.set(a.replace(/\d+/, '') + r1, r2 - r1 + 1);
    }
    return {
      berkas,
      nama: ws.name,
      jenis: 'xlsx' as const,
      rows,
      rentangTurun: (r: number, c: number) => turun.get(`${hurufKolom(c)}${r}`) ?? 1,
      tempat: (r: number, c: number) => ({ file: `${berkas}[${ws.name}]`, line: r, col: c }),
    };
  });
}

function bacaCsv(berkas: string, bytes: Buffer): Lembar {
  let text: string;
  let enkode = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8: Excel on Windows saves "CSV (semicolon delimited)" in the system's code page.
    enkode = 'windows-1252';
    text = dekode1252(bytes);
  }
  // A semicolon anywhere in the first lines means a semicolon CSV: where the decimal comma is
  // Indonesian, the numbers are full of commas and the header has none.
  const head = text.split(/\r?\n/, 30).join('\n');
  const delimiter = head.includes(';') ? ';' : head.includes('\t') ? '\t' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true, bom: true }) as never;
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1;
    throw new KinerjaError(`${berkas}:${line}:1  CSV tidak dapat dibaca: ${e instanceof Error ? e.message : String(e)}`, [], { cause: 'periksa tanda petik di baris itu' });
  }
  // A record's place is the line it starts on (a quoted field may run over several lines).
  const garis: number[] = [];
  let prev = 0;
  const rows = records.map(({ record, info }) => {
    garis.push(prev + 1);
    prev = info.lines;
    return record.map((v) => (v.trim() === '' ? null : v));
  });
  return {
    berkas,
    nama: undefined,
    jenis: 'csv',
    enkode,
    rows,
    rentangTurun: () => 1,
    tempat: (r: number, c: number) => ({ file: berkas, line: garis[r - 1] ?? r, col: c }),
  };
}

// Windows-1252 by its own table: Node's TextDecoder reads that label as Latin-1, where 0x80–0x9F
// are control characters, not the en dash, quotes and euro Excel wrote there.
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function dekode1252(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1').replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);
}
