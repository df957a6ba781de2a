// Printed parts (the front matter, the body, or the body's pieces) → one PDF. Every object of
// every part is kept and renumbered; what each part had for itself (catalog, page tree, tag
// tree root, parent tree, ID tree, destinations, outline, info) is replaced by one of each for
// the whole: pages in order, the tag trees under one Document element with their parent-tree
// keys shifted past the previous part's, and the structure IDs renamed in order, so that the
// bytes depend on the document alone, not on what Chromium printed before it.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFObject, PDFRef, PDFString } from 'pdf-lib';
import { PrintedPdf, numberOf, textOf, type Leaf } from './read.ts';
import { scanObject } from './scan.ts';
import { urutanId } from './tag-id.ts';
import type { OutObject } from './write.ts';

const N = (s: string) => PDFName.of(s);

export interface JoinPart {
  pdf: PrintedPdf;
  bagian: 'depan' | 'isi';
}

/** Text written as is, for what the join adds inside a parsed object (never renumbered). */
class Raw extends PDFObject {
  constructor(private readonly text: string) {
    super();
  }
  override toString(): string {
    return this.text;
  }
  override clone(): Raw {
    return this;
  }
  override sizeInBytes(): number {
    return this.text.length;
  }
  override copyBytesInto(): number {
    throw new Error('Raw is only serialised by join');
  }
}

/** The overlay's resource name in each page it is laid over. */
const OVERLAY = 'KinerjaNomor';

/** What one part brings, and which of its objects the join replaces. */
interface Analysis {
  leaves: Leaf[];
  /** The page-tree nodes above the leaves (replaced by the joined document's one). */
  nodes: number[];
  annots: Set<number>;
  dropped: Set<number>;
  structRoot?: number;
  docElem?: number;
  kids: PDFObject[];
  parentTree: [PDFObject, PDFObject][];
  nextKey: number;
  ids: string[];
  idPairs: [PDFObject, PDFObject][];
}

/** What a printed PDF has for itself and the join replaces: catalog, page tree, info, dests, outline. */
function ownObjects(pdf: PrintedPdf, nodes: number[]): Set<number> {
  const own = new Set<number>([pdf.root, ...nodes, ...pdf.outlineItems()]);
  if (pdf.info !== undefined) own.add(pdf.info);
  const dests = pdf.catalog.get(N('Dests'));
  if (dests instanceof PDFRef) own.add(dests.objectNumber);
  return own;
}

/** One object copied as it is, references renumbered (a stream's data kept as bytes). */
function copyObject(pdf: PrintedPdf, at: number, renumber: (n: number) => number, rename?: (s: string) => string | undefined): { text: string; stream?: Uint8Array } {
  const start = pdf.valueStart(at);
  const s = scanObject(pdf.src, start, renumber, rename);
  if (s.streamStart === undefined) return { text: s.text };
  return { text: s.text, stream: pdf.bytes.subarray(s.streamStart, s.streamStart + streamLength(pdf, pdf.src.slice(start, s.streamStart))) };
}

function analyse(pdf: PrintedPdf): Analysis {
  const { leaves, nodes } = pdf.pageTree();
  const dropped = ownObjects(pdf, nodes);
  const cat = pdf.catalog;
  const annots = new Set<number>();
  for (const leaf of leaves)
    for (const a of pdf.array(pdf.dict(PDFRef.of(leaf.num))!.get(N('Annots')))) if (a instanceof PDFRef) annots.add(a.objectNumber);
  const a: Analysis = { leaves, nodes, annots, dropped, kids: [], parentTree: [], nextKey: 0, ids: [], idPairs: [] };
  const rootRef = cat.get(N('StructTreeRoot'));
  const root = pdf.dict(rootRef);
  if (!(rootRef instanceof PDFRef) || !root) return a;
  a.structRoot = rootRef.objectNumber;
  dropped.add(rootRef.objectNumber);
  const k = root.get(N('K'));
  const top = pdf.dict(k);
  if (k instanceof PDFRef && top?.get(N('S')) === N('Document')) {
    a.docElem = k.objectNumber;
    dropped.add(k.objectNumber);
    const kk = top.get(N('K'));
    a.kids = kk instanceof PDFArray ? kk.asArray() : kk ? [kk] : [];
  } else a.kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
  const treeNodes: number[] = [];
  a.parentTree = pdf.treePairs(root.get(N('ParentTree')), 'Nums', treeNodes);
  a.nextKey = numberOf(root.get(N('ParentTreeNextKey'))) ?? a.parentTree.reduce((m, [key]) => Math.max(m, numberOf(key) ?? 0), -1) + 1;
  a.idPairs = pdf.treePairs(root.get(N('IDTree')), 'Names', treeNodes);
  a.ids = a.idPairs.map(([key]) => textOf(key) ?? '');
  for (const n of treeNodes) dropped.add(n);
  return a;
}

/** Serialises a parsed object with its references renumbered. */
export function serialize(o: PDFObject, renumber: (n: number) => number): string {
  if (o instanceof PDFRef) return `${renumber(o.objectNumber)} 0 R`;
  if (o instanceof PDFDict) return `<<${[...o.entries()].map(([k, v]) => `${k.toString()} ${serialize(v, renumber)}`).join('\n')}>>`;
  if (o instanceof PDFArray) return `[${o.asArray().map((v) => serialize(v, renumber)).join(' ')}]`;
  return o.toString();
}

/** A part as the join keeps it: its analysis, how its numbers map, where its keys start. */
interface Added {
  part: JoinPart;
  a: Analysis;
  renumber: (n: number) => number;
  renames: Map<string, string>;
  keyOffset: number;
  /** The form XObject numbers its pages' page-number overlay will have, if it gets one. */
  forms?: number[];
}

/**
 * The joined document, built part by part: a part's objects are renumbered and copied when it
 * is added, so the body can be joined while Chromium still prints the front matter and the
 * page numbers. Part order (`result`) is separate from the order of adding.
 */
export class Join {
  private next = 1;
  readonly alloc = (): number => this.next++;
  readonly catalogNum = this.alloc();
  private readonly pagesNum = this.alloc();
  private readonly structNum = this.alloc();
  private readonly docNum = this.alloc();
  private readonly added: Added[] = [];
  readonly objects: OutObject[] = [];
  private ids = 0;
  private keys = 0;
  private wrap?: { open: number; close: number };

  constructor(private readonly lang: string) {}

  /** Adds a part; `overlay`: its page numbers come later (addOverlay). Returns its index. */
  add(part: JoinPart, overlay = false): number {
    const { pdf } = part;
    const a = analyse(pdf);
    const map = new Map<number, number>();
    for (const num of [...pdf.offsets.keys()].sort((x, y) => x - y)) if (!a.dropped.has(num)) map.set(num, this.alloc());
    for (const n of a.nodes) map.set(n, this.pagesNum);
    if (a.structRoot !== undefined) map.set(a.structRoot, this.structNum);
    if (a.docElem !== undefined) map.set(a.docElem, this.docNum);
    const renumber = (n: number) => {
      const m = map.get(n);
      if (m === undefined) throw new Error(`rujukan ke objek ${n} yang tidak disalin`);
      return m;
    };
    const renames = new Map(urutanId(pdf, a.ids).map((id) => [id, `node${String(++this.ids).padStart(8, '0')}`]));
    const keyOffset = this.keys;
    this.keys += a.nextKey;
    const forms = overlay ? a.leaves.map(() => this.alloc()) : undefined;
    if (overlay) this.wrap ??= { open: this.alloc(), close: this.alloc() };
    const added: Added = { part, a, renumber, renames, keyOffset, forms };
    this.copy(added);
    this.added.push(added);
    return this.added.length - 1;
  }

  private copy({ part: { pdf }, a, renumber, renames, keyOffset, forms }: Added): void {
    const tagged = a.structRoot !== undefined;
    const rename = (s: string) => renames.get(s);
    const leaves = new Map(a.leaves.map((l, i) => [l.num, { leaf: l, i }]));
    for (const num of [...pdf.offsets.keys()].sort((x, y) => x - y)) {
      if (a.dropped.has(num)) continue;
      const page = leaves.get(num);
      if (page || a.annots.has(num)) {
        const d = (pdf.get(num) as PDFDict).clone();
        if (page) {
          // The new page tree's number is not an old one: written as is.
          d.set(N('Parent'), new Raw(`${this.pagesNum} 0 R`));
          for (const [k, v] of page.leaf.inherited) d.set(N(k), v);
          shift(d, 'StructParents', tagged ? keyOffset : undefined);
          if (forms && this.wrap) layOver(pdf, d, forms[page.i], this.wrap);
        } else shift(d, 'StructParent', tagged ? keyOffset : undefined);
        this.objects.push({ num: renumber(num), text: serialize(d, renumber) });
        continue;
      }
      this.objects.push({ num: renumber(num), ...copyObject(pdf, num, renumber, rename) });
    }
  }

  /** The page numbers of part `index` (added with `overlay`), one overlay page per page. */
  addOverlay(index: number, pdf: PrintedPdf): void {
    const forms = this.added[index]?.forms;
    if (!forms) throw new Error('bagian ini tidak menunggu nomor halaman');
    this.objects.push(...overlayObjects(pdf, overlayMap(pdf, this.alloc, forms)));
  }

  /**
   * The document-level objects for the parts in `order` (indices of adding; the default is the
   * order they were added), and what finish needs to add outline, labels and info.
   */
  result(order = this.added.map((_, i) => i)): JoinResult {
    const parts = order.map((i) => this.added[i]!);
    const objects = this.objects;
    if (this.wrap) {
      // The page's own content is closed off in q … Q; the numbers are an artifact, not content.
      objects.push({ num: this.wrap.open, text: '<</Length 2>>', stream: Buffer.from('q\n') });
      const close = Buffer.from(`Q\n/Artifact BMC\n/${OVERLAY} Do\nEMC\n`, 'latin1');
      objects.push({ num: this.wrap.close, text: `<</Length ${close.length}>>`, stream: close });
    }
    const pages: number[] = [];
    const firstPage: number[] = [];
    for (const p of parts) {
      firstPage.push(pages.length);
      for (const l of p.a.leaves) pages.push(p.renumber(l.num));
    }
    objects.push({ num: this.pagesNum, text: `<</Type /Pages\n/Count ${pages.length}\n/Kids [${pages.map((p) => `${p} 0 R`).join(' ')}]>>` });
    const catalog = new Map<string, string>([
      ['Type', '/Catalog'],
      ['Pages', `${this.pagesNum} 0 R`],
    ]);
    const tagged = parts.filter((p) => p.a.structRoot !== undefined);
    if (tagged.length) {
      const kids = tagged.flatMap((p) => p.a.kids.map((k) => serialize(k, p.renumber)));
      objects.push({ num: this.docNum, text: `<</Type /StructElem\n/S /Document\n/Lang ${PDFString.of(this.lang).toString()}\n/P ${this.structNum} 0 R\n/K [${kids.join(' ')}]>>` });
      // Number and name trees list their keys in ascending order: the order the parts were added.
      const byKeys = [...tagged].sort((x, y) => x.keyOffset - y.keyOffset);
      const PARENT = this.alloc();
      const nums = byKeys.flatMap((p) => p.a.parentTree.map(([key, v]) => `${(numberOf(key) ?? 0) + p.keyOffset} ${serialize(v, p.renumber)}`));
      objects.push({ num: PARENT, text: `<</Nums [${nums.join('\n')}]>>` });
      const root = [`/Type /StructTreeRoot`, `/K ${this.docNum} 0 R`, `/ParentTree ${PARENT} 0 R`, `/ParentTreeNextKey ${this.keys}`];
      // A name tree lists its keys in ascending order: the new names', not the old ones'.
      const named = byKeys.flatMap((p) => p.a.idPairs.map(([key, v]) => ({ name: p.renames.get(textOf(key) ?? '') ?? textOf(key) ?? '', v: serialize(v, p.renumber) })));
      const names = named.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)).map((n) => `(${n.name}) ${n.v}`);
      if (names.length) {
        const IDS = this.alloc();
        objects.push({ num: IDS, text: `<</Names [${names.join('\n')}]>>` });
        root.push(`/IDTree ${IDS} 0 R`);
      }
      objects.push({ num: this.structNum, text: `<<${root.join('\n')}>>` });
      catalog.set('MarkInfo', '<</Marked true>>');
      catalog.set('StructTreeRoot', `${this.structNum} 0 R`);
    }
    const dests = mergedDests(parts.map((p) => p.part), parts.map((p) => p.renumber));
    if (dests.length) {
      const DESTS = this.alloc();
      objects.push({ num: DESTS, text: `<<${dests.join('\n')}>>` });
      catalog.set('Dests', `${DESTS} 0 R`);
    }
    return { objects, pages, firstPage, parts: parts.map((p) => p.part), alloc: this.alloc, catalog, catalogNum: this.catalogNum };
  }
}

export interface JoinResult {
  objects: OutObject[];
  /** Every page in order, by its new object number. */
  pages: number[];
  /** For each part in document order, the index of its first page. */
  firstPage: number[];
  /** The parts in document order. */
  parts: JoinPart[];
  /** Numbers for the objects the caller writes (catalog, info, …): call for each. */
  alloc: () => number;
  catalog: Map<string, string>;
  catalogNum: number;
}

function shift(d: PDFDict, key: string, offset: number | undefined): void {
  const v = numberOf(d.get(N(key)));
  if (v === undefined) return;
  if (offset === undefined) d.delete(N(key));
  else d.set(N(key), PDFNumber.of(v + offset));
}

function streamLength(pdf: PrintedPdf, dict: string): number {
  const m = /\/Length(?![0-9A-Za-z])\s+(\d+)(?:\s+(\d+)\s+R)?/.exec(dict);
  if (!m) throw new Error('stream tanpa /Length');
  if (m[2] === undefined) return Number(m[1]);
  return numberOf(pdf.get(Number(m[1]))) ?? 0;
}

/** Named destinations of all parts; a name the body and the front both have is the body's. */
function mergedDests(parts: JoinPart[], maps: ((n: number) => number)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const order = [...parts.keys()].sort((a, b) => Number(parts[a]!.bagian === 'depan') - Number(parts[b]!.bagian === 'depan'));
  for (const i of order)
    for (const [name, arr] of parts[i]!.pdf.dests()) {
      if (seen.has(name)) continue;
      seen.add(name);
      out.push(`${N(name).toString()} ${serialize(arr, maps[i]!)}`);
    }
  return out;
}

interface Overlay {
  map: (n: number) => number;
  /** For each page of the overlay, the number of the form XObject made of it. */
  forms: number[];
  dropped: Set<number>;
  contents: Map<number, number>;
}

function overlayMap(pdf: PrintedPdf, alloc: () => number, forms: number[]): Overlay {
  const { leaves, nodes } = pdf.pageTree();
  if (leaves.length !== forms.length) throw new Error(`lapisan nomor halaman ${leaves.length} halaman, bagiannya ${forms.length}`);
  const dropped = ownObjects(pdf, nodes);
  const contents = new Map<number, number>();
  for (const leaf of leaves) {
    const c = pdf.dict(PDFRef.of(leaf.num))!.get(N('Contents'));
    if (!(c instanceof PDFRef)) throw new Error('halaman nomor tanpa satu aliran isi');
    contents.set(leaf.num, c.objectNumber);
    dropped.add(c.objectNumber);
  }
  const map = new Map<number, number>(leaves.map((l, i) => [l.num, forms[i]!]));
  for (const num of [...pdf.offsets.keys()].sort((x, y) => x - y)) if (!dropped.has(num) && !map.has(num)) map.set(num, alloc());
  return {
    map: (n) => {
      const m = map.get(n);
      if (m === undefined) throw new Error(`rujukan ke objek ${n} yang tidak disalin`);
      return m;
    },
    forms,
    dropped,
    contents,
  };
}

/** The overlay's objects: its fonts and the like as they are, each page as a form XObject. */
function overlayObjects(pdf: PrintedPdf, o: Overlay): OutObject[] {
  const out: OutObject[] = [];
  const leaves = new Map(pdf.pages.map((l) => [l.num, l]));
  for (const num of [...pdf.offsets.keys()].sort((x, y) => x - y)) {
    if (o.dropped.has(num)) continue;
    const leaf = leaves.get(num);
    // A page is carried by its content stream, which becomes the form.
    const { text, stream } = copyObject(pdf, leaf ? o.contents.get(num)! : num, o.map);
    if (!leaf) {
      out.push({ num: o.map(num), text, stream });
      continue;
    }
    const page = pdf.dict(PDFRef.of(num))!;
    const box = page.get(N('MediaBox')) ?? leaf.inherited.find(([k]) => k === 'MediaBox')?.[1];
    const resources = page.get(N('Resources')) ?? leaf.inherited.find(([k]) => k === 'Resources')?.[1];
    const form = `/Type /XObject\n/Subtype /Form\n/BBox ${box ? serialize(box, o.map) : '[0 0 0 0]'}\n/Resources ${resources ? serialize(resources, o.map) : '<<>>'}`;
    out.push({ num: o.map(num), text: `${text.slice(0, -2)}\n${form}>>`, stream });
  }
  return out;
}

/** Lays a form over a page: its content wrapped in q … Q, then the form drawn as an artifact. */
function layOver(pdf: PrintedPdf, page: PDFDict, form: number | undefined, wrap: { open: number; close: number }): void {
  if (form === undefined) throw new Error('lapisan nomor halaman kurang halaman');
  const ctx = page.context;
  const resources = pdf.dict(page.get(N('Resources')))?.clone() ?? PDFDict.withContext(ctx);
  const xobjects = pdf.dict(resources.get(N('XObject')))?.clone() ?? PDFDict.withContext(ctx);
  xobjects.set(N(OVERLAY), new Raw(`${form} 0 R`));
  resources.set(N('XObject'), xobjects);
  page.set(N('Resources'), resources);
  const contents = page.get(N('Contents'));
  const own = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  const arr = PDFArray.withContext(ctx);
  arr.push(new Raw(`${wrap.open} 0 R`));
  for (const c of own) arr.push(c);
  arr.push(new Raw(`${wrap.close} 0 R`));
  page.set(N('Contents'), arr);
}
