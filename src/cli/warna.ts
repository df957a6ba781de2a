// Colour on a terminal: errors red, warnings yellow, a file:line:col bold, a hint dim. Never
// when NO_COLOR is set (no-color.org) or the output is not a terminal; FORCE_COLOR=1 forces it
// (a CI log that shows colour), FORCE_COLOR=0 forbids it, as node:util's styleText reads them.
//
// Data reaches the terminal inside our messages, and src/escape/terminal.ts shows every control
// character of it as an escape (`\x1b`). So colour is never written as an escape sequence into a
// message: a message carries marks that hold this process's random key, the whole line is
// escaped, and only then do `tampil` turn the marks into colour (or drop them). Data cannot
// forge a mark (it cannot know the key) nor slip an escape sequence past the escaping.
import { randomBytes } from 'node:crypto';
import { terminalText } from '../escape/terminal.ts';

export type Gaya = 'galat' | 'peringatan' | 'lokasi' | 'redup' | 'berhasil';

/** SGR codes: red, yellow, bold, dim, green; each closed by its own reset. */
const SGR: Record<Gaya, [number, number]> = { galat: [31, 39], peringatan: [33, 39], lokasi: [1, 22], redup: [2, 22], berhasil: [32, 39] };

const KUNCI = randomBytes(6).toString('hex');
const MULAI = '\ue000';
const AKHIR = '\ue001';
const TANDA = new RegExp(`${MULAI}${KUNCI}(\\d+)${AKHIR}`, 'g');

interface Aliran {
  isTTY?: boolean;
}

/** Whether text written to `stream` may be coloured, under the environment `env`. */
export function warnaAktif(stream: Aliran = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

/**
 * `text` in the style, as marks that `tampil` turns into colour. Without colour for stderr (the
 * stream of every diagnostic) the text comes back as it was: output piped to a file or a test
 * is exactly what it was before colour existed.
 */
export function warnai(gaya: Gaya, text: string, aktif = warnaAktif()): string {
  if (!aktif || text === '') return text;
  const [on, off] = SGR[gaya];
  return `${MULAI}${KUNCI}${on}${AKHIR}${text}${MULAI}${KUNCI}${off}${AKHIR}`;
}

/**
 * A message ready for the terminal: every control character of it escaped (the data's), then
 * this process's own marks made colour when the stream shows colour, or removed.
 */
export function tampil(text: string, stream: Aliran = process.stderr, env: NodeJS.ProcessEnv = process.env): string {
  const aman = terminalText(text);
  const aktif = warnaAktif(stream, env);
  return aman.replace(TANDA, (_, code: string) => (aktif ? `\x1b[${code}m` : ''));
}

/** The text without this process's marks: what a test or a filter reads. */
export function polos(text: string): string {
  return text.replace(TANDA, '');
}
