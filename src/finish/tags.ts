// Copy the front matter's pages into the body *with* their tags. pdf-lib's copyPages drops the
// structure tree (it lives in the catalog, not under the pages), so the front would be untagged:
// here one copier carries the pages, their structure elements and the parent-tree entries
// together, the keys shifted past the body's, and the front's elements become the first
// children of the body's Document element.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFPageLeaf, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

const N = (s: string) => PDFName.of(s);

function num(o: PDFObject | undefined): number | undefined {
  return o instanceof PDFNumber ? o.asNumber() : undefined;
}

function asArray(doc: PDFDocument, o: PDFObject | undefined): PDFObject[] {
  const v = o instanceof PDFRef ? doc.context.lookup(o) : o;
  return v instanceof PDFArray ? v.asArray() : v ? [o!] : [];
}

function shiftKeys(doc: PDFDocument, page: PDFPageLeaf, offset: number): void {
  const sp = num(page.get(N('StructParents')));
  if (sp !== undefined) page.set(N('StructParents'), PDFNumber.of(sp + offset));
  for (const a of asArray(doc, page.get(N('Annots')))) {
    const annot = a instanceof PDFRef ? doc.context.lookup(a) : a;
    if (!(annot instanceof PDFDict)) continue;
    const k = num(annot.get(N('StructParent')));
    if (k !== undefined) annot.set(N('StructParent'), PDFNumber.of(k + offset));
  }
}

export function copyTagged(src: PDFDocument, dest: PDFDocument): PDFPage[] {
  const copier = PDFObjectCopier.for(src.context, dest.context);
  const srcRoot = src.catalog.lookupMaybe(N('StructTreeRoot'), PDFDict);
  const destRoot = dest.catalog.lookupMaybe(N('StructTreeRoot'), PDFDict);
  const offset = num(destRoot?.get(N('ParentTreeNextKey'))) ?? 0;
  const tagged = !!srcRoot && !!destRoot;
  // Copying by reference keeps one copy of each page: the structure's /Pg entries map to it.
  const pages = src.getPages().map((p) => {
    const ref = copier.copy(p.ref) as PDFRef;
    const node = dest.context.lookup(ref) as PDFPageLeaf;
    if (tagged) shiftKeys(dest, node, offset);
    else node.delete(N('StructParents'));
    return PDFPage.of(node, ref, dest);
  });
  if (!tagged) return pages;

  const srcDocRef = srcRoot!.get(N('K'));
  const destDocRef = destRoot!.get(N('K'));
  const srcDoc = srcDocRef instanceof PDFRef ? src.context.lookup(srcDocRef, PDFDict) : undefined;
  const destDoc = destDocRef instanceof PDFRef ? dest.context.lookup(destDocRef, PDFDict) : undefined;
  if (!srcDoc || !destDoc) return pages;
  srcDoc.delete(N('P')); // or the copier would follow it up to the whole source tree
  const kids = asArray(src, srcDoc.get(N('K'))).map((k) => copier.copy(k));
  for (const k of kids) {
    const elem = k instanceof PDFRef ? dest.context.lookup(k) : k;
    if (elem instanceof PDFDict) elem.set(N('P'), destDocRef as PDFRef);
  }
  destDoc.set(N('K'), dest.context.obj([...kids, ...asArray(dest, destDoc.get(N('K')))]));

  const srcNums = asArray(src, srcRoot!.lookupMaybe(N('ParentTree'), PDFDict)?.get(N('Nums')));
  const destTree = destRoot!.lookupMaybe(N('ParentTree'), PDFDict);
  const destNums = destTree?.lookupMaybe(N('Nums'), PDFArray);
  if (destNums)
    for (let i = 0; i + 1 < srcNums.length; i += 2) {
      destNums.push(PDFNumber.of(num(srcNums[i]!)! + offset));
      destNums.push(copier.copy(srcNums[i + 1]!));
    }
  const srcNext = num(srcRoot!.get(N('ParentTreeNextKey'))) ?? 0;
  destRoot!.set(N('ParentTreeNextKey'), PDFNumber.of(offset + srcNext));
  return pages;
}
