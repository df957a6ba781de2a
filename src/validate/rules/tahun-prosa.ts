// Years typed in narrative. A year the report has no reason to name (not the report's year, the
// year before, the Renstra period, or a year the data holds) is usually one left behind from an
// earlier report or another agency's: a warning at its place. "Tahun Anggaran X" names the
// budget year the report is about; another X is an error (write {{tahun}}). A regulation cited by
// number ("Nomor 53 Tahun 2014") is never checked.
import type { InstansiData } from '../../model/input.ts';
import type { RuleContext } from './context.ts';

const YEAR = /\b(19|20)\d{2}\b/g;
const CITATION = /Nomor\s+[\w./-]+\s+Tahun\s*$/i;
const BUDGET_YEAR = /Tahun\s+Anggaran\s*$/i;

/** The years a report of `tahun` may name without a second look. */
export function knownYears(data: InstansiData, tahun: number): Set<number> {
  const years = new Set<number>([tahun, tahun - 1, ...data.tahun.map((t) => t.tahun)]);
  const { awal, akhir } = data.renstra.periode;
  for (let y = awal; y <= akhir; y++) years.add(y);
  const add = (keys: Iterable<string | number>) => {
    for (const k of keys) if (Number.isInteger(Number(k))) years.add(Number(k));
  };
  for (const tj of data.renstra.tujuan) for (const s of tj.sasaran) for (const i of s.indikator) if (i.baseline) years.add(i.baseline.tahun);
  for (const d of data.instansi.dasar_hukum ?? []) years.add(d.tahun);
  for (const t of data.tahun) {
    for (const r of Object.values(t.realisasi?.indikator ?? {})) add(Object.keys(r.riwayat ?? {}));
    for (const k of t.evaluasi?.lhe?.komponen ?? []) add(Object.keys(k.nilai));
    for (const a of t.evaluasi?.akip_perangkat_daerah ?? []) add(Object.keys(a.nilai));
  }
  return years;
}

export function checkTahunProsa(ctx: RuleContext, files: Record<number, Record<string, { file: string; text: string }>>): void {
  for (const [tahunText, byName] of Object.entries(files)) {
    const tahun = Number(tahunText);
    const known = knownYears(ctx.data, tahun);
    for (const { file, text } of Object.values(byName))
      // Helper calls ({{nilai_lhe 2023}}) are checked by the narrative rule: blanked, columns kept.
      text.replace(/\{\{[^}]*\}\}/g, (m) => ' '.repeat(m.length)).split('\n').forEach((line, i) => {
        for (const m of line.matchAll(YEAR)) {
          const year = Number(m[0]);
          const before = line.slice(0, m.index);
          const at = { file, line: i + 1, col: [...before].length + 1 };
          if (CITATION.test(before)) continue;
          if (BUDGET_YEAR.test(before) && year !== tahun)
            ctx.diags.error('teks/tahun-anggaran', `"Tahun Anggaran ${year}" di narasi laporan tahun ${tahun}`, at,
              'tulis Tahun Anggaran {{tahun}}; untuk membandingkan dengan tahun lain, tulis "tahun 2023" tanpa "Anggaran"');
          else if (!known.has(year))
            ctx.diags.warn('teks/tahun-asing', `tahun ${year} di narasi tidak termasuk tahun laporan (${tahun}), tahun sebelumnya, periode Renstra ${ctx.data.renstra.periode.awal}–${ctx.data.renstra.periode.akhir}, atau tahun yang ada di data`, at,
              `periksa tahunnya: sering tertinggal dari laporan lain; tahun laporan ditulis {{tahun}}`);
        }
      });
  }
}
