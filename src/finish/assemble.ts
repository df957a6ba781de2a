// Front matter + body → one PDF: the body keeps its tag tree (the front pages are copied into
// it), pages are labelled i, ii, … then 1, 2, …, and the outline is written from our headings.
import { loadPdf } from './load.ts';
import { copyTagged } from './tags.ts';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFHexString, type PDFObject } from "pdf-lib";

export interface OutlineEntry {
  judul: string;
  level: number;
  /** Named destination in the part it came from. */
  id: string;
  bagian: 'depan' | 'isi';
}

/** Page index (0-based) of every named destination Chromium wrote. */
export function destPages(doc: PDFDocument): Map<string, number> {
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  const pages = doc.getPages().map((p) => p.ref.toString());
  const out = new Map<string, number>();
  if (!(dests instanceof PDFDict)) return out;
  for (const [key, value] of dests.entries()) {
    const arr = value instanceof PDFRef ? doc.context.lookup(value) : value;
    const first = arr instanceof PDFArray ? arr.get(0) : undefined;
    const i = first ? pages.indexOf(first.toString()) : -1;
    if (i >= 0) out.set(key.decodeText(), i);
  }
  return out;
}

function pageLabels(doc: PDFDocument, frontCount: number): void {
  const ctx = doc.context;
  const nums = ctx.obj([0, ctx.obj({ S: 'r' }), frontCount, ctx.obj({ S: 'D', St: 1 })]);
  doc.catalog.set(PDFName.of('PageLabels'), ctx.obj({ Nums: nums }));
}

function writeOutline(doc: PDFDocument, entries: { judul: string; level: number; page: number }[]): void {
  const ctx = doc.context;
  const root = ctx.nextRef();
  const refs = entries.map(() => ctx.nextRef());
  const parentOf: number[] = [];
  const stack: number[] = [];
  entries.forEach((e, i) => {
    while (stack.length && entries[stack.at(-1)!]!.level >= e.level) stack.pop();
    parentOf[i] = stack.at(-1) ?? -1;
    stack.push(i);
  });
  const children = (p: number) => entries.map((_, i) => i).filter((i) => parentOf[i] === p);
  const descendants = (p: number): number => children(p).reduce((n, c) => n + 1 + descendants(c), 0);
  entries.forEach((e, i) => {
    const siblings = children(parentOf[i]!);
    const k = siblings.indexOf(i);
    const kids = children(i);
    const dict: Record<string, PDFObject> = {
      Title: PDFHexString.fromText(e.judul),
      Parent: parentOf[i] === -1 ? root : refs[parentOf[i]!]!,
      Dest: ctx.obj([doc.getPage(e.page).ref, PDFName.of('XYZ'), ctx.obj(null), ctx.obj(null), ctx.obj(null)]),
    };
    if (k > 0) dict['Prev'] = refs[siblings[k - 1]!]!;
    if (k < siblings.length - 1) dict['Next'] = refs[siblings[k + 1]!]!;
    if (kids.length) {
      dict['First'] = refs[kids[0]!]!;
      dict['Last'] = refs[kids.at(-1)!]!;
      dict['Count'] = PDFNumber.of(e.level === 1 ? descendants(i) : -descendants(i));
    }
    ctx.assign(refs[i]!, ctx.obj(dict));
  });
  const top = children(-1);
  ctx.assign(root, ctx.obj({ Type: 'Outlines', First: refs[top[0]!]!, Last: refs[top.at(-1)!]!, Count: PDFNumber.of(top.length) }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

export async function assemble(depanBytes: Uint8Array, isi: PDFDocument, outline: OutlineEntry[]): Promise<PDFDocument> {
  const depan = await loadPdf(depanBytes);
  const isiPages = destPages(isi);
  const depanPages = destPages(depan);
  const copied = copyTagged(depan, isi);
  copied.forEach((p, i) => isi.insertPage(i, p));
  const n = copied.length;
  pageLabels(isi, n);
  const resolved = outline.flatMap((e) => {
    const p = e.bagian === 'depan' ? depanPages.get(e.id) : isiPages.get(e.id);
    return p === undefined ? [] : [{ judul: e.judul, level: e.level, page: e.bagian === 'depan' ? p : p + n }];
  });
  isi.catalog.delete(PDFName.of('Outlines'));
  if (resolved.length) writeOutline(isi, resolved);
  return isi;
}

