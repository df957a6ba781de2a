// Text in the data is printed as text: markup typed into a name or a cell is escaped, never
// rendered, and the author is told, because it is almost always a paste from a web page.
import type { LoadedFile, PathSegment } from '../../load/index.ts';
import type { RuleContext } from './context.ts';

const TAG = /<\/?[a-zA-Z][^>]*>/;

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
    });
}
