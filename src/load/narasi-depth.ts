// How deep a narrative nests. markdown-it stops nesting at its own bound (src/render/narasi.ts)
// and stays fast, but what lies beyond that bound is then printed flat or as raw marks: the
// author is told here, at the line, instead of finding it in the PDF. Real chapters nest two or
// three levels; the bounds leave room and stay below the renderer's.
import type { Diagnostics } from '../diagnostics/index.ts';

/** Block quotes and lists together, on one line. */
export const MAX_BLOCK_DEPTH = 8;
/** Brackets `[`, and emphasis marks `*`/`_` still open, in one paragraph. */
export const MAX_INLINE_DEPTH = 8;

const MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

interface Found {
  line: number;
  col: number;
  depth: number;
}

/**
 * Quote and list depth of each line: its `>` marks and list markers (`> 1. > - x` is four), plus
 * the lists it sits in by indentation.
 */
function blockDepth(lines: string[]): Found | undefined {
  const stack: number[] = [];
  let fence = false;
  for (let n = 0; n < lines.length; n++) {
    const text = lines[n]!;
    if (/^\s{0,3}(```|~~~)/.test(text)) fence = !fence;
    if (fence || !text.trim()) continue;
    const indent = /^[ \t]*/.exec(text)![0].length;
    while (stack.length && stack[stack.length - 1]! >= indent) stack.pop();
    const startsList = MARKER.test(text.slice(indent));
    if (startsList) stack.push(indent);
    // The first marker, if a list item, is already counted on the stack.
    let depth = stack.length - (startsList ? 1 : 0);
    let i = indent;
    for (;;) {
      const m = /^[ \t]*(>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/.exec(text.slice(i, i + 16));
      if (!m) break;
      depth++;
      if (depth > MAX_BLOCK_DEPTH) return { line: n + 1, col: i + m[0].length - m[1]!.length + 1, depth };
      i += m[0].length;
    }
  }
  return undefined;
}

function isSpaceOrPunct(c: string | undefined): boolean {
  return c === undefined || /[\s\p{P}\p{S}]/u.test(c);
}

/** Brackets and emphasis still open within one paragraph (a blank line closes everything). */
function inlineDepth(lines: string[]): { bracket?: Found; emphasis?: Found } {
  let bracket = 0;
  let emphasis = 0;
  const found: { bracket?: Found; emphasis?: Found } = {};
  let fence = false;
  for (let n = 0; n < lines.length; n++) {
    const text = lines[n]!;
    if (/^\s{0,3}(```|~~~)/.test(text)) fence = !fence;
    if (fence) continue;
    if (!text.trim()) {
      bracket = emphasis = 0;
      continue;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\\') i++;
      else if (c === '[') {
        if (++bracket > MAX_INLINE_DEPTH && !found.bracket) found.bracket = { line: n + 1, col: i + 1, depth: bracket };
      } else if (c === ']') bracket = Math.max(0, bracket - 1);
      else if (c === '*' || c === '_') {
        let j = i;
        while (text[j] === c) j++;
        const run = j - i;
        const before = text[i - 1];
        const after = text[j];
        // CommonMark's flanking rule, simplified: an opener is followed by text, a closer preceded by it.
        const opens = after !== undefined && !/\s/.test(after) && (isSpaceOrPunct(before) || (c === '*' && !isSpaceOrPunct(after)));
        const closes = before !== undefined && !/\s/.test(before) && (isSpaceOrPunct(after) || c === '*');
        if (opens && !closes) {
          emphasis += run;
          if (emphasis > MAX_INLINE_DEPTH && !found.emphasis) found.emphasis = { line: n + 1, col: i + 1, depth: emphasis };
        } else if (closes && !opens) emphasis = Math.max(0, emphasis - run);
        i = j - 1;
      }
    }
  }
  return found;
}

export function checkNarasiDepth(text: string, file: string, diags: Diagnostics): void {
  const lines = text.split('\n');
  const hint = 'pecah menjadi paragraf atau daftar yang lebih dangkal: bab laporan cukup dengan daftar 2–3 tingkat';
  const block = blockDepth(lines);
  if (block)
    diags.error('narasi/terlalu-dalam', `kutipan ">" dan daftar bersarang lebih dari ${MAX_BLOCK_DEPTH} tingkat`, { file, line: block.line, col: block.col }, hint);
  const { bracket, emphasis } = inlineDepth(lines);
  if (bracket)
    diags.error('narasi/terlalu-dalam', `kurung siku [ bersarang lebih dari ${MAX_INLINE_DEPTH} tingkat`, { file, line: bracket.line, col: bracket.col },
      'tutup setiap [ dengan ]; untuk menulis [ apa adanya, awali dengan \\');
  if (emphasis)
    diags.error('narasi/terlalu-dalam', `tanda * atau _ bertumpuk lebih dari ${MAX_INLINE_DEPTH} tingkat`, { file, line: emphasis.line, col: emphasis.col },
      'tulis **tebal** atau *miring* saja; untuk menulis * apa adanya, awali dengan \\');
}
