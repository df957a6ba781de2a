// A realisasi that is the agency's own LHE total: `dari: nilai-lhe` needs the components of its
// year, and a number typed by hand where the LHE gives it is checked against the components (the
// two are written in different files, and a typed 72,20 beside an LHE of 71,20 went to print).
import { angkaDari, exact } from '../../compute/capaian.ts';
import { SKALA_LHE, totalLhe, totalLheLengkap } from '../../compute/lhe.ts';
import { formatNilaiAngka } from '../../format/index.ts';
import type { Nilai, TahunInput } from '../../model/input.ts';
import type { RuleContext } from './context.ts';
import { renstraIndikator } from './targets.ts';

/** A typed value as the author wrote it, in id-ID: `72,2`, `BB (72,2)`. */
function tertulis(n: Nilai): string {
  const angka = String(angkaDari(n)).replace('.', ',');
  return typeof n === 'number' ? angka : `${n.predikat} (${angka})`;
}

export function checkRealisasiLhe(ctx: RuleContext): void {
  for (const y of ctx.data.tahun) {
    if (!y.realisasi) continue;
    checkSumber(ctx, y);
    checkDiketik(ctx, y);
  }
}

/** `dari: nilai-lhe`: the year's components must be there; a partial total is no realisasi. */
function checkSumber(ctx: RuleContext, y: TahunInput): void {
  const { src, diags } = ctx;
  for (const [id, r] of Object.entries(y.realisasi!.indikator)) {
    if (r.dari !== 'nilai-lhe') continue;
    const t = r.tahun_data ?? y.tahun;
    const at = src.at('realisasi', ['indikator', id, 'dari'], y.tahun);
    const lhe = totalLhe(y.evaluasi, t);
    if (!lhe) {
      diags.error('aturan/sumber-realisasi', `realisasi \`${id}\` dihitung dari nilai LHE ${t}, tetapi evaluasi.yaml tidak memuat nilai komponen LHE tahun itu`, at,
        `isi nilai ${t} setiap komponen \`lhe\` di evaluasi.yaml tahun ini, atau tulis \`tahun_data:\` tahun LHE yang dimaksud`);
      continue;
    }
    if (lhe.kosong.length === 0) continue;
    // Summed over the components given, the total would understate the evaluation: the
    // realisasi is left "belum tersedia" rather than printed low.
    const komponen = y.evaluasi!.lhe!.komponen;
    const first = komponen.findIndex((k) => k.id === lhe.kosong[0]);
    diags.warn('aturan/lhe-sebagian', `nilai LHE ${t} belum lengkap: komponen ${lhe.kosong.map((k) => `\`${k}\``).join(', ')} belum bernilai; realisasi \`${id}\` dicetak "belum tersedia"`, at,
      `isi nilai ${t} komponen itu di evaluasi.yaml (\`lhe.komponen\`)`, src.at('evaluasi', ['lhe', 'komponen', first, 'nilai'], y.tahun));
  }
}

/**
 * A realisasi typed by hand for an indicator that can be the LHE total: read on the LHE's own
 * scale, and the LHE of its year complete in evaluasi.yaml. A different number is an error (one
 * of the two is wrong); the same number a warning, since the copy can drift when the LHE is fixed.
 */
function checkDiketik(ctx: RuleContext, y: TahunInput): void {
  const { src, diags } = ctx;
  for (const { ind } of renstraIndikator(ctx)) {
    const r = y.realisasi!.indikator[ind.id];
    if (ind.skala_predikat !== SKALA_LHE || !r || r.dari || r.nilai === undefined || r.nilai === null) continue;
    const t = r.tahun_data ?? y.tahun;
    const total = totalLheLengkap(y.evaluasi, t);
    if (!total) continue;
    const at = src.at('realisasi', ['indikator', ind.id, 'nilai'], y.tahun);
    const lheAt = src.at('evaluasi', ['lhe', 'komponen'], y.tahun);
    if (exact(r.nilai).compare(total) !== 0)
      diags.error('aturan/realisasi-beda-lhe',
        `realisasi ${y.tahun} \`${ind.id}\` ditulis ${tertulis(r.nilai)}, sedangkan nilai LHE ${t} (jumlah nilai komponennya di evaluasi.yaml) adalah ${formatNilaiAngka(total)}`, at,
        `hapus \`nilai:\` dan tulis \`dari: nilai-lhe\`: realisasi dihitung dari komponen LHE, dengan predikatnya`, lheAt);
    else
      diags.warn('aturan/realisasi-dari-lhe', `realisasi ${y.tahun} \`${ind.id}\` (${tertulis(r.nilai)}) sama dengan nilai LHE ${t} yang dihitung dari komponennya; salinan ini bisa tertinggal bila LHE diperbaiki`, at,
        'ganti `nilai:` dengan `dari: nilai-lhe`', lheAt);
  }
}
