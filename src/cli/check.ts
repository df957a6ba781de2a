// `kinerja check <folder>`: every problem with its place and its fix; when clean, the IKU summary.
import { Diagnostics, formatDiagnostic } from '../diagnostics/index.ts';
import { computeTahun } from '../compute/index.ts';
import { formatCapaian, formatNilai, formatPersen } from '../format/index.ts';
import { loadInstansi } from '../load/index.ts';
import type { TahunModel } from '../model/model.ts';
import { validate } from '../validate/index.ts';
import { checkProseFigures } from '../validate/prose-figures.ts';
import { table } from './table.ts';

export interface Out {
  log: (s: string) => void;
  err: (s: string) => void;
}

export function ringkasanIku(m: TahunModel): string {
  const rows = m.iku.map((i) => [i.id, formatNilai(i.target), formatNilai(i.realisasi), formatCapaian(i.capaian), i.kategori?.kategori ?? '–']);
  rows.push(['rata-rata', '', '', formatPersen(m.rataRata.capaian), m.rataRata.kategori?.kategori ?? '–']);
  return table(['IKU', 'Target', 'Realisasi', 'Capaian', 'Predikat'], rows, [false, true, true, true, false]);
}

export function runCheck(folders: string[], out: Out): number {
  let failed = false;
  for (const folder of folders) {
    const diags = new Diagnostics();
    const loaded = loadInstansi(folder, diags);
    const valid = validate(loaded, diags);
    const models = valid ? valid.data.tahun.map((y) => computeTahun(valid.data, y.tahun)) : [];
    // Figures typed in prose are read against the computed model: a wrong one is an error too.
    for (const m of models) checkProseFigures(m, loaded.narasi[m.tahun] ?? {}, diags);
    for (const d of [...diags.errors, ...diags.warnings]) out.err(formatDiagnostic(d));
    if (!valid || diags.hasErrors) {
      out.err(`\n${folder}: ${diags.errors.length} galat, ${diags.warnings.length} peringatan`);
      failed = true;
      continue;
    }
    for (const m of models) {
      if (!valid.data.tahun.find((y) => y.tahun === m.tahun)?.realisasi) continue;
      out.log(`\n${m.instansi.nama} — ${m.tahun}\n`);
      out.log(ringkasanIku(m));
    }
    out.log(`\n${folder}: bersih (${diags.warnings.length} peringatan)`);
  }
  return failed ? 1 : 0;
}
