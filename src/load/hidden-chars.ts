// Characters an author cannot see but a terminal, a PDF viewer or a reviewer's diff obeys:
// control characters (an ESC sequence can erase an error line and print "OK") and the bidi
// overrides of "Trojan Source" (the text read is not the text written). They are errors at
// their exact place, named as an escape, because nothing shows them in the file.
//
// The bidi *marks* (U+200E LRM, U+200F RLM, U+061C ALM) are only warned about: they cannot
// reorder text (they only settle the direction of neighbouring punctuation), and Word leaves
// them in text pasted from Arabic-script documents (names, Qur'anic quotations in a Kemenag
// report), so refusing them would stop honest authors for no safety gained.
import type { Diagnostics } from '../diagnostics/index.ts';

const C0 = ['NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'TAB', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI',
  'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US'];
const C1 = ['PAD', 'HOP', 'BPH', 'NBH', 'IND', 'NEL', 'SSA', 'ESA', 'HTS', 'HTJ', 'VTS', 'PLD', 'PLU', 'RI', 'SS2', 'SS3',
  'DCS', 'PU1', 'PU2', 'STS', 'CCH', 'MW', 'SPA', 'EPA', 'SOS', 'SGCI', 'SCI', 'CSI', 'ST', 'OSC', 'PM', 'APC'];
const BIDI: Record<number, string> = {
  0x202a: 'LRE', 0x202b: 'RLE', 0x202c: 'PDF', 0x202d: 'LRO', 0x202e: 'RLO',
  0x2066: 'LRI', 0x2067: 'RLI', 0x2068: 'FSI', 0x2069: 'PDI',
};
const MARKS: Record<number, string> = { 0x200e: 'LRM', 0x200f: 'RLM', 0x061c: 'ALM' };
const SEPARATORS: Record<number, string> = { 0x2028: 'LSEP', 0x2029: 'PSEP' };

/** Every character this module has something to say about (TAB, LF and CR are ordinary). */
export const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/g;

/** Past this many in one file the rest are counted, not listed: one look tells the file is damaged. */
const MAX_PER_FILE = 20;

export interface HiddenSaid {
  severity: 'galat' | 'peringatan';
  code: string;
  /** e.g. `karakter kendali U+001B (ESC)`. */
  name: string;
  hint: string;
}

function hex(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

const HAPUS_KENDALI = 'hapus karakter tak terlihat ini (biasanya terbawa saat menyalin dari terminal, PDF atau pengolah kata); ketik ulang teks di sekitarnya bila perlu';

/** What one hidden character is, in words, and what to do about it. */
export function sayHidden(cp: number): HiddenSaid {
  if (cp < 0x20) return { severity: 'galat', code: 'teks/karakter-kendali', name: `karakter kendali ${hex(cp)} (${C0[cp]})`, hint: HAPUS_KENDALI };
  if (cp === 0x7f) return { severity: 'galat', code: 'teks/karakter-kendali', name: `karakter kendali ${hex(cp)} (DEL)`, hint: HAPUS_KENDALI };
  if (cp >= 0x80 && cp <= 0x9f) return { severity: 'galat', code: 'teks/karakter-kendali', name: `karakter kendali ${hex(cp)} (${C1[cp - 0x80]})`, hint: HAPUS_KENDALI };
  if (BIDI[cp])
    return { severity: 'galat', code: 'teks/pengarah-teks', name: `karakter pengarah teks ${hex(cp)} (${BIDI[cp]})`,
      hint: 'hapus karakter ini: ia membalik urutan tampilan teks, sehingga yang terbaca berbeda dari yang tertulis' };
  if (SEPARATORS[cp])
    return { severity: 'galat', code: 'teks/karakter-kendali', name: `karakter pemisah ${hex(cp)} (${SEPARATORS[cp]})`,
      hint: 'ganti dengan baris baru biasa (Enter), atau hapus' };
  return { severity: 'peringatan', code: 'teks/tanda-arah', name: `tanda arah teks ${hex(cp)} (${MARKS[cp] ?? '?'})`,
    hint: 'tanda arah tidak terlihat dan tidak diperlukan di teks berhuruf Latin; hapus bila tidak sengaja' };
}

/** Reports every hidden character of a file's text at its line:col (1-based, like the YAML positions). */
export function checkHiddenChars(text: string, file: string, diags: Diagnostics): void {
  let count = 0;
  let line = 1;
  let lineStart = 0;
  let next = text.indexOf('\n');
  for (const m of text.matchAll(HIDDEN)) {
    while (next !== -1 && next < m.index) {
      line++;
      lineStart = next + 1;
      next = text.indexOf('\n', lineStart);
    }
    if (++count > MAX_PER_FILE) continue;
    const said = sayHidden(m[0].codePointAt(0)!);
    diags.add({ severity: said.severity, code: said.code, message: `${said.name} tidak boleh ada di berkas data`, hint: said.hint,
      at: { file, line, col: m.index - lineStart + 1 } });
  }
  if (count > MAX_PER_FILE)
    diags.error('teks/karakter-kendali', `dan ${count - MAX_PER_FILE} karakter tak terlihat lainnya di berkas ini`, { file, line: 1, col: 1 },
      'berkas ini tampaknya rusak atau bukan teks: simpan ulang dari sumbernya sebagai teks biasa UTF-8');
}

/** Whether the text holds a hidden character that is an error (not only a warning). */
export function hasHiddenError(text: string): boolean {
  for (const m of text.matchAll(HIDDEN)) if (sayHidden(m[0].codePointAt(0)!).severity === 'galat') return true;
  return false;
}
