// The @page rules and variables that come from the data: paper, font, size, spacing, margins,
// and one named page per chapter whose top margin box carries the chapter's running head.
import type { TahunModel } from '../model/model.ts';
import type { DokumenSederhana } from '../model/input.ts';
import { cssChoice, cssNumber, cssString } from '../escape/css.ts';

type Gaya = { huruf?: string; ukuran_pt?: number; spasi?: number };
/** The style variables; every value from data passes through a CSS escape or check. */
const variables = (g: Gaya) => `:root { --huruf: ${cssChoice(g.huruf, FONTS)}; --ukuran: ${cssNumber(g.ukuran_pt ?? 12)}pt; --spasi: ${cssNumber(g.spasi ?? 1.5)}; }`;
const runningHead = (text: string) => `@top-right { content: ${cssString(text)}; font-family: var(--huruf), sans-serif; font-size: 9pt; font-style: italic; }`;

const KERTAS = { A4: ['210mm', '297mm'], F4: ['215mm', '330mm'] } as const;
const FONTS = ['Arimo', 'Tinos'] as const;
/** The page settings of a document with chapters: running heads by chapter key (from its outline). */
export interface HalamanBab {
  kepala: Record<string, string>;
  /** The document's short name in every running head (LKjIP, LKIP, RKT). */
  singkatan: string;
  kertas?: string;
  gaya?: Gaya & { margin_mm?: number };
}

export function halamanCss(m: TahunModel, h: HalamanBab): string {
  const g = h.gaya ?? {};
  const [w, ht] = KERTAS[cssChoice(h.kertas, ['A4', 'F4'] as const)];
  const margin = cssNumber(g.margin_mm ?? 25);
  const head = (text: string) => runningHead(`${text} — ${h.singkatan} ${m.instansi.singkatan ?? m.instansi.nama} ${m.tahun}`);
  const rules = [
    variables(g),
    `@page { size: ${w} ${ht}; margin: ${margin}mm ${margin}mm ${margin}mm ${Number(margin) + 5}mm; }`,
    `@page lebar { size: ${ht} ${w}; margin: 15mm 12mm 15mm 12mm; ${head(h.kepala.L ?? '')} }`,
    // Keys are the walker's own (chapter numbers and L), never text from data.
    ...Object.entries(h.kepala).map(([k, v]) => `@page bab-${k} { ${head(v)} }\n[data-bab="${k}"] { page: bab-${k}; }`),
    `.lampiran-lebar { page: lebar; }`,
    // A landscape page keeps its chapter's running head (a wide table or figure in Bab III is not "Lampiran").
    ...Object.entries(h.kepala).map(([k, v]) => `@page lebar-${k} { size: ${ht} ${w}; margin: 15mm 12mm 15mm 12mm; ${head(v)} }\n.lampiran-lebar[data-bab="${k}"], [data-bab="${k}"] figure.gambar-lebar { page: lebar-${k}; }`),
  ];
  return rules.join('\n');
}

/** Paper, style and a page number for the one-pass documents (PK, Rencana Aksi). */
export function halamanSederhanaCss(setelan: DokumenSederhana | undefined, opts: { lebar?: boolean; kepala?: string }): string {
  const g = setelan?.gaya ?? {};
  const [w, h] = KERTAS[cssChoice(setelan?.kertas, ['A4', 'F4'] as const)];
  const margin = Number(cssNumber(g.margin_mm ?? (opts.lebar ? 15 : 25)));
  const size = opts.lebar ? `${h} ${w}` : `${w} ${h}`;
  const head = opts.kepala ? runningHead(opts.kepala) : '';
  return [
    variables(g),
    `@page { size: ${size}; margin: ${margin}mm ${margin}mm ${margin}mm ${opts.lebar ? margin : margin + 5}mm; ${head} }`,
    `@page lebar { size: ${h} ${w}; margin: 15mm 12mm 15mm 12mm; ${head} }`,
    `.lampiran-lebar { page: lebar; }`,
  ].join('\n');
}

/**
 * The draft mark (issue 13). The rule: a document printed without `--final` while something its
 * signature block or date needs is still blank (every `cetak/isian-kosong` warning of that
 * document, src/validate/isian-cetak.ts: for the LKjIP also its lampiran PK) carries "DRAF" at the
 * top left of every page, cover included. Complete data prints no mark; `--final` with a blank
 * prints nothing at all. The mark sits in a page-margin box, so the page flow is the same to the
 * line with or without it; its style goes after `</body>`, where every piece of a body printed in
 * pieces has it and the page-number overlay (which copies only the head) does not.
 */
export const DRAF_CSS = `@page { @top-left { content: 'DRAF'; font-family: var(--huruf), sans-serif; font-size: 16pt; font-weight: 700; color: #c00000; vertical-align: middle; } }`;

export function tandaiDraf(html: string): string {
  const end = html.lastIndexOf('</html>');
  const style = `<style>${DRAF_CSS}</style>`;
  return end < 0 ? html + style : html.slice(0, end) + style + html.slice(end);
}
