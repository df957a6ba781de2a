// The @page rules and variables that come from the data: paper, font, size, spacing, margins,
// and one named page per chapter whose top margin box carries the chapter's running head.
import type { TahunModel } from '../model/model.ts';

const KERTAS = { A4: ['210mm', '297mm'], F4: ['215mm', '330mm'] } as const;
const KEPALA: Record<string, string> = { '1': 'Bab I Pendahuluan', '2': 'Bab II Perencanaan dan Perjanjian Kinerja', '3': 'Bab III Akuntabilitas Kinerja', '4': 'Bab IV Penutup', L: 'Lampiran' };

export function halamanCss(m: TahunModel): string {
  const g = m.dokumen.lkjip?.gaya ?? {};
  const [w, h] = KERTAS[m.dokumen.lkjip?.kertas ?? 'A4'];
  const margin = g.margin_mm ?? 25;
  const head = (text: string) => `@top-right { content: "${text} — LKjIP ${m.instansi.singkatan ?? m.instansi.nama} ${m.tahun}"; font-family: var(--huruf), sans-serif; font-size: 9pt; font-style: italic; }`;
  const rules = [
    `:root { --huruf: ${g.huruf ?? 'Arimo'}; --ukuran: ${g.ukuran_pt ?? 12}pt; --spasi: ${g.spasi ?? 1.5}; }`,
    `@page { size: ${w} ${h}; margin: ${margin}mm ${margin}mm ${margin}mm ${margin + 5}mm; }`,
    `@page lebar { size: ${h} ${w}; margin: 15mm 12mm 15mm 12mm; ${head(KEPALA.L!)} }`,
    ...Object.entries(KEPALA).map(([k, v]) => `@page bab-${k} { ${head(v)} }\n[data-bab="${k}"] { page: bab-${k}; }`),
    `.lampiran-lebar { page: lebar; }`,
  ];
  return rules.join('\n');
}
