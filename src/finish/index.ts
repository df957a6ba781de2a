// Stage 6, finish: the printed parts joined into one PDF with our outline, page labels and
// metadata from the data (never the clock); deterministic bytes, then an atomic write.
import { PDFHexString, PDFString } from 'pdf-lib';
import { Join, type JoinPart } from './join.ts';
import { outlineObjects } from './outline.ts';
import { writePdf } from './write.ts';
import { writeAtomic } from './write-atomic.ts';

export { PrintedPdf } from './read.ts';
export { Join, type JoinPart } from './join.ts';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** ISO date of the document (its signing date), used for CreationDate and ModDate; `2024-01` (no day) counts from the 1st. */
  date: string;
  lang: string;
}

export interface OutlineEntry {
  judul: string;
  level: number;
  /** Named destination in the part it came from. */
  id: string;
  bagian: 'depan' | 'isi';
}

const text = (s: string) => PDFHexString.fromText(s).toString();

function infoText(meta: PdfMeta): string {
  const day = /^\d{4}-\d{2}$/.test(meta.date) ? `${meta.date}-01` : meta.date;
  const when = PDFString.fromDate(new Date(`${day}T00:00:00Z`)).toString();
  return `<</Title ${text(meta.title)}\n/Author ${text(meta.author)}\n/Subject ${text(meta.subject)}\n/Keywords ${text(meta.keywords.join(' '))}\n/Creator ${text('kinerja')}\n/Producer ${text('kinerja (Chromium, pdf-lib)')}\n/CreationDate ${when}\n/ModDate ${when}>>`;
}

/** The page (0-based, in the joined document) of each outline entry that was printed. */
function resolveOutline(parts: JoinPart[], firstPage: number[], outline: OutlineEntry[]): { judul: string; level: number; index: number }[] {
  const dests = parts.map((p) => p.pdf.destPages());
  return outline.flatMap((e) => {
    for (const [i, part] of parts.entries()) {
      const p = part.bagian === e.bagian ? dests[i]!.get(e.id) : undefined;
      if (p !== undefined) return [{ judul: e.judul, level: e.level, index: firstPage[i]! + p }];
    }
    return [];
  });
}

/** A join of parts given all at once, in document order. */
export function joinAll(parts: JoinPart[], lang: string): Join {
  const j = new Join(lang);
  for (const p of parts) j.add(p);
  return j;
}

/**
 * Completes a join (`order`: its parts in document order, front matter first), adds outline,
 * page labels (i, ii, … over the front matter, then 1, 2, …) and metadata, and writes the file
 * atomically.
 */
/** Writes the PDF; says how many pages and bytes it has. */
export async function finishPdf(join: Join, target: string, meta: PdfMeta, outline: OutlineEntry[] = [], order?: number[]): Promise<{ pages: number; bytes: number }> {
  const j = join.result(order);
  const parts = j.parts;
  const cat = j.catalog;
  cat.set('Lang', PDFString.of(meta.lang).toString());
  cat.set('ViewerPreferences', '<</DisplayDocTitle true>>');
  const front = parts.filter((p) => p.bagian === 'depan').reduce((n, p) => n + p.pdf.pages.length, 0);
  if (front > 0) cat.set('PageLabels', `<</Nums [0 <</S /r>> ${front} <</S /D /St 1>>]>>`);
  const items = resolveOutline(parts, j.firstPage, outline).map((e) => ({ judul: e.judul, level: e.level, page: j.pages[e.index]! }));
  if (items.length) {
    cat.set('Outlines', `${outlineObjects(items, j.alloc, j.objects)} 0 R`);
    cat.set('PageMode', '/UseOutlines');
  }
  const info = j.alloc();
  j.objects.push({ num: info, text: infoText(meta) });
  j.objects.push({ num: j.catalogNum, text: `<<${[...cat].map(([k, v]) => `/${k} ${v}`).join('\n')}>>` });
  const bytes = await writePdf(j.objects, { root: j.catalogNum, info });
  writeAtomic(target, bytes);
  return { pages: j.pages.length, bytes: bytes.length };
}
