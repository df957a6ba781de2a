// The text of a CSV file, its encoding told from its bytes as form tools and Excel write them:
// UTF-8 with or without a BOM, UTF-16 (Excel's "Unicode Text"), or Windows-1252 (Excel's plain
// "CSV" on a Windows in Indonesia) — that last one unless the bytes are UTF-8, or when declared.
import { GalatLembar } from './lembar.ts';

export type Pengodean = 'utf-8' | 'windows-1252';

export interface Teks {
  teks: string;
  /** As a message names it: UTF-8, UTF-8 dengan BOM, UTF-16, Windows-1252. */
  pengodean: string;
  /** Read as Windows-1252 without being declared: the first byte that is not UTF-8, and what it became. */
  bukanUtf8?: { line: number; col: number; byte: number; huruf: string };
}

// Windows-1252 is Latin-1 but for 0x80–0x9F, where Node's TextDecoder (which reads that label as
// Latin-1) gives control characters instead of the en dash, quotes and euro Excel wrote there.
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function dekode1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);
}

/** The offset of the first byte that is not UTF-8, or -1: where re-encoding what the decoder made of the bytes first differs from them. */
function utf8Salah(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return -1;
  } catch {
    const ulang = Buffer.from(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), 'utf8');
    let i = 0;
    while (i < bytes.length && bytes[i] === ulang[i]) i++;
    return i;
  }
}

/** Line and column (1-based) of a byte offset of a single-byte text. */
function posisi(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) (line++, (start = i + 1));
  return { line, col: offset - start + 1 };
}

/** The text of `bytes`; a `GalatLembar('bukan-utf8')` when declared UTF-8 and it is not. */
export function dekode(bytes: Uint8Array, dinyatakan?: Pengodean): Teks {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { teks: new TextDecoder('utf-8').decode(bytes.subarray(3)), pengodean: 'UTF-8 dengan BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { teks: new TextDecoder('utf-16le').decode(bytes.subarray(2)), pengodean: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { teks: new TextDecoder('utf-16be').decode(bytes.subarray(2)), pengodean: 'UTF-16' };
  if (dinyatakan === 'windows-1252') return { teks: dekode1252(bytes), pengodean: 'Windows-1252' };
  const salah = utf8Salah(bytes);
  if (salah < 0) return { teks: new TextDecoder('utf-8').decode(bytes), pengodean: 'UTF-8' };
  const at = posisi(bytes, salah);
  if (dinyatakan === 'utf-8') throw new GalatLembar('bukan-utf8', `byte 0x${bytes[salah]!.toString(16).padStart(2, '0')} di baris ${at.line} bukan UTF-8`, at.line, at.col, bytes[salah]);
  const teks = dekode1252(bytes);
  return { teks, pengodean: 'Windows-1252', bukanUtf8: { ...at, byte: bytes[salah]!, huruf: teks[salah] ?? '?' } };
}
