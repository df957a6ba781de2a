// Read a PDF back as a reader would: text per page, page labels, outline, fonts.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument, PDFDict, PDFName } from 'pdf-lib';

export interface PdfReadBack {
  pages: string[];
  labels: string[] | null;
  outline: { title: string; items: { title: string }[] }[];
  /** Every bookmark, depth first, with the index of the page it points to. */
  bookmarks: { title: string; level: number; page: number }[];
}

type OutlineNode = { title: string; dest: unknown; items: OutlineNode[] };

export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  const labels = await doc.getPageLabels();
  const tree = ((await doc.getOutline()) ?? []) as unknown as OutlineNode[];
  const outline = tree.map((o) => ({ title: o.title, items: o.items.map((c) => ({ title: c.title })) }));
  const bookmarks: PdfReadBack['bookmarks'] = [];
  const walk = async (nodes: OutlineNode[], level: number) => {
    for (const n of nodes) {
      const dest = (typeof n.dest === 'string' ? await doc.getDestination(n.dest) : n.dest) as [{ num: number; gen: number }] | null;
      bookmarks.push({ title: n.title, level, page: dest ? await doc.getPageIndex(dest[0]) : -1 });
      await walk(n.items, level + 1);
    }
  };
  await walk(tree, 1);
  await doc.destroy();
  return { pages, labels, outline, bookmarks };
}

/** Every font in the file, with whether its program is embedded. */
export async function fonts(bytes: Uint8Array): Promise<{ name: string; embedded: boolean }[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const out = new Map<string, boolean>();
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type'))?.toString() !== '/FontDescriptor') continue;
    const name = obj.get(PDFName.of('FontName'))?.toString().replace(/^\/([A-Z]{6}\+)?/, '') ?? '?';
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => obj.get(PDFName.of(k)) !== undefined);
    out.set(name, (out.get(name) ?? true) && embedded);
  }
  return [...out].map(([name, embedded]) => ({ name, embedded }));
}

/** How many structure elements (tags) each page has, as a screen reader would find them. */
export async function structPerPage(bytes: Uint8Array): Promise<number[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  type Node = { children?: Node[] } | null;
  const count = (n: Node): number => (n?.children ?? []).reduce((s, c) => s + 1 + count(c), 0);
  const out: number[] = [];
  for (let i = 1; i <= doc.numPages; i++) out.push(count((await (await doc.getPage(i)).getStructTree()) as Node));
  await doc.destroy();
  return out;
}

/**
 * For each page, the size of most of its text (in points, as printed: a document shrunk to fit
 * a too-wide table shows here) and the text printed in its bottom margin (its page number).
 */
export async function pageLooks(bytes: Uint8Array): Promise<{ size: number; foot: string }[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const out: { size: number; foot: string }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const items = (await (await doc.getPage(i)).getTextContent()).items.flatMap((it) => ('str' in it ? [it] : []));
    const bySize = new Map<number, number>();
    for (const it of items) {
      const size = Math.round(Math.hypot(it.transform[0], it.transform[1]) * 10) / 10;
      bySize.set(size, (bySize.get(size) ?? 0) + it.str.length);
    }
    const size = [...bySize].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    const foot = items.filter((it) => it.transform[5] < 45).map((it) => it.str).join('').trim();
    out.push({ size, foot });
  }
  await doc.destroy();
  return out;
}
