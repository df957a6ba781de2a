// A PDF as Chromium writes it, read without parsing it whole: the cross-reference table says
// where each object starts; only the objects the join changes (catalog, page tree, pages and
// their links, the tag tree's root, parent tree, ID tree, destinations) are parsed, with
// pdf-lib's object parser. The rest is copied as text by scan.ts.
import { PDFArray, PDFContext, PDFDict, PDFHexString, PDFName, PDFNumber, PDFObjectParser, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

const N = (s: string) => PDFName.of(s);
const INHERITED = ['Resources', 'MediaBox', 'CropBox', 'Rotate'];

export interface Leaf {
  num: number;
  /** Entries the page inherits from its page-tree ancestors (Chromium writes none today). */
  inherited: [string, PDFObject][];
}

export class PrintedPdf {
  /** The file as latin1 text: one character per byte, so offsets are byte offsets. */
  readonly src: string;
  readonly offsets = new Map<number, number>();
  readonly root: number;
  readonly info?: number;
  private readonly ctx = PDFContext.create();
  private readonly parsed = new Map<number, PDFObject>();
  private leavesCache?: Leaf[];

  constructor(readonly bytes: Uint8Array) {
    this.src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    const sx = this.src.lastIndexOf('startxref');
    const at = Number(/startxref\s+(\d+)/.exec(this.src.slice(sx))?.[1]);
    if (sx < 0 || !this.src.startsWith('xref', at)) throw new Error('PDF dari Chromium tanpa tabel xref yang dikenal');
    const trailerAt = this.src.indexOf('trailer', at);
    this.readXref(at + 4, trailerAt);
    const trailer = this.parseAt(trailerAt + 'trailer'.length) as PDFDict;
    this.root = (trailer.get(N('Root')) as PDFRef).objectNumber;
    const info = trailer.get(N('Info'));
    if (info instanceof PDFRef) this.info = info.objectNumber;
  }

  private readXref(from: number, to: number): void {
    const lines = this.src.slice(from, to).split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
    let next = 0;
    for (const line of lines) {
      const f = line.split(/\s+/);
      if (f.length === 2) next = Number(f[0]);
      else {
        if (f[2] === 'n') this.offsets.set(next, Number(f[0]));
        next++;
      }
    }
  }

  /** Where object `num`'s value starts (just after `num gen obj`). */
  valueStart(num: number): number {
    const at = this.offsets.get(num);
    if (at === undefined) throw new Error(`objek ${num} tidak ada di PDF cetakan`);
    return this.src.indexOf('obj', at) + 3;
  }

  private parseAt(pos: number): PDFObject {
    return PDFObjectParser.forBytes(this.bytes.subarray(pos), this.ctx).parseObject();
  }

  /** One object, parsed (dictionaries and arrays; streams are never parsed here). */
  get(num: number): PDFObject {
    let o = this.parsed.get(num);
    if (!o) this.parsed.set(num, (o = this.parseAt(this.valueStart(num))));
    return o;
  }

  resolve(o: PDFObject | undefined): PDFObject | undefined {
    return o instanceof PDFRef ? this.get(o.objectNumber) : o;
  }

  dict(o: PDFObject | undefined): PDFDict | undefined {
    const v = this.resolve(o);
    return v instanceof PDFDict ? v : undefined;
  }

  array(o: PDFObject | undefined): PDFObject[] {
    const v = this.resolve(o);
    return v instanceof PDFArray ? v.asArray() : [];
  }

  get catalog(): PDFDict {
    return this.get(this.root) as PDFDict;
  }

  /** The page leaves in order, and the page-tree nodes above them. */
  pageTree(): { leaves: Leaf[]; nodes: number[] } {
    const nodes: number[] = [];
    const leaves: Leaf[] = [];
    const walk = (ref: PDFObject | undefined, inherited: [string, PDFObject][]) => {
      if (!(ref instanceof PDFRef)) return;
      const d = this.dict(ref)!;
      if (d.get(N('Type')) !== N('Pages')) return void leaves.push({ num: ref.objectNumber, inherited: inherited.filter(([k]) => !d.has(N(k))) });
      nodes.push(ref.objectNumber);
      const own = INHERITED.flatMap((k): [string, PDFObject][] => (d.has(N(k)) ? [[k, d.get(N(k))!]] : []));
      const next = [...inherited.filter(([k]) => !own.some(([o]) => o === k)), ...own];
      for (const kid of this.array(d.get(N('Kids')))) walk(kid, next);
    };
    walk(this.catalog.get(N('Pages')), []);
    this.leavesCache = leaves;
    return { leaves, nodes };
  }

  get pages(): Leaf[] {
    return this.leavesCache ?? this.pageTree().leaves;
  }

  /** For each page, whether it is wider than tall (a landscape lampiran page). */
  landscape(): boolean[] {
    return this.pages.map((leaf) => {
      const box = this.resolve(this.dict(PDFRef.of(leaf.num))!.get(N('MediaBox')) ?? leaf.inherited.find(([k]) => k === 'MediaBox')?.[1]);
      const n = box instanceof PDFArray ? box.asArray().map((v) => numberOf(this.resolve(v)) ?? 0) : [];
      return n.length === 4 && n[2]! - n[0]! > n[3]! - n[1]!;
    });
  }

  /** Named destinations (Chromium writes them as a /Dests dictionary in the catalog). */
  dests(): Map<string, PDFArray> {
    const out = new Map<string, PDFArray>();
    const d = this.dict(this.catalog.get(N('Dests')));
    if (d)
      for (const [k, v] of d.entries()) {
        const arr = this.resolve(v);
        if (arr instanceof PDFArray) out.set(k.decodeText(), arr);
      }
    return out;
  }

  /** Page index (0-based) of every named destination. */
  destPages(): Map<string, number> {
    const index = new Map(this.pages.map((p, i) => [p.num, i]));
    const out = new Map<string, number>();
    for (const [name, arr] of this.dests()) {
      const first = arr.get(0);
      const i = first instanceof PDFRef ? index.get(first.objectNumber) : undefined;
      if (i !== undefined) out.set(name, i);
    }
    return out;
  }

  /** The pairs of a number tree or name tree (/Nums or /Names, through /Kids), in order. */
  treePairs(root: PDFObject | undefined, key: 'Nums' | 'Names', nodes: number[] = []): [PDFObject, PDFObject][] {
    if (root instanceof PDFRef) nodes.push(root.objectNumber);
    const d = this.dict(root);
    if (!d) return [];
    const flat = this.array(d.get(N(key)));
    const pairs: [PDFObject, PDFObject][] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
    for (const kid of this.array(d.get(N('Kids')))) for (const p of this.treePairs(kid, key, nodes)) pairs.push(p);
    return pairs;
  }

  /** Every item of an outline, so that Chromium's own outline can be left out. */
  outlineItems(): number[] {
    const out: number[] = [];
    const walk = (ref: PDFObject | undefined) => {
      while (ref instanceof PDFRef && !out.includes(ref.objectNumber)) {
        out.push(ref.objectNumber);
        const d = this.dict(ref)!;
        walk(d.get(N('First')));
        ref = d.get(N('Next'));
      }
    };
    const root = this.catalog.get(N('Outlines'));
    if (root instanceof PDFRef) {
      out.push(root.objectNumber);
      walk(this.dict(root)!.get(N('First')));
    }
    return out;
  }
}

export function numberOf(o: PDFObject | undefined): number | undefined {
  return o instanceof PDFNumber ? o.asNumber() : undefined;
}

export function textOf(o: PDFObject | undefined): string | undefined {
  return o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;
}
