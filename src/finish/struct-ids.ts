// Chromium names structure elements after a counter that runs across every page the browser
// has printed, so the same document printed after another one gets other names. Renaming them
// in order, from 1, makes the bytes depend on the document alone.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFObject } from "pdf-lib";

const ID = /^node(\d+)$/;

function text(o: PDFObject): string | undefined {
  return o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;
}

function each(o: PDFObject, visit: (value: PDFObject, set: (v: PDFObject) => void) => void, seen = new Set<PDFObject>()): void {
  if (seen.has(o)) return;
  seen.add(o);
  if (o instanceof PDFDict)
    for (const [k, v] of o.entries()) {
      visit(v, (n) => o.set(k, n));
      each(v, visit, seen);
    }
  else if (o instanceof PDFArray)
    o.asArray().forEach((v, i) => {
      visit(v, (n) => o.set(i, n));
      each(v, visit, seen);
    });
}

export function normalizeStructIds(doc: PDFDocument): void {
  const ids = new Set<string>();
  // Only the structure tree holds these names: its elements (/ID, /Headers in their attributes)
  // and the ID name tree (/Names, /Limits). Fonts, pages and content are not walked.
  const S = PDFName.of('S');
  const NAMES = PDFName.of('Names');
  const LIMITS = PDFName.of('Limits');
  const objects = doc.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .filter((o) => o instanceof PDFDict && (o.has(S) || o.has(NAMES) || o.has(LIMITS)));
  for (const o of objects) each(o, (v) => {
    const t = text(v);
    if (t && ID.test(t)) ids.add(t);
  });
  // Keep the counter's order, so the ID name tree stays sorted.
  const renamed = new Map([...ids].sort((a, b) => Number(ID.exec(a)![1]) - Number(ID.exec(b)![1])).map((id, i) => [id, `node${String(i + 1).padStart(8, '0')}`]));
  for (const o of objects) each(o, (v, set) => {
    const t = text(v);
    const n = t && renamed.get(t);
    if (n) set(PDFString.of(n));
  });
}
