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
    if (ind.target_akhir) checkPredikat(ctx, ind, ind.target_akhir, () => src.at('renstra', [...path, 'target_akhir']));
  }
  for (const y of data.tahun) {
    if (y.tahun < awal || y.tahun > akhir) {
      const first = (['dokumen', 'pk', 'realisasi', 'anggaran'] as const).find((r) => src.file(r, y.tahun));
      diags.error('aturan/tahun-di-luar-periode', `folder tahun ${y.tahun} di luar periode Renstra ${awal}–${akhir}`,
        first ? src.at(first, [], y.tahun) : undefined, 'pindahkan data ke instansi dengan Renstra periode berikutnya, atau perbarui renstra.yaml');
    }
    checkPk(ctx, y.tahun, all);
  }
}

function checkPk(ctx: RuleContext, tahun: number, all: { ind: IndikatorRenstra; path: PathSegment[] }[]): void {
  const { data, src, diags } = ctx;
  const pk = data.tahun.find((t) => t.tahun === tahun)?.pk;
  if (!pk) return;
  for (const { ind, path } of all) {
    const target = pk.target[ind.id];
    const renstra = ind.target[String(tahun)];
    const isIku = path[0] === 'tujuan';
    if (target === undefined) {
      if (isIku) diags.warn('aturan/pk-tanpa-target', `Perjanjian Kinerja ${tahun} tidak memuat target indikator \`${ind.id}\``, src.at('pk', ['target'], tahun),
        renstra !== undefined ? `tambahkan \`${ind.id}: ${typeof renstra === 'number' ? renstra : `{predikat: ${renstra.predikat}, nilai: ${renstra.nilai}}`}\` (target Renstra ${tahun})` : undefined);
      continue;
    }
    checkPredikat(ctx, ind, target, () => src.at('pk', ['target', ind.id], tahun));
    if (renstra !== undefined && !same(target, renstra) && !pk.alasan_beda_renstra?.[ind.id])
      diags.error('aturan/pk-beda-renstra', `target PK ${tahun} untuk \`${ind.id}\` adalah ${show(target)}, sedangkan target Renstra ${tahun} adalah ${show(renstra)}`,
        src.at('pk', ['target', ind.id], tahun), `samakan dengan Renstra (${show(renstra)}), atau catat alasannya di \`alasan_beda_renstra: {${ind.id}: …}\``,
        src.at('renstra', [...path, 'target', String(tahun)]));
  }
}
