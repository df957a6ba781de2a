// A long body is printed in pieces at the same time, one Chromium renderer each. It is cut only
// where the templates put the mark, which is where a page break is forced anyway (a chapter, a
// continued lampiran table), so each piece starts on a new page as it would have in one print.
// How many pieces depends on the document alone, never on the machine, so that the bytes of the
// PDF are the same everywhere.

import { akhirTabel } from './headings.ts';
import { cssString } from '../escape/css.ts';

/** The cut mark, an HTML comment (authors' text is escaped, so it never contains one). */
export const POTONG = '<!--kinerja:potong-->';

/** A body under this size prints in one piece: a second renderer would cost more than it saves. */
const SATU_BAGIAN = 100_000;

/**
 * A piece's bound: a renderer's memory grows with the HTML it lays out (measured: a 3 MB piece of
 * 5,000 lampiran rows held 1.5–1.8 GB), so a body longer than two of these is cut into pieces no
 * longer than this, printed a few at a time by the print pool (print/kolam.ts) rather than all
 * at once. About 1,000 lampiran rows; every example document is far below two of them.
 */
const MAKS_BAGIAN = 600_000;

/**
 * Two pieces, or more for a body over two bounds (MAKS_BAGIAN). Measured on two cores, 10,000
 * lampiran rows print in 15–18 s as two pieces, 16 s as three and 22 s as four when all print at
 * once (more renderers than cores only compete); the print pool now lets only as many print as
 * there are cores. A number from the document alone, not the machine's core count, so that every
 * machine makes the same bytes.
 */
function jumlahBagian(htmlLength: number): number {
  return htmlLength < SATU_BAGIAN ? 1 : Math.max(2, Math.ceil(htmlLength / MAKS_BAGIAN));
}

/**
 * Cuts a body into at most `n` whole documents of about equal size, at the marks. Each piece has
 * the same head (styles, fonts), so it prints exactly as its pages would in the whole.
 */
export function potongIsi(html: string, n = jumlahBagian(html.length)): string[] {
  const bodyAt = html.indexOf('>', html.indexOf('<body')) + 1;
  const end = html.lastIndexOf('</body>');
  const head = html.slice(0, bodyAt);
  const blocks = html.slice(bodyAt, end).split(POTONG);
  if (n <= 1 || blocks.length === 1) return [html];
  const total = blocks.reduce((s, b) => s + b.length, 0);
  const pieces: string[][] = [[]];
  let filled = 0;
  for (const b of blocks) {
    // Close a piece once it reaches its share: the k-th piece ends near k/n of the whole.
    if (pieces.length < n && pieces.at(-1)!.length && filled + b.length / 2 > (total * pieces.length) / n) pieces.push([]);
    pieces.at(-1)!.push(b);
    filled += b.length;
  }
  return pieces.map((p) => head + p.join('') + html.slice(end));
}

/** A page of the body as its overlay prints it: its chapter (the wrapper's key) and whether it opens it. */
export interface HalamanLapis {
  lebar: boolean;
  bab?: string;
  buka: boolean;
  /** The numbered table this page continues ("Tabel 2.5"), if the page begins inside one. */
  lanjutan?: string;
}

/**
 * The chapters' opening headings, in order, with their chapter keys: each `<section class="bab|lampiran"
 * data-bab="k">` of the walker (render/kerangka/jalan.ts) begins with its `h1.judul-bab`, which
 * render/headings.ts gave an id, and so a named destination in the printed body.
 */
export function pembukaBab(isiHtml: string): { id: string; bab: string }[] {
  const re = /<section class="(?:bab|lampiran)" data-bab="([^"]+)">\s*<h1 class="judul-bab" id="([^"]+)"/g;
  return [...isiHtml.matchAll(re)].map((m) => ({ id: m[2]!, bab: m[1]! }));
}

/**
 * Each body page's chapter and whether it is the chapter's first page, from the page every
 * opening heading landed on (`halamanId`: page index in the whole body by destination name).
 */
export function halamanBab(isiHtml: string, halamanId: Map<string, number>, lebar: boolean[], tabel: { nomor: string; id: string }[] = []): HalamanLapis[] {
  const buka = new Map<number, string>();
  for (const b of pembukaBab(isiHtml)) {
    const p = halamanId.get(b.id);
    if (p !== undefined) buka.set(p, b.bab);
  }
  const lanjutan = halamanLanjutan(halamanId, tabel);
  let bab: string | undefined;
  return lebar.map((l, i) => {
    bab = buka.get(i) ?? bab;
    return { lebar: l, bab, buka: buka.has(i), ...(lanjutan.has(i) && { lanjutan: lanjutan.get(i) }) };
  });
}

/** The pages a numbered table continues on: after its caption's page, up to its last cell's. */
function halamanLanjutan(halamanId: Map<string, number>, tabel: { nomor: string; id: string }[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const t of tabel) {
    const [awal, akhir] = [halamanId.get(t.id), halamanId.get(akhirTabel(t.id))];
    if (awal === undefined || akhir === undefined) continue;
    for (let p = awal + 1; p <= akhir; p++) out.set(p, `Tabel ${t.nomor}`);
  }
  return out;
}

/**
 * The overlay of a piece of the body (issue 13): its page numbers from `mulai` and the running
 * head of each page's chapter — none on a chapter's opening page, which Chromium's CSS cannot
 * say (`@page :first` is the document's first page only, and a named page per opener would
 * force a break after its heading). A document of empty pages of the same sizes, each on its
 * chapter's named page (page-css.ts, whose margin box carries the head), laid over the piece.
 */
export function lapisanHtml(isiHtml: string, halaman: HalamanLapis[], mulai: number): string {
  const head = isiHtml.slice(0, isiHtml.indexOf('<body'));
  const nama = (h: HalamanLapis) => (h.lebar ? (h.bab ? `lebar-${h.bab}` : 'lebar') : h.bab && !h.buka ? `bab-${h.bab}` : 'auto');
  const lanjut = halaman.flatMap((h, i) => (h.lanjutan ? [halamanLanjut(head, nama(h), `lanjut-${mulai + i}`, h.lanjutan)] : []));
  const style = `<style>html { counter-reset: page ${mulai - 1}; } .halaman { height: 1px; font-family: var(--huruf), sans-serif; visibility: hidden; } .halaman + .halaman { break-before: page; }\n${lanjut.join('\n')}</style>`;
  // The digits and an italic line, unseen, in the first page: a web font is only loaded once the
  // page uses it, and a margin box alone does not count, so without them numbers and running
  // heads fall back to a system font.
  const pages = halaman.map((h, i) => `<div class="halaman" style="page: ${h.lanjutan ? `lanjut-${mulai + i}` : nama(h)}">${i === 0 ? '0123456789 <i>Tabel (lanjutan) 0123456789</i>' : ''}</div>`).join('');
  return `${head.replace('</head>', `${style}</head>`)}<body>${pages}</body></html>`;
}

/**
 * The named page of a page a table continues on: its own page's rules (size, margins, running
 * head: one line of page-css.ts each) and "Tabel 2.5 (lanjutan)" at the foot of the top-left
 * margin box, just above where the table's repeated header begins; the head is at the right and
 * the draft mark sits higher, so it takes no line from the page and moves nothing.
 */
function halamanLanjut(head: string, dasar: string, nama: string, tabel: string): string {
  const rule = head.match(new RegExp(`^@page ${dasar} \\{ (.*) \\}$`, 'm'))?.[1] ?? '';
  const catatan = `@top-left { content: ${cssString(`${tabel} (lanjutan)`)}; vertical-align: bottom; padding-bottom: 1.5mm; font-family: var(--huruf), sans-serif; font-size: 9pt; font-style: italic; }`;
  return `@page ${nama} { ${rule} ${catatan} }`;
}

/**
 * What the overlay carries, left out of the piece it is laid over: the page numbers and the
 * running heads (`!important` outweighs the named pages' own rules).
 */
const TANPA_LAPISAN = '<style>@page { @bottom-center { content: none !important; } @top-right { content: none !important; } }</style>';

export function tanpaLapisan(piece: string): string {
  return piece.replace('</head>', `${TANPA_LAPISAN}</head>`);
}
