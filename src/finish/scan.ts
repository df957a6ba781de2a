// Copying an object of a printed PDF without parsing it: one pass over its text that renumbers
// every reference (`12 0 R`) and renames structure IDs, skipping over strings so that their
// bytes are never mistaken for syntax. A body of 10,000 rows holds some 150,000 tag elements;
// parsing each into objects and writing them back was most of the finish stage's time.

// `<<` and `>>` are matched first so that a dictionary's `<` is never taken for a hex string.
const TOKEN = /<<|>>|[(<%]|(?<![\d.+-])(\d+)\s+(\d+)\s+R(?![A-Za-z0-9_])|(?<![\w/])endobj|(?<![\w/])stream\r?\n/g;

export interface Scanned {
  /** The object's value with references renumbered (latin1 text, bytes preserved). */
  text: string;
  /** Where its stream's data starts, when it is a stream. */
  streamStart?: number;
}

/** Index just past the literal string that opens at `start` (balanced parentheses, escapes). */
function endOfString(src: string, start: number): number {
  let depth = 0;
  for (let i = start; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 92) i++; // backslash: the next byte is escaped
    else if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return i + 1;
  }
  throw new Error(`string tidak tertutup di posisi ${start}`);
}

/**
 * Scans one object's value from `from` (just after `N G obj`) up to `endobj` or `stream`.
 * `renumber` gives an object's new number; `rename` may replace a literal string's content.
 */
export function scanObject(src: string, from: number, renumber: (n: number) => number, rename?: (s: string) => string | undefined): Scanned {
  const out: string[] = [];
  let pos = from;
  TOKEN.lastIndex = from;
  for (;;) {
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`objek tanpa endobj di posisi ${from}`);
    out.push(src.slice(pos, m.index));
    const t = m[0];
    if (m[1] !== undefined) {
      out.push(`${renumber(Number(m[1]))} 0 R`);
      pos = TOKEN.lastIndex;
    } else if (t === '(') {
      const end = endOfString(src, m.index);
      const raw = src.slice(m.index, end);
      const renamed = rename?.(raw.slice(1, -1));
      out.push(renamed !== undefined ? `(${renamed})` : raw);
      pos = TOKEN.lastIndex = end;
    } else if (t === '<') {
      const end = src.indexOf('>', m.index) + 1;
      out.push(src.slice(m.index, end));
      pos = TOKEN.lastIndex = end;
    } else if (t === '%') {
      let end = m.index;
      while (end < src.length && src[end] !== '\n' && src[end] !== '\r') end++;
      pos = TOKEN.lastIndex = end;
    } else if (t === 'endobj') {
      return { text: out.join('').trimEnd() };
    } else if (t.startsWith('stream')) {
      return { text: out.join('').trimEnd(), streamStart: m.index + t.length };
    } else {
      out.push(t);
      pos = TOKEN.lastIndex;
    }
  }
}
