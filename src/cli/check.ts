// `kinerja check <folder>`: every problem with its place and its fix; when clean, the IKU summary.
import { relative, sep } from 'node:path';
import { Diagnostics, formatDiagnostic, type Diagnostic } from '../diagnostics/index.ts';
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

/**
 * A problem as a GitHub Actions workflow command (`::error file=…,line=…,col=…::…`): the workflow
 * sets KINERJA_ANOTASI=github, and the pull request shows each error on its line. The text is
 * escaped as GitHub asks (a newline in the data cannot start another command).
 */
export function anotasiGitHub(d: Diagnostic, cwd = process.cwd()): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props: string[] = [];
  if (d.at) {
    const file = relative(cwd, d.at.file).split(sep).join('/');
    props.push(`file=${prop(file)}`, `line=${d.at.line}`, `col=${d.at.col}`);
  }
  props.push(`title=${prop(`kinerja check: ${d.code}`)}`);
  const text = [d.message, d.hint, d.also && `lihat juga ${d.also.file}:${d.also.line}:${d.also.col}`].filter(Boolean).join('\n');
  return `::${d.severity === 'galat' ? 'error' : 'warning'} ${props.join(',')}::${data(text)}`;
}

export function runCheck(folders: string[], out: Out, anotasi = process.env.KINERJA_ANOTASI === 'github'): number {
  let failed = false;
  for (const folder of folders) {
    const diags = new Diagnostics();
    const loaded = loadInstansi(folder, diags);
    const valid = validate(loaded, diags);
    const models = valid ? valid.data.tahun.map((y) => computeTahun(valid.data, y.tahun)) : [];
    // Figures typed in prose are read against the computed model: a wrong one is an error too.
    for (const m of models) checkProseFigures(m, loaded.narasi[m.tahun] ?? {}, diags);
    for (const d of [...diags.errors, ...diags.warnings]) out.err(formatDiagnostic(d));
    if (anotasi) for (const d of [...diags.errors, ...diags.warnings]) out.log(anotasiGitHub(d));
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
