// One reader for every spreadsheet the tool takes in — `kinerja impor`'s budget export and the
// survey's answer files alike (src/impor, src/load/survei): an XLSX through exceljs (xlsx.ts), a
// CSV through csv-parse (csv.ts) after its encoding is told (teks.ts), each into the same grid
// of cells that know where they are (lembar.ts).
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { KinerjaError } from '../../diagnostics/index.ts';
import { errnoOf, systemError } from '../../diagnostics/system-error.ts';
import { bacaCsv } from './csv.ts';
import { GalatLembar, type Lembar } from './lembar.ts';
import { bacaXlsx } from './xlsx.ts';

export { bacaCsv, pemisahDari, uraiCsv } from './csv.ts';
export { GalatLembar, hurufKolom, namaSel, type Lembar, type Nilai } from './lembar.ts';
export { dekode, type Pengodean, type Teks } from './teks.ts';
export { bacaXlsx } from './xlsx.ts';

/** Whether `bytes` are a zip (an XLSX), whatever the file is named. */
export const zipkah = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Every sheet of the file named on the command line (a CSV is one); what cannot be read is a KinerjaError saying where. */
export function bacaLembar(berkas: string): Lembar[] {
  const ext = extname(berkas).toLowerCase();
  if (ext === '.xls') throw new KinerjaError(`${berkas}: berkas .xls (Excel 97–2003) tidak dapat dibaca`, [], { cause: 'simpan ulang di Excel sebagai .xlsx (File → Save As → Excel Workbook) atau sebagai CSV' });
  if (!['.csv', '.txt', '.xlsx', '.xlsm'].includes(ext)) throw new KinerjaError(`${berkas}: jenis berkas ${ext || 'tanpa akhiran'} tidak dikenal`, [], { cause: 'impor membaca .xlsx atau .csv' });
  let bytes: Buffer;
  try {
    bytes = readFileSync(berkas);
  } catch (e) {
    throw errnoOf(e) ? systemError(e, 'membaca', berkas) : e;
  }
  try {
    if (ext === '.xlsx' || ext === '.xlsm') return bacaXlsx(bytes, berkas);
    if (zipkah(bytes)) throw new KinerjaError(`${berkas}: berkas ini bukan CSV melainkan buku kerja Excel (XLSX) yang diberi nama ${ext}`, [], { cause: 'ganti akhiran namanya menjadi .xlsx, atau simpan ulang dari Excel sebagai CSV' });
    return [bacaCsv(bytes, berkas)];
  } catch (e) {
    if (!(e instanceof GalatLembar)) throw e;
    if (e.jenis === 'xlsx') throw new KinerjaError(`${berkas}: bukan buku kerja XLSX yang dapat dibaca`, [], { cause: e.message });
    throw new KinerjaError(`${berkas}:${e.line}:${e.col}  ${e.message}`, [], { cause: e.jenis === 'kutip' ? 'tutup isian itu dengan tanda kutip ("), atau hapus tanda kutip yang berlebih' : 'periksa baris itu' });
  }
}
