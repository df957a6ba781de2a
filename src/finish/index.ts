// Stage 6, finish: one PDF from the printed parts, metadata from the data (never the clock),
// deterministic bytes, then an atomic write.
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { writeAtomic } from './write-atomic.ts';
import { savePdf } from './load.ts';
import { normalizeStructIds } from './struct-ids.ts';

export { loadPdf } from './load.ts';

export { assemble, destPages, type OutlineEntry } from './assemble.ts';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** ISO date of the document (its signing date), used for CreationDate and ModDate. */
  date: string;
  lang: string;
}

export async function finishPdf(pdf: PDFDocument, target: string, meta: PdfMeta): Promise<void> {
  const when = new Date(`${meta.date}T00:00:00Z`);
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setCreator('kinerja');
  pdf.setProducer('kinerja (Chromium, pdf-lib)');
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));
  normalizeStructIds(pdf);
  writeAtomic(target, await savePdf(pdf));
}
