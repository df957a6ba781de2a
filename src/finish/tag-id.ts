// Chromium names each tagged element after its DOM node (`/ID (node00000105)`), from a counter of
// its renderer process that runs on across documents and is handed out in an order that depends
// on what else that renderer did. The join renames them (join.ts); the order it renames them in
// must come from the document alone: the order of the objects that carry them, which Chromium
// numbers by the structure it writes. (The ID tree's own order, by the old names, differs from
// one print to the next: the same document built alone, in a batch or in a shard had different
// bytes.)
import type { PrintedPdf } from './read.ts';

const ID = /\/ID\s*\(([^()\\]*)\)/g;

/** `ids` (the part's ID-tree keys) in the order of the objects whose /ID each is; the rest after, as given. */
export function urutanId(pdf: PrintedPdf, ids: string[]): string[] {
  if (!ids.length) return ids;
  const wanted = new Set(ids);
  const starts = [...pdf.offsets].sort((a, b) => a[1] - b[1]);
  const at = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]![1] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo]![0];
  };
  const found: { id: string; num: number; offset: number }[] = [];
  const seen = new Set<string>();
  for (const m of pdf.src.matchAll(ID)) {
    const id = m[1]!;
    if (!wanted.has(id) || seen.has(id)) continue;
    seen.add(id);
    found.push({ id, num: at(m.index), offset: m.index });
  }
  found.sort((a, b) => a.num - b.num || a.offset - b.offset);
  return [...found.map((f) => f.id), ...ids.filter((id) => !seen.has(id))];
}
