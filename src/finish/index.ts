// Stage 6, finish: metadata from the data (never the clock), then an atomic write.
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { writeAtomic } from './write-atomic.ts';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** ISO date of the document (its signing date), used for CreationDate and ModDate. */
  date: string;
  lang: string;
}

export async function finishPdf(bytes: Uint8Array, target: string, meta: PdfMeta): Promise<void> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
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
  writeAtomic(target, await pdf.save({ updateFieldAppearances: false }));
}
