// Read a data file as text, refusing what an author's editor may have mangled.
import { readFileSync } from 'node:fs';
import type { Diagnostics } from '../diagnostics/index.ts';

/** Returns the text, or undefined (with a diagnostic) when it is not UTF-8. */
export function readText(absPath: string, file: string, diags: Diagnostics): string | undefined {
  const bytes = readFileSync(absPath);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, bad).toString('utf8');
    const line = before.split('\n').length;
    const col = before.length - before.lastIndexOf('\n');
    diags.error(
      'berkas/bukan-utf8',
      `berkas bukan UTF-8: byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} tidak dapat dibaca`,
      { file, line, col },
      'simpan ulang berkas dengan pengodean UTF-8 (di editor: "Save with Encoding" → UTF-8)',
    );
    return undefined;
  }
  if (text.startsWith('\uFEFF')) {
    diags.warn('berkas/bom', 'berkas diawali tanda BOM', { file, line: 1, col: 1 }, 'simpan sebagai "UTF-8" tanpa BOM');
    text = text.slice(1);
  }
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n;
  }
  return 0;
}
