// Text in the data is printed as text: markup typed into a name or a cell is escaped, never
// rendered, and the author is told, because it is almost always a paste from a web page. A word
// longer than a line is printed broken wherever the line ends (render/long-words.ts): the author
// is told too, since a fill-in line of underscores or a pasted code is rarely meant to print so.
import type { Location } from '../../diagnostics/index.ts';
import type { LoadedFile, PathSegment } from '../../load/index.ts';
import type { RuleContext } from './context.ts';

// `[^<>]`, not `[^>]`: with the latter, 400,000 `<a` and no `>` take minutes (each `<` rescans to the end).
const TAG = /<\/?[a-zA-Z][^<>]*>/;
/** About one line of the widest table column at the house size; prose lines are longer. */
export const WORD_LONGER_THAN_A_LINE = 60;
const LONG_WORD = new RegExp(`\\S{${WORD_LONGER_THAN_A_LINE + 1},}`, 'gu');

function warnLongWord(ctx: RuleContext, word: string, at: Location | undefined): void {
  const shown = [...word].length > 24 ? `${[...word].slice(0, 12).join('')}…${[...word].slice(-8).join('')}` : word;
  ctx.diags.warn('teks/kata-panjang', `kata tanpa spasi sepanjang ${[...word].length} karakter ("${shown}") lebih panjang dari satu baris; dicetak terpenggal di ujung baris`, at,
    'beri spasi di tempat kata boleh dipenggal, atau pendekkan (garis isian cukup beberapa garis bawah)');
}

function walk(value: unknown, path: PathSegment[], visit: (s: string, path: PathSegment[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
}

export function checkTeks(ctx: RuleContext, files: LoadedFile[]): void {
  for (const f of files)
    walk(f.yaml.data, [], (s, path) => {
      const m = TAG.exec(s);
      if (m)
        ctx.diags.warn('teks/html', `teks memuat tanda HTML ${m[0]}; dicetak apa adanya, bukan sebagai format`, ctx.src.at(f.role, path, f.tahun),
          'hapus tanda HTML-nya; tulis teks biasa');
      for (const w of s.match(LONG_WORD) ?? []) warnLongWord(ctx, w, ctx.src.at(f.role, path, f.tahun));
    });
}

/** Long words in narrative, at their own line and column. */
export function checkKataPanjangNarasi(ctx: RuleContext, files: Record<number, Record<string, { file: string; text: string }>>): void {
  for (const byName of Object.values(files))
    for (const { file, text } of Object.values(byName))
      text.split('\n').forEach((line, i) => {
        for (const m of line.matchAll(LONG_WORD)) warnLongWord(ctx, m[0], { file, line: i + 1, col: [...line.slice(0, m.index)].length + 1 });
      });
}
