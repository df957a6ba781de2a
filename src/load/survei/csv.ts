// An answer file exported as CSV, as form tools and Excel write it: UTF-8 with or without a BOM,
// UTF-16 (Excel's "Unicode Text"), or Windows-1252 (Excel's "CSV" on an Indonesian Windows);
// separated by `,`, `;` (Excel where the decimal mark is a comma, as in id-ID) or a tab; fields
// quoted with `"`. Every cell keeps its line and column, for messages.
import type { Diagnostics } from '../../diagnostics/index.ts';
import type { Lembar, Sel } from './lembar.ts';

export type Pengodean = 'utf-8' | 'windows-1252';

/** The first byte offset where `bytes` stops being UTF-8, or -1. */
function utf8Salah(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return i;
    for (let k = 1; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}

/** Line and column (1-based) of a byte offset of a single-byte text. */
function posisi(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) (line++, (start = i + 1));
  return { line, col: offset - start + 1 };
}

/** The text of a CSV file, its encoding told from its bytes; undefined (with an error) when it cannot be. */
export function dekode(bytes: Uint8Array, file: string, diags: Diagnostics, dinyatakan?: Pengodean): { teks: string; pengodean: string } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { teks: new TextDecoder('utf-8').decode(bytes.subarray(3)), pengodean: 'UTF-8 dengan BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { teks: new TextDecoder('utf-16le').decode(bytes.subarray(2)), pengodean: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { teks: new TextDecoder('utf-16be').decode(bytes.subarray(2)), pengodean: 'UTF-16' };
  if (dinyatakan === 'windows-1252') return { teks: dekode1252(bytes), pengodean: 'Windows-1252' };
  const salah = utf8Salah(bytes);
  if (salah < 0) return { teks: new TextDecoder('utf-8').decode(bytes), pengodean: 'UTF-8' };
  const at = { file, ...posisi(bytes, salah) };
  const byte = `0x${bytes[salah]!.toString(16).padStart(2, '0')}`;
  if (dinyatakan === 'utf-8') {
    diags.error('survei/pengodean', `berkas jawaban bukan UTF-8 seperti dinyatakan \`pengodean: utf-8\`: byte ${byte} di baris ${at.line} tidak dapat dibaca`, at,
      'simpan ulang berkas sebagai "CSV UTF-8 (Comma delimited)", atau tulis `pengodean: windows-1252` di survei.yaml bila berkas disimpan Excel sebagai "CSV"');
    return undefined;
  }
  // Not UTF-8: Excel's plain "CSV" on Windows writes the ANSI code page, Windows-1252 here.
  const teks = dekode1252(bytes);
  const huruf = teks[salah] ?? '?';
  diags.warn('survei/pengodean', `berkas jawaban bukan UTF-8 (byte ${byte} di baris ${at.line}); dibaca sebagai Windows-1252, sehingga byte itu menjadi "${huruf}"`, at,
    'periksa huruf itu; simpan ulang sebagai "CSV UTF-8 (Comma delimited)", atau tulis `pengodean: windows-1252` di survei.yaml bila memang demikian');
  return { teks, pengodean: 'Windows-1252' };
}

// Windows-1252 is Latin-1 but for 0x80–0x9F (Node's TextDecoder reads that label as Latin-1).
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
function dekode1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80] : String.fromCharCode(b);
  return out;
}

const PEMISAH = [',', ';', '\t'] as const;

/** The separator of the header line: the candidate it holds most of, outside quotes. */
function pemisahDari(teks: string): string {
  const hitung = new Map<string, number>(PEMISAH.map((p) => [p, 0]));
  let kutip = false;
  for (const c of teks) {
    if (c === '"') kutip = !kutip;
    else if (!kutip && (c === '\n' || c === '\r')) break;
    else if (!kutip && hitung.has(c)) hitung.set(c, hitung.get(c)! + 1);
  }
  return [...hitung].sort((a, b) => b[1] - a[1])[0]![1] > 0 ? [...hitung].sort((a, b) => b[1] - a[1])[0]![0] : ',';
}

/** Splits CSV text into rows of cells with their line and column; an unclosed quote is a located error. */
export function uraiCsv(teks: string, file: string, diags: Diagnostics): Lembar & { pemisah: string } {
  const pemisah = pemisahDari(teks);
  const baris: Lembar['baris'] = [];
  let sel: Sel[] = [];
  let nilai = '';
  let line = 1;
  let col = 1;
  let awal = { baris: 1, kolom: 1 };
  let barisAwal = 1;
  let kutip = false;
  let kutipAwal = { line: 1, col: 1 };
  const tutupSel = () => {
    sel.push({ teks: nilai, baris: awal.baris, kolom: awal.kolom, alamat: `kolom ${sel.length + 1}` });
    nilai = '';
  };
  const tutupBaris = () => {
    tutupSel();
    baris.push({ nomor: barisAwal, sel });
    sel = [];
  };
  let i = 0;
  let mulaiSel = true;
  while (i < teks.length) {
    const c = teks[i]!;
    if (mulaiSel) {
      awal = { baris: line, kolom: col };
      if (sel.length === 0) barisAwal = line;
      mulaiSel = false;
      if (c === '"') {
        kutip = true;
        kutipAwal = { line, col };
        i++;
        col++;
        continue;
      }
    }
    if (kutip) {
      if (c === '"' && teks[i + 1] === '"') {
        nilai += '"';
        i += 2;
        col += 2;
      } else if (c === '"') {
        kutip = false;
        i++;
        col++;
      } else {
        nilai += c;
        if (c === '\n') (line++, (col = 1));
        else col++;
        i++;
      }
      continue;
    }
    if (c === pemisah) {
      tutupSel();
      mulaiSel = true;
      i++;
      col++;
    } else if (c === '\r' || c === '\n') {
      tutupBaris();
      mulaiSel = true;
      i += c === '\r' && teks[i + 1] === '\n' ? 2 : 1;
      line++;
      col = 1;
    } else {
      nilai += c;
      i++;
      col++;
    }
  }
  if (kutip)
    diags.error('survei/csv-kutip', `tanda kutip yang dibuka di baris ${kutipAwal.line} tidak pernah ditutup`, { file, ...kutipAwal },
      'tutup isian itu dengan tanda kutip ("), atau hapus tanda kutip yang berlebih');
  if (!mulaiSel || sel.length) tutupBaris();
  return { berkas: file, baris, pemisah };
}
