// Read a PDF back as a reader would: text per page, page labels, outline, fonts.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument, PDFDict, PDFName } from 'pdf-lib';

export interface PdfReadBack {
  pages: string[];
  labels: string[] | null;
  outline: { title: string; items: { title: string }[] }[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  const labels = await doc.getPageLabels();
  const outline = ((await doc.getOutline()) ?? []).map((o) => ({ title: o.title, items: o.items.map((c) => ({ title: c.title })) }));
  await doc.destroy();
  return { pages, labels, outline };
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
