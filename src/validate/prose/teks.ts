// The narrative as the figure check reads it: helper calls found and blanked (columns kept),
// code spans and link targets blanked, `(sumber: …)` marks found, and the text cut into units
// (sentences; a table row is one unit) in which a figure is read against what is named before it.

/** A helper call in the source, `{{capaian "iku-akip"}}`: a figure the model gives. */
export interface Pemanggil {
  start: number;
  end: number;
  nama: string;
  args: string[];
}

/** `(sumber: BPS 2024)` typed right after a figure: that one figure is from outside the data. */
export interface Sumber {
  start: number;
  end: number;
}

export interface Teks {
  /** The source with helper calls, comments, code spans and link targets replaced by spaces. */
  polos: string;
  pemanggil: Pemanggil[];
  sumber: Sumber[];
  /** [start, end) of every unit, in order. */
  unit: [number, number][];
}

const HBS = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{\{?([^{}]*)\}?\}\}/g;
const SUMBER = /\(\s*sumber\s*:[^()\n]*\)/giu;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

function args(inner: string): { nama: string; args: string[] } {
  const parts = [...inner.trim().matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  return { nama: parts[0] ?? '', args: parts.slice(1) };
}

/** Abbreviations whose full stop does not end a sentence. */
const SINGKATAN = /(?:^|[\s(*_"“])(?:rp|no|nomor|drs|dra|dr|ir|hj?|st|sh|se|mm|msi|si|dll|dsb|dst|kab|kec|prov|jl|tbk|ta|tw|hal|bpk|bpkp|an|u\.p|p|m|s|[a-z])$/i;

/** Where each sentence of one block starts and ends. */
function kalimat(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  // A full stop (and what closes after it) before a space and a word that does not go on in lower case.
  const re = /[.!?][*_)"”’]*(?=\s+[^\sa-z])/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const before = text.slice(Math.max(from, m.index - 12), m.index);
    if (m[0][0] === '.' && SINGKATAN.test(before)) continue;
    out.push([start, m.index + m[0].length]);
    start = m.index + m[0].length;
  }
  if (start < to) out.push([start, to]);
  return out;
}

/** A line that is a unit of its own (table row, heading, caption, source line), and one that starts one (list item). */
const SENDIRI = /^\s*(?:\||#|Tabel:|Sumber:)/;
const AWAL = /^\s*(?:[-*+]\s|\d+[.)]\s)/;

export function bacaTeks(source: string): Teks {
  const pemanggil: Pemanggil[] = [];
  let polos = source.replace(HBS, (all, inner: string | undefined, offset: number) => {
    if (inner !== undefined) pemanggil.push({ start: offset, end: offset + all.length, ...args(inner) });
    return blank(all);
  });
  // Code spans and link targets print no figure the reader takes for a measurement.
  polos = polos.replace(/`[^`\n]*`|\]\([^)\n]*\)|<https?:[^>\s]*>|https?:\/\/\S+/g, blank);
  // A source names something: "(sumber: )" is none.
  const sumber = [...polos.matchAll(SUMBER)].filter((m) => /[\p{L}\p{N}]/u.test(m[0].slice(m[0].indexOf(':')))).map((m) => ({ start: m.index, end: m.index + m[0].length }));

  // Blocks: runs of lines that belong together (a paragraph wrapped over lines is one block).
  const unit: [number, number][] = [];
  let block: [number, number] | undefined;
  const flush = () => {
    if (block) unit.push(...(/^\s*\|/.test(polos.slice(block[0], block[1])) ? [block] : kalimat(polos, block[0], block[1])));
    block = undefined;
  };
  let pos = 0;
  for (const line of polos.split('\n')) {
    const start = pos;
    const end = pos + line.length;
    pos = end + 1;
    if (!line.trim() || SENDIRI.test(line) || AWAL.test(line)) flush();
    if (!line.trim()) continue;
    block = block ? [block[0], end] : [start, end];
    if (SENDIRI.test(line)) flush();
  }
  flush();
  return { polos, pemanggil, sumber, unit };
}

/** 1-based line and column (in characters, as an editor counts them) of offsets in one text. */
export function lokasiDari(source: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  // The second halves of characters outside the BMP: one character, two UTF-16 units.
  const pairs: number[] = [];
  for (let i = 1; i < source.length; i++) {
    const c = source.charCodeAt(i);
    const b = source.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff) pairs.push(i);
  }
  const upTo = (xs: number[], x: number) => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (offset) => {
    const line = upTo(starts, offset);
    const start = starts[line - 1]!;
    return { line, col: offset - start - (upTo(pairs, offset - 1) - upTo(pairs, start - 1)) + 1 };
  };
}

/** Words as the name index reads them: lower case, with their offsets. */
export interface Kata {
  w: string;
  start: number;
  end: number;
}

/** Words that carry no meaning in a name: dropped from names and from text alike. */
export const HUBUNG = new Set(
  'yang dan di ke dari pada untuk dengan atau serta sesuai atas dalam oleh terhadap bagi ini itu tersebut adalah sebagai secara para the of and its nya'.split(' '),
);

export function kata(text: string, from = 0, to = text.length): Kata[] {
  const out: Kata[] = [];
  const re = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
  const part = text.slice(from, to);
  for (const m of part.matchAll(re)) {
    const w = m[0].toLowerCase();
    if (HUBUNG.has(w)) continue;
    out.push({ w: w === 'rerata' ? 'rata-rata' : w, start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}
