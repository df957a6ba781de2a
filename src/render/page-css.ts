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
const KEPALA_LKJIP: Record<string, string> = { '1': 'Bab I Pendahuluan', '2': 'Bab II Perencanaan dan Perjanjian Kinerja', '3': 'Bab III Akuntabilitas Kinerja', '4': 'Bab IV Penutup', L: 'Lampiran' };
const KEPALA_RKT: Record<string, string> = { '1': 'Bab I Pendahuluan', '2': 'Bab II Rencana Kerja Tahunan', '3': 'Bab III Penutup', L: 'Rencana Kerja Tahunan' };

/** `dokumen`: the running head's document name; the LKjIP by default. */
export function halamanCss(m: TahunModel, dokumen = 'LKjIP'): string {
  const KEPALA = dokumen === 'LKjIP' ? KEPALA_LKJIP : KEPALA_RKT;
  const g = m.dokumen.lkjip?.gaya ?? {};
  const [w, h] = KERTAS[cssChoice(m.dokumen.lkjip?.kertas, ['A4', 'F4'] as const)];
  const margin = cssNumber(g.margin_mm ?? 25);
  const head = (text: string) => runningHead(`${text} — ${dokumen === 'LKjIP' ? 'LKjIP' : 'RKT'} ${m.instansi.singkatan ?? m.instansi.nama} ${m.tahun}`);
  const rules = [
    variables(g),
    `@page { size: ${w} ${h}; margin: ${margin}mm ${margin}mm ${margin}mm ${Number(margin) + 5}mm; }`,
    `@page lebar { size: ${h} ${w}; margin: 15mm 12mm 15mm 12mm; ${head(KEPALA.L!)} }`,
    ...Object.entries(KEPALA).map(([k, v]) => `@page bab-${k} { ${head(v)} }\n[data-bab="${k}"] { page: bab-${k}; }`),
    `.lampiran-lebar { page: lebar; }`,
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
