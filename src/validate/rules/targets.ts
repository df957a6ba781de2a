// Targets: inside the Renstra period, predikat that agree with their numbers, PK equal to Renstra.
import { angkaDari } from '../../compute/capaian.ts';
import { predikatUntuk } from '../../compute/skala.ts';
import type { IndikatorRenstra, Nilai } from '../../model/input.ts';
import type { PathSegment } from '../../load/index.ts';
import type { RuleContext } from './context.ts';

function show(n: Nilai): string {
  return typeof n === 'number' ? String(n).replace('.', ',') : `${n.predikat} (${String(n.nilai).replace('.', ',')})`;
}

function same(a: Nilai, b: Nilai): boolean {
  return angkaDari(a) === angkaDari(b) && (typeof a === 'number' || typeof b === 'number' || a.predikat === b.predikat);
}

/** All Renstra indicators with the path of each in renstra.yaml. */
export function renstraIndikator(ctx: RuleContext): { ind: IndikatorRenstra; path: PathSegment[] }[] {
  const r = ctx.data.renstra;
  return [
    ...r.tujuan.flatMap((tj, a) => tj.sasaran.flatMap((s, b) => s.indikator.map((ind, c) => ({ ind, path: ['tujuan', a, 'sasaran', b, 'indikator', c] as PathSegment[] })))),
    ...r.program.flatMap((p, a) => p.indikator.map((ind, c) => ({ ind, path: ['program', a, 'indikator', c] as PathSegment[] }))),
  ];
}

function checkPredikat(ctx: RuleContext, ind: IndikatorRenstra, n: Nilai, at: () => ReturnType<RuleContext['src']['at']>): void {
  if (typeof n === 'number') return;
  const skala = ind.skala_predikat ? ctx.data.skala[ind.skala_predikat] : undefined;
  if (!skala) {
    ctx.diags.error('aturan/predikat-tanpa-skala', `indikator \`${ind.id}\` memakai predikat tetapi tidak menyebut skala`, at(),
      'tambahkan `skala_predikat: akip` (atau nama skala lain) pada indikator ini di renstra.yaml, atau tulis angkanya saja');
    return;
  }
  const expected = predikatUntuk(skala, n.nilai);
  if (expected !== n.predikat)
    ctx.diags.error('aturan/predikat-salah', `predikat ${n.predikat} tidak sesuai dengan nilai ${show(n.nilai)} menurut skala ${ind.skala_predikat}`, at(),
      `tulis {predikat: ${expected}, nilai: ${n.nilai}}`);
}

export function checkTargets(ctx: RuleContext): void {
  const { data, src, diags } = ctx;
  const { awal, akhir } = data.renstra.periode;
  if (akhir < awal) diags.error('aturan/periode', `periode Renstra berakhir (${akhir}) sebelum dimulai (${awal})`, src.at('renstra', ['periode', 'akhir']), 'tukar `awal` dan `akhir`');
  const all = renstraIndikator(ctx);
  for (const { ind, path } of all) {
    for (const [tahun, n] of Object.entries(ind.target)) {
      const at = () => src.at('renstra', [...path, 'target', tahun]);
      if (Number(tahun) < awal || Number(tahun) > akhir)
        diags.error('aturan/tahun-di-luar-periode', `target tahun ${tahun} di luar periode Renstra ${awal}–${akhir}`, src.at('renstra', [...path, 'target', tahun], undefined, 'key'),
          `hapus baris ini, atau ubah \`periode\` bila Renstra memang mencakup ${tahun}`);
      checkPredikat(ctx, ind, n, at);
    }
    if (ind.target_akhir) {
      checkPredikat(ctx, ind, ind.target_akhir, () => src.at('renstra', [...path, 'target_akhir']));
      const final = ind.target[String(akhir)];
      if (final !== undefined && !same(ind.target_akhir, final))
        diags.error('aturan/target-akhir', `target akhir \`${ind.id}\` adalah ${show(ind.target_akhir)}, sedangkan target tahun terakhir Renstra (${akhir}) adalah ${show(final)}`,
          src.at('renstra', [...path, 'target_akhir']), `samakan keduanya; target akhir periode adalah target tahun ${akhir}`, src.at('renstra', [...path, 'target', String(akhir)]));
    }
    if (ind.baseline) checkPredikat(ctx, ind, ind.baseline.nilai, () => src.at('renstra', [...path, 'baseline', 'nilai']));
  }
  for (const y of data.tahun) {
    if (y.tahun < awal || y.tahun > akhir) {
      const first = (['dokumen', 'pk', 'realisasi', 'anggaran'] as const).find((r) => src.file(r, y.tahun));
      diags.error('aturan/tahun-di-luar-periode', `folder tahun ${y.tahun} di luar periode Renstra ${awal}–${akhir}`,
        first ? src.at(first, [], y.tahun) : undefined, 'pindahkan data ke instansi dengan Renstra periode berikutnya, atau perbarui renstra.yaml');
    }
    checkPk(ctx, y.tahun, all);
    checkRealisasiPredikat(ctx, y.tahun, all);
  }
}

/** A predikat typed as realisasi (or its history) agrees with its number on the indicator's scale. */
function checkRealisasiPredikat(ctx: RuleContext, tahun: number, all: { ind: IndikatorRenstra }[]): void {
  const realisasi = ctx.data.tahun.find((t) => t.tahun === tahun)?.realisasi?.indikator ?? {};
  for (const { ind } of all) {
    const r = realisasi[ind.id];
    if (!r) continue;
    if (r.nilai !== undefined && r.nilai !== null) checkPredikat(ctx, ind, r.nilai, () => ctx.src.at('realisasi', ['indikator', ind.id, 'nilai'], tahun));
    for (const [y, n] of Object.entries(r.riwayat ?? {})) checkPredikat(ctx, ind, n, () => ctx.src.at('realisasi', ['indikator', ind.id, 'riwayat', y], tahun));
  }
}

/**
 * A PK target (and a PK Perubahan target) equals the Renstra target of its year, unless
 * `alasan_beda_renstra` explains that very value: a reason is bound to the number it was written
 * for (`{nilai: 73, alasan: …}`), so it cannot let another number through.
 */
function checkPk(ctx: RuleContext, tahun: number, all: { ind: IndikatorRenstra; path: PathSegment[] }[]): void {
  const { data, src, diags } = ctx;
  const pk = data.tahun.find((t) => t.tahun === tahun)?.pk;
  if (!pk) return;
  const explained = new Set<string>();
  for (const { ind, path } of all) {
    const target = pk.target[ind.id];
    const renstra = ind.target[String(tahun)];
    const isIku = path[0] === 'tujuan';
    const renstraAt = src.at('renstra', [...path, 'target', String(tahun)]);
    if (target === undefined) {
      if (isIku) diags.warn('aturan/pk-tanpa-target', `Perjanjian Kinerja ${tahun} tidak memuat target indikator \`${ind.id}\``, src.at('pk', ['target'], tahun),
        renstra !== undefined ? `tambahkan \`${ind.id}: ${typeof renstra === 'number' ? renstra : `{predikat: ${renstra.predikat}, nilai: ${renstra.nilai}}`}\` (target Renstra ${tahun})` : undefined);
    } else {
      checkPredikat(ctx, ind, target, () => src.at('pk', ['target', ind.id], tahun));
      if (renstra !== undefined && !same(target, renstra) && !boundReason(ctx, tahun, ind.id, target, 'PK', explained))
        diags.error('aturan/pk-beda-renstra', `target PK ${tahun} untuk \`${ind.id}\` adalah ${show(target)}, sedangkan target Renstra ${tahun} adalah ${show(renstra)}`,
          src.at('pk', ['target', ind.id], tahun), `samakan dengan Renstra (${show(renstra)}), atau catat alasannya: \`alasan_beda_renstra: {${ind.id}: {nilai: ${show(target).replace(',', '.')}, alasan: …}}\``, renstraAt);
    }
    const revised = pk.perubahan?.target[ind.id];
    if (revised === undefined) continue;
    checkPredikat(ctx, ind, revised, () => src.at('pk', ['perubahan', 'target', ind.id], tahun));
    if (renstra !== undefined && !same(revised, renstra) && !boundReason(ctx, tahun, ind.id, revised, 'PK Perubahan', explained))
      diags.error('aturan/pk-perubahan-beda-renstra', `target PK Perubahan ${tahun} untuk \`${ind.id}\` adalah ${show(revised)}, sedangkan target Renstra ${tahun} adalah ${show(renstra)}`,
        src.at('pk', ['perubahan', 'target', ind.id], tahun), `catat alasannya: \`alasan_beda_renstra: {${ind.id}: {nilai: ${show(revised).replace(',', '.')}, alasan: …}}\`, atau samakan dengan Renstra (${show(renstra)})`, renstraAt);
  }
  for (const id of Object.keys(pk.alasan_beda_renstra ?? {}))
    if (!explained.has(id))
      diags.warn('aturan/alasan-tak-terpakai', `alasan_beda_renstra untuk \`${id}\` tidak menjelaskan apa pun: target PK-nya sama dengan Renstra`, src.at('pk', ['alasan_beda_renstra', id], tahun, 'key'),
        'hapus alasan ini, atau perbaiki nilainya bila target PK memang berbeda');
}

/** Whether the reason recorded for `id` explains this target; says so when it names another value. */
function boundReason(ctx: RuleContext, tahun: number, id: string, target: Nilai, dokumen: string, explained: Set<string>): boolean {
  const reason = ctx.data.tahun.find((t) => t.tahun === tahun)?.pk?.alasan_beda_renstra?.[id];
  if (!reason) return false;
  explained.add(id);
  if (same(reason.nilai, target)) return true;
  ctx.diags.error('aturan/alasan-beda-nilai', `alasan_beda_renstra untuk \`${id}\` menjelaskan target ${show(reason.nilai)}, tetapi target ${dokumen} ${tahun} adalah ${show(target)}`,
    ctx.src.at('pk', ['alasan_beda_renstra', id, 'nilai'], tahun), `periksa target ${dokumen}; bila memang ${show(target)}, tulis alasan untuk nilai itu`);
  return true; // said once, here, rather than twice
}
