// pdf-lib yields to the event loop every few objects by default (parseSpeed "slow", 50-100
// objects per tick); on a body of thousands of pages that waiting is most of the time spent.
// A build has nothing else to do meanwhile, so it parses and writes without yielding.
import { ParseSpeeds, PDFDocument, type SaveOptions } from 'pdf-lib';

export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

export function savePdf(doc: PDFDocument, options: SaveOptions = {}): Promise<Uint8Array> {
  return doc.save({ updateFieldAppearances: false, objectsPerTick: Infinity, ...options });
}
