// Budget and quarters: each fact written once, quarters that add up, totals that agree across tables.
import { realisasiK, realisasiRp, TW } from '../../compute/anggaran.ts';
import type { PathSegment } from '../../load/index.ts';
import type { SubKegiatanInput, TahunInput } from '../../model/input.ts';
import { formatRupiah } from '../../format/index.ts';
import type { RuleContext } from './context.ts';


function checkQuarters(ctx: RuleContext, y: TahunInput, sub: SubKegiatanInput, path: PathSegment[]): void {
  const { src, diags } = ctx;
  const at = (p: PathSegment[]) => src.at('anggaran', [...path, ...p], y.tahun, 'key');
  for (const part of ['realisasi', 'rencana'] as const) {
    const r = sub[part];
    if (!r) continue;
    // A yearly figure is a fact only while the quarters are incomplete; with all four it is derived.
    for (const f of ['k', 'rp'] as const)
      if (r[f] !== undefined && TW.every((t) => r[t]?.[f] !== undefined))
        diags.error('aturan/triwulan-ganda', `\`${part}.${f}\` setahun ditulis bersama \`${f}\` keempat triwulan`, at([part, f]),
          `hapus \`${part}.${f}\`: jumlah setahun dihitung dari triwulan`);
  }
  checkKTanpaIndikator(ctx, sub, at);
  const plan = sub.rencana;
  const ind = sub.indikator;
  if (ind && plan && (ind.agregasi ?? 'jumlah') === 'jumlah' && TW.some((t) => plan[t]?.k !== undefined)) {
    const sum = TW.reduce((s, t) => s + (plan[t]?.k ?? 0), 0);
    if (sum !== ind.target)
      // A mismatch the author has recorded with its reason is still told, as a warning.
      (sub.alasan_beda_triwulan ? diags.warn.bind(diags) : diags.error.bind(diags))('aturan/target-triwulan', `target triwulan ${TW.map((t) => plan[t]?.k ?? 0).join(' + ')} = ${sum}, tidak sama dengan target tahunan ${ind.target}`,
        at(['rencana']),
        sub.alasan_beda_triwulan
          ? `tercatat: ${sub.alasan_beda_triwulan}`
          : 'indikator ini dijumlahkan per triwulan (`agregasi: jumlah`): samakan jumlahnya, tulis `agregasi: tetap` bila targetnya tingkat yang dipertahankan, atau catat sebabnya di `alasan_beda_triwulan`',
        at(['indikator', 'target']));
  }
  if (plan && TW.some((t) => plan[t]?.rp !== undefined)) {
    const sum = TW.reduce((s, t) => s + (plan[t]?.rp ?? 0), 0);
    if (sum !== sub.pagu)
      diags.error('aturan/anggaran-triwulan', `rencana anggaran triwulan berjumlah ${formatRupiah(sum)}, tidak sama dengan pagu ${formatRupiah(sub.pagu)}`, at(['rencana']),
        'samakan rencana triwulan dengan pagu', at(['pagu']));
  }
  const rp = realisasiRp(sub);
  if (rp !== undefined && rp > sub.pagu)
    diags.warn('aturan/realisasi-melebihi-pagu', `realisasi ${formatRupiah(rp)} melebihi pagu ${formatRupiah(sub.pagu)} (sub kegiatan \`${sub.id}\`)`, at(['realisasi']),
      'periksa kembali angka realisasi per triwulan dan pagu setelah perubahan', at(['pagu']));
  if (ind?.target === 0 && sub.pagu > 0)
    diags.warn('aturan/target-nol', `target kinerja 0 tetapi pagu ${formatRupiah(sub.pagu)} (sub kegiatan \`${sub.id}\`)`, at(['indikator', 'target']),
      'anggaran tanpa target tidak dapat diukur: tulis targetnya, atau pindahkan anggarannya');
  if (sub.realisasi && realisasiK(sub) === undefined && ind?.agregasi === 'akhir')
    diags.warn('aturan/tw4-kosong', `indikator \`${sub.id}\` diukur pada triwulan IV, tetapi \`realisasi.tw4.k\` belum ditulis`, at(['realisasi']));
}

/**
 * A K (kinerja) is measured against an output indicator: written for a sub kegiatan that has
 * none, it would print beside nothing and count toward no capaian. One error, at the first K.
 */
function checkKTanpaIndikator(ctx: RuleContext, sub: SubKegiatanInput, at: (p: PathSegment[]) => ReturnType<RuleContext['src']['at']>): void {
  if (sub.indikator) return;
  for (const part of ['rencana', 'realisasi'] as const)
    for (const t of [...TW, undefined]) {
      const has = t ? sub[part]?.[t]?.k !== undefined : sub[part]?.k !== undefined;
      if (!has) continue;
      const path: PathSegment[] = t ? [part, t, 'k'] : [part, 'k'];
      ctx.diags.error('aturan/k-tanpa-indikator', `\`${path.join('.')}\` ditulis, tetapi sub kegiatan \`${sub.id}\` tidak mempunyai indikator keluaran`, at(path),
        'tambahkan `indikator:` (uraian, satuan, target) pada sub kegiatan ini, atau hapus `k`: tanpa indikator tidak ada kinerja yang diukur');
      return;
    }
}

function checkBelanjaTotals(ctx: RuleContext, y: TahunInput): void {
  if (!y.belanja || !y.anggaran) return;
  const subs = y.anggaran.program.flatMap((p) => p.kegiatan.flatMap((k) => k.sub_kegiatan));
  const pagu = subs.reduce((s, x) => s + x.pagu, 0);
  const real = subs.reduce((s, x) => s + (realisasiRp(x) ?? 0), 0);
  const jenis = y.belanja.kelompok.flatMap((k) => k.jenis);
  const bPagu = jenis.reduce((s, x) => s + x.anggaran, 0);
  const bReal = jenis.reduce((s, x) => s + x.realisasi, 0);
  const at = ctx.src.at('belanja', ['kelompok'], y.tahun);
  const also = ctx.src.at('anggaran', ['program'], y.tahun);
  if (pagu !== bPagu)
    ctx.diags.error('aturan/total-anggaran', `anggaran belanja per jenis berjumlah ${formatRupiah(bPagu)}, sedangkan pagu semua sub kegiatan berjumlah ${formatRupiah(pagu)} (selisih ${formatRupiah(Math.abs(bPagu - pagu))})`,
      at, 'kedua tabel memuat anggaran yang sama: cari baris yang berbeda', also);
  if (real !== bReal)
    ctx.diags.error('aturan/total-realisasi', `realisasi belanja per jenis berjumlah ${formatRupiah(bReal)}, sedangkan realisasi semua sub kegiatan berjumlah ${formatRupiah(real)} (selisih ${formatRupiah(Math.abs(bReal - real))})`,
      at, 'kedua tabel memuat realisasi yang sama: cari baris yang berbeda', also);
}

export function checkAnggaran(ctx: RuleContext): void {
  for (const y of ctx.data.tahun) {
    y.anggaran?.program.forEach((p, a) =>
      p.kegiatan.forEach((k, b) => k.sub_kegiatan.forEach((s, c) => checkQuarters(ctx, y, s, ['program', a, 'kegiatan', b, 'sub_kegiatan', c]))),
    );
    checkBelanjaTotals(ctx, y);
  }
}
