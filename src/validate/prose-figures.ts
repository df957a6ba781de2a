// A figure typed in prose that the model knows is a warning: it will go stale when the data
// changes. Runs after compute, on the narrative sources, naming the line where it was typed.
import type { Diagnostics } from '../diagnostics/index.ts';
import { formatAngka, formatCapaian, formatNilai } from '../format/index.ts';
import type { TahunModel } from '../model/model.ts';

/** Every figure the model prints, in the form prose would type it, with the helper that gives it. */
function knownFigures(m: TahunModel): Map<string, string> {
  const known = new Map<string, string>();
  const add = (text: string, helper: string) => {
    if (/\d[.,]\d/.test(text) && !known.has(text)) known.set(text, helper);
  };
  for (const i of [...m.iku, ...m.indikatorProgram]) {
    if (i.capaian.ada) add(formatCapaian(i.capaian).replace(' %', ''), `{{capaian "${i.id}"}}`);
    if (i.realisasi) add(formatNilai(i.realisasi).replace(/^.*\((.*)\)$/, '$1'), `{{realisasi "${i.id}"}}`);
  }
  for (const s of m.sasaran) if (s.capaian) add(formatAngka(s.capaian, 2), `{{capaian_sasaran "${s.id}"}}`);
  if (m.rataRata.capaian) add(formatAngka(m.rataRata.capaian, 2), '{{capaian_rata_rata}}');
  add(formatAngka(m.anggaran.pagu), '{{pagu}}');
  add(formatAngka(m.anggaran.realisasi), '{{realisasi_anggaran}}');
  add(formatAngka(m.anggaran.sisa), '{{sisa_anggaran}}');
  if (m.anggaran.penyerapan) add(formatAngka(m.anggaran.penyerapan, 2), '{{penyerapan}}');
  for (const p of m.program) {
    add(formatAngka(p.pagu), `{{pagu "${p.id}"}}`);
    add(formatAngka(p.realisasi), `{{realisasi_anggaran "${p.id}"}}`);
    if (p.penyerapan) add(formatAngka(p.penyerapan, 2), `{{penyerapan "${p.id}"}}`);
  }
  return known;
}

export function checkProseFigures(m: TahunModel, files: Record<string, { file: string; text: string }>, diags: Diagnostics): void {
  const known = knownFigures(m);
  for (const { file, text } of Object.values(files)) {
    text.split('\n').forEach((line, i) => {
      const plain = line.replace(/\{\{[^}]*\}\}/g, ' ');
      for (const match of plain.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+/g)) {
        const helper = known.get(match[0]);
        if (helper)
          diags.warn('narasi/angka-diketik', `angka ${match[0]} diketik di narasi; angka ini dihitung dari data`, { file, line: i + 1, col: (match.index ?? 0) + 1 },
            `tulis ${helper} agar narasi selalu sama dengan tabel`);
      }
    });
  }
}
