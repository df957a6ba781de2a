// Text and numbers from data in a stylesheet. A CSS string from data is written with every
// character outside a small safe set as a hex escape (`\22 ` for a quote), so that no text —
// a quote, a backslash, a semicolon, a brace, `</style>`, a line break — can end the string, the
// rule or the style element: it stays the characters it was, printed in the running head.
import { KinerjaError } from '../diagnostics/index.ts';

/** A quoted CSS string holding exactly `text`. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) out += /^[\p{L}\p{N} ,.()\-–—]$/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  return out + '"';
}

/** A finite number (validated upstream by the schema; here so no other value reaches CSS). */
export function cssNumber(n: number): string {
  if (!Number.isFinite(n)) throw new KinerjaError(`nilai gaya "${String(n)}" bukan angka`);
  return String(n);
}

/** One of the names allowed, or the first of them. */
export function cssChoice<T extends string>(value: string | undefined, allowed: readonly T[]): T {
  return allowed.find((a) => a === value) ?? allowed[0]!;
}
