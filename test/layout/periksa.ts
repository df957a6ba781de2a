// The layout check (issue 13, deliverable 10): reads a printed PDF as a typesetter would look at
// it — text with its position, size and font, page by page — and names every page an agency would
// refuse to sign. Test-only for now: it reads the PDF with pdfjs, a development dependency.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The rules, each a kind of finding. */
export type Aturan =
  | 'keterangan-sendiri' // a page whose body ends in a caption (and nothing but its header after)
  | 'ttd-sendiri' // a page whose only content is a signature block
  | 'angka-terpotong' // a figure token broken across lines
  | 'di-luar-halaman' // text outside the page box or in the side margins
  | 'huruf-asing' // a font that is not the bundled Arimo or Tinos
  | 'terlalu-kecil' // text smaller than the floor
  | 'kata-terpotong' // a word broken without a hyphen
  | 'halaman-pendek' // a page of a few lines that does not end a chapter or section
  | 'judul-di-akhir'; // a heading that ends a page, its text on the next

export interface Temuan {
  aturan: Aturan;
  /** 1-based page number in the file. */
  halaman: number;
  pesan: string;
}

export interface Opsi {
  /** Smallest text size allowed, in points. */
  lantai?: number;
  /** Nearest any text may come to the page's left or right edge, in points. */
  tepi?: number;
  /** Only these rules (default: all). */
  aturan?: Aturan[];
}

/**
 * 8 pt, the house style's floor (styles/kinerja.css, "one type scale for tables"): the usual floor
 * for a landscape lampiran. Nothing of any document goes below it: the densest table (the
 * quarterly lampiran) is set at it, and so are the lettering of charts and of the pohon kinerja
 * trees (src/render/pohon.ts), which are split over pages rather than shrunk.
 */
export const LANTAI_PT = 8;
/** 10 mm: the narrowest margin of any document is the landscape lampiran's 12 mm. */
export const TEPI_PT = (10 / 25.4) * 72;

/** A run of text on one baseline, its pieces closer than a word space apart: one line of one box. */
export interface Baris {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  bold: boolean;
}

interface Potong {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
  font: string;
}

export interface Halaman {
  nomor: number;
  width: number;
  height: number;
  potong: Potong[];
  /** Lines of the body, top to bottom, left to right; the running head and the page number left out. */
  baris: Baris[];
}

const BUNDLED = /^(?:[A-Z]{6}\+)?(?:Arimo|Tinos)(?:-[A-Za-z]+)?$/;
/** Running head and page number sit in the margins: the top and bottom 14 mm are not body. */
const MARGIN_PT = (14 / 25.4) * 72;
/** The DRAF mark sits in the top margin box, within 25 mm of the top. */
const DRAF_PT = (25 / 25.4) * 72;

export async function bacaHalaman(bytes: Uint8Array): Promise<Halaman[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const out: Halaman[] = [];
  try {
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      await page.getOperatorList(); // loads the fonts, whose names we read
      const potong: Potong[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str.trim() === '') continue;
        let font = '?';
        try {
          font = (page.commonObjs.get(it.fontName) as { name?: string }).name ?? '?';
        } catch {
          /* a font pdfjs did not load: reported as unknown */
        }
        const size = Math.hypot(it.transform[0], it.transform[1]);
        potong.push({ str: it.str, x: it.transform[4] - x0, y: it.transform[5] - y0, w: it.width, size, font });
      }
      const width = x1 - x0;
      const height = y1 - y0;
      // The DRAF mark (render/page-css.ts) is a margin box whose 16 pt reach below the 14 mm.
      const isi = potong.filter((p) => p.y > MARGIN_PT && p.y < height - MARGIN_PT && !(p.str.trim() === 'DRAF' && p.y > height - DRAF_PT));
      out.push({ nomor: i, width, height, potong, baris: susunBaris(isi) });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

/** Pieces on one baseline whose gap is under a word space or so join into one line. */
export function susunBaris(potong: Potong[]): Baris[] {
  const sorted = [...potong].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Potong[][] = [];
  for (const p of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - p.y) < 1.5) row.push(p);
    else rows.push([p]);
  }
  const out: Baris[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let cur: Baris | undefined;
    for (const p of row) {
      const gap = cur ? p.x - cur.right : Infinity;
      const bold = /Bold/.test(p.font);
      const trimmed = p.str.trimEnd();
      if (cur && gap < p.size * 0.6) {
        cur.text += (gap > p.size * 0.15 && !cur.text.endsWith(' ') ? ' ' : '') + p.str;
        cur.right = Math.max(cur.right, p.x + p.w);
        cur.bold &&= bold;
      } else {
        cur = { text: p.str, x: p.x, right: p.x + p.w, y: p.y, size: p.size, bold };
        out.push(cur);
      }
      if (trimmed.length < p.str.length && cur.text.endsWith(' ')) cur.right = Math.min(cur.right, p.x + p.w);
    }
  }
  for (const b of out) b.text = b.text.replace(/\s+/g, ' ').trim();
  return out.filter((b) => b.text !== '');
}

/** The line directly below `b` in the same box: the next baseline down, overlapping it sideways. */
function bawah(baris: Baris[], b: Baris): Baris | undefined {
  let best: Baris | undefined;
  for (const c of baris) {
    const dy = b.y - c.y;
    if (dy <= 1 || dy > b.size * 1.7) continue;
    if (c.right < b.x + 1 || c.x > b.right - 1) continue;
    if (!best || c.y > best.y || (c.y === best.y && Math.abs(c.x - b.x) < Math.abs(best.x - b.x))) best = c;
  }
  return best;
}

const CAPTION = /^(?:Tabel|Gambar)\s+\d+(?:\.\d+)*\.?(?:\s|$)/;
const BULAN = '(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)';
const TEMPAT_TANGGAL = new RegExp(`^[A-Z][\\p{L} .'-]*,\\s*(?:\\d{1,2}\\s+)?(?:${BULAN}\\s+\\d{4}|[.…]{3,}.*)$`, 'u');
const NIP = /^NIP\.?\s*[:.]?\s*[\d .…]*$/i;
/** A well-formed Indonesian figure: 1.234.567 or 94,07. */
const ANGKA = /^\d{1,3}(?:\.\d{3})*(?:,\d+)?$/;

/** Rules over one page. */
export function periksaHalaman(h: Halaman, opsi: Opsi = {}): Temuan[] {
  const lantai = opsi.lantai ?? LANTAI_PT;
  const tepi = opsi.tepi ?? TEPI_PT;
  const on = (a: Aturan) => !opsi.aturan || opsi.aturan.includes(a);
  const out: Temuan[] = [];
  const add = (aturan: Aturan, pesan: string) => out.push({ aturan, halaman: h.nomor, pesan });

  if (on('huruf-asing')) {
    const asing = new Set(h.potong.filter((p) => !BUNDLED.test(p.font)).map((p) => p.font));
    for (const f of asing) add('huruf-asing', `huruf ${f} bukan Arimo atau Tinos ("${h.potong.find((p) => p.font === f)!.str.trim()}")`);
  }
  if (on('terlalu-kecil')) {
    const kecil = h.potong.filter((p) => p.size < lantai - 0.05);
    if (kecil.length) {
      const min = Math.min(...kecil.map((p) => p.size));
      add('terlalu-kecil', `${kecil.length} potong teks di bawah ${lantai} pt (terkecil ${min.toFixed(1)} pt: "${kecil.find((p) => p.size === min)!.str.trim()}")`);
    }
  }
  if (on('di-luar-halaman')) {
    for (const p of h.potong) {
      const right = p.x + p.w;
      if (p.x < tepi - 0.5 || right > h.width - tepi + 0.5 || p.y < 0 || p.y + p.size * 0.8 > h.height)
        add('di-luar-halaman', `"${p.str.trim()}" di x ${p.x.toFixed(0)}–${right.toFixed(0)}, y ${p.y.toFixed(0)} (halaman ${h.width.toFixed(0)} × ${h.height.toFixed(0)} pt)`);
    }
  }
  const body = h.baris;
  if (on('keterangan-sendiri') && body.length) {
    // From the last caption line to the foot: only bold lines (its title, a header row, group labels).
    // A table's caption stands above it, a figure's below: a figure's caption fails only alone.
    let k = -1;
    for (let i = body.length - 1; i >= 0; i--) if (CAPTION.test(body[i]!.text) && body[i]!.bold) { k = i; break; }
    const gambar = k >= 0 && body[k]!.text.startsWith('Gambar');
    if (k >= 0 && (!gambar || k === 0) && body.slice(k).every((b) => b.bold)) add('keterangan-sendiri', `keterangan "${body[k]!.text}" mengakhiri halaman tanpa baris tabel atau gambar sesudahnya`);
  }
  if (on('ttd-sendiri') && body.length) {
    const first = body[0]!;
    const nip = body.some((b) => NIP.test(b.text));
    if (nip && (TEMPAT_TANGGAL.test(first.text) || body.length <= 12) && body.every((b) => b.text.length <= 70 && !CAPTION.test(b.text)))
      add('ttd-sendiri', `halaman hanya berisi blok tanda tangan ("${first.text}" … "${body.find((b) => NIP.test(b.text))!.text}")`);
  }
  if (on('angka-terpotong')) {
    for (const b of body) {
      const next = bawah(body, b);
      const tail = /(\S+)$/.exec(b.text)?.[1] ?? '';
      if (/^Rp\.?$/.test(tail) && !(b.bold && b.text === tail) && next && /^\d/.test(next.text)) add('angka-terpotong', `"Rp" di ujung baris, jumlahnya di baris berikut ("${b.text.slice(-30)}")`);
      if (/^%/.test(b.text) && b.text.length <= 40) {
        const above = body.find((a) => bawah(body, a) === b);
        if (above && /\d$/.test(above.text)) add('angka-terpotong', `"%" di awal baris, angkanya di baris sebelumnya ("${above.text.slice(-20)}" / "${b.text.slice(0, 20)}")`);
      }
      if (!next) continue;
      const head = /^(\S+)/.exec(next.text)?.[1] ?? '';
      if (/\d[.,]?$/.test(tail) && /^[.,]?\d[\d.,]*$/.test(head.replace(/[*%)]+$/, ''))) {
        const a = /[\d.,]+$/.exec(tail)![0];
        const joined = a + head.replace(/[*%)]+$/, '');
        const brokenTail = /[.,]$/.test(a) || /^[.,]/.test(head) || (/\.\d{1,2}$/.test(a) && /^\d{1,3}(\.\d{3})+\.\d{1,2}$/.test(a)) || /^\d{4,}$/.test(a) && /^\d{1,3}(\.\d{3})*$/.test(joined);
        if (ANGKA.test(joined) && brokenTail) add('angka-terpotong', `angka "${joined}" terpotong di dua baris ("${a}" / "${head}")`);
      }
    }
  }
  if (on('kata-terpotong')) {
    for (const b of body) {
      const next = bawah(body, b);
      if (!next || Math.abs(next.x - b.x) > 2 && Math.abs(next.right - b.right) > 2 && Math.abs((next.x + next.right) / 2 - (b.x + b.right) / 2) > 2) continue;
      const last = /(\p{L}+)$/u.exec(b.text)?.[1];
      const first = /^(\p{Ll}+)(?=$|[\s,.;:)])/u.exec(next.text)?.[1];
      if (!last || !first || b.text.endsWith('-')) continue;
      if (bukanAwalKata(first) || bukanAkhirKata(last)) add('kata-terpotong', `kata terpotong tanpa tanda hubung: "${last}" / "${first}"`);
    }
  }
  return out;
}

/**
 * Without a dictionary: a lower-case fragment that cannot begin an Indonesian word — a lone
 * consonant or a suffix (-n, -nya, -kan, -an, -i), or a consonant pair Indonesian does not begin
 * with — marks a word broken at the line's end.
 */
const AWAL_RANGKAP = new Set(['ng', 'ny', 'kh', 'sy', 'tr', 'pr', 'br', 'dr', 'gr', 'kr', 'fr', 'st', 'sp', 'sk', 'sm', 'sn', 'sw', 'pl', 'bl', 'kl', 'fl', 'gl', 'sl', 'ps', 'ts', 'dw', 'kw', 'tw', 'sr', 'ph', 'th', 'ch', 'wh', 'sh', 'sc']);
const AKHIRAN = new Set(['n', 'an', 'nya', 'i', 'kan', 'nkan', 'gan', 'ng', 'h', 'k', 't', 'r', 's', 'l', 'm', 'p']);
export function bukanAwalKata(w: string): boolean {
  if (AKHIRAN.has(w)) return true;
  if (w.length === 1) return !['a', 'e', 'o', 'u', 'y', 'x', 'di', 'ke'].includes(w);
  const c2 = w.slice(0, 2);
  return /^[^aeiou][^aeiouy]/.test(c2) && !AWAL_RANGKAP.has(c2);
}
/** A line-final fragment ending in two consonants Indonesian words do not end with. */
const AKHIR_RANGKAP = new Set(['ng', 'nk', 'ks', 'rs', 'rt', 'rk', 'st', 'ns', 'ft', 'pt', 'ct', 'ck', 'sh', 'th', 'ch', 'ph', 'ts', 'nt', 'ls', 'ld', 'nd', 'rd', 'rm', 'rn', 'lm', 'lt', 'mp', 'xt', 'gh', 'ss', 'll', 'ff', 'ps', 'ms', 'gs', 'ds', 'ws', 'ys', 'ly', 'ry', 'ny', 'gy', 'cy', 'ty', 'dy', 'py', 'my', 'sy', 'hy', 'ky', 'by', 'fy', 'vy', 'zy', 'wy']);
export function bukanAkhirKata(w: string): boolean {
  if (w.length < 2 || /[A-Z]/.test(w)) return false;
  const c2 = w.slice(-2).toLowerCase();
  return /^[^aeiou][^aeiou]$/.test(c2) && !AKHIR_RANGKAP.has(c2);
}

/** The body's baselines, top to bottom: the lines of its cells on one baseline are one row. */
function barisan(h: Halaman): Baris[][] {
  const rows: Baris[][] = [];
  for (const b of h.baris) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - b.y) < 1.5) row.push(b);
    else rows.push([b]);
  }
  return rows;
}

/** Fewer body baselines than this on a page that does not end its chapter or section is a short page. */
export const BARIS_MIN = 4;
/** A chapter's title (14 pt) or the cover's: what opens a new chapter on the next page. */
const JUDUL_BAB_PT = 13.5;

/**
 * Whether a page ends its part of the document: the last page, or the next opens a chapter (its
 * first line a chapter title), turns the paper (a landscape lampiran begins or ends), or has no
 * body at all.
 */
function akhirBagian(h: Halaman, next: Halaman | undefined): boolean {
  if (!next || !next.baris.length) return true;
  if (next.width > next.height !== h.width > h.height) return true;
  return next.baris[0]!.size >= JUDUL_BAB_PT && next.baris[0]!.bold;
}

/** Rules that need the page after: a short page, a heading ending a page. */
export function periksaUrutan(pages: Halaman[], opsi: Opsi = {}): Temuan[] {
  const on = (a: Aturan) => !opsi.aturan || opsi.aturan.includes(a);
  const out: Temuan[] = [];
  pages.forEach((h, i) => {
    const rows = barisan(h);
    if (!rows.length) return;
    const next = pages[i + 1];
    if (on('halaman-pendek') && rows.length < BARIS_MIN && !akhirBagian(h, next))
      out.push({ aturan: 'halaman-pendek', halaman: h.nomor, pesan: `hanya ${rows.length} baris isi ("${rows[0]![0]!.text.slice(0, 40).trim()}"), padahal bab atau bagiannya berlanjut di halaman berikut` });
    const last = rows.at(-1)!;
    // A heading: one bold line alone on its baseline at the body's left edge (a centred caption
    // under its figure or a signature block on the right are not), not a sentence's end, not a
    // table's label (a cell ends beside others), the page not the end of its part.
    const kiri = Math.min(...h.baris.map((b) => b.x));
    const judul = last.length === 1 ? last[0]! : undefined;
    if (on('judul-di-akhir') && rows.length > 1 && judul?.bold && judul.x < kiri + 2 && !/[.:;,]$/.test(judul.text) && !CAPTION.test(judul.text) && !akhirBagian(h, next))
      out.push({ aturan: 'judul-di-akhir', halaman: h.nomor, pesan: `judul "${last[0]!.text.slice(0, 60)}" mengakhiri halaman, isinya di halaman berikut` });
  });
  return out;
}

/** Every finding of a PDF. */
export async function periksaTataLetak(bytes: Uint8Array, opsi: Opsi = {}): Promise<Temuan[]> {
  const pages = await bacaHalaman(bytes);
  const perHalaman = pages.flatMap((h) => periksaHalaman(h, opsi));
  return [...perHalaman, ...periksaUrutan(pages, opsi)].sort((a, b) => a.halaman - b.halaman);
}

export function tulisTemuan(nama: string, t: Temuan[]): string {
  return t.map((x) => `${nama}: halaman ${x.halaman}: ${x.aturan}: ${x.pesan}`).join('\n');
}
