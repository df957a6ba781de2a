// Every id is unique in its kind, and every reference names an id that exists.
import type { Location } from '../../diagnostics/index.ts';
import type { Role } from '../../load/index.ts';
import { didYouMean } from '../../util/suggest.ts';
import type { RuleContext } from './context.ts';

interface Defined {
  id: string;
  at?: Location;
}

function unique(ctx: RuleContext, kind: string, items: Defined[]): Set<string> {
  const first = new Map<string, Defined>();
  for (const it of items) {
    const prev = first.get(it.id);
    if (prev) ctx.diags.error('aturan/id-ganda', `pengenal \`${it.id}\` dipakai dua kali untuk ${kind}`, it.at, 'setiap pengenal harus unik: ganti salah satunya', prev.at);
    else first.set(it.id, it);
  }
  return new Set(first.keys());
}

function mustExist(ctx: RuleContext, kind: string, ref: string, known: Set<string>, at?: Location): void {
  if (known.has(ref)) return;
  const hint = didYouMean(ref, known) ?? (known.size ? `pengenal yang ada: ${[...known].slice(0, 12).join(', ')}${known.size > 12 ? ', …' : ''}` : `belum ada ${kind} yang ditulis`);
  ctx.diags.error('aturan/id-menggantung', `${kind} \`${ref}\` tidak ada`, at, hint);
}

export function checkIds(ctx: RuleContext): void {
  const { data, src } = ctx;
  const at = (role: Role, path: (string | number)[], tahun?: number, which: 'value' | 'key' = 'value') => src.at(role, path, tahun, which);
  const r = data.renstra;

  const renstraIds: Defined[] = [];
  r.tujuan.forEach((tj, a) => {
    renstraIds.push({ id: tj.id, at: at('renstra', ['tujuan', a, 'id']) });
    tj.sasaran.forEach((s, b) => {
      renstraIds.push({ id: s.id, at: at('renstra', ['tujuan', a, 'sasaran', b, 'id']) });
      s.indikator.forEach((i, c) => renstraIds.push({ id: i.id, at: at('renstra', ['tujuan', a, 'sasaran', b, 'indikator', c, 'id']) }));
    });
  });
  r.program.forEach((p, a) => {
    renstraIds.push({ id: p.id, at: at('renstra', ['program', a, 'id']) });
    p.indikator.forEach((i, c) => renstraIds.push({ id: i.id, at: at('renstra', ['program', a, 'indikator', c, 'id']) }));
  });
  unique(ctx, 'unsur Renstra', renstraIds);
  const sasaranIds = new Set(r.tujuan.flatMap((t) => t.sasaran.map((s) => s.id)));
  const indikatorIds = new Set([...r.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.indikator.map((i) => i.id))), ...r.program.flatMap((p) => p.indikator.map((i) => i.id))]);
  const programIds = new Set(r.program.map((p) => p.id));
  const lamaIds = unique(ctx, 'indikator lama', (r.indikator_lama ?? []).map((l, i) => ({ id: l.id, at: at('renstra', ['indikator_lama', i, 'id']) })));
  const sasaranLama = unique(ctx, 'sasaran lama', (r.sasaran_lama ?? []).map((l, i) => ({ id: l.id, at: at('renstra', ['sasaran_lama', i, 'id']) })));

  r.program.forEach((p, a) => mustExist(ctx, 'sasaran', p.sasaran, sasaranIds, at('renstra', ['program', a, 'sasaran'])));
  r.tujuan.forEach((tj, a) =>
    tj.sasaran.forEach((s, b) => {
      if (s.menggantikan) mustExist(ctx, 'sasaran lama', s.menggantikan, sasaranLama, at('renstra', ['tujuan', a, 'sasaran', b, 'menggantikan']));
      s.indikator.forEach((i, c) => {
        const base = ['tujuan', a, 'sasaran', b, 'indikator', c];
        if (i.menggantikan) mustExist(ctx, 'indikator lama', i.menggantikan, lamaIds, at('renstra', [...base, 'menggantikan']));
        if (i.skala_predikat) mustExist(ctx, 'skala', i.skala_predikat, new Set(Object.keys(data.skala)), at('renstra', [...base, 'skala_predikat']));
      });
    }),
  );

  const units = unique(ctx, 'unit kerja', (data.instansi.unit_kerja ?? []).map((u, i) => ({ id: u.id, at: at('instansi', ['unit_kerja', i, 'id']) })));
  (data.instansi.unit_kerja ?? []).forEach((u, i) => u.induk && mustExist(ctx, 'unit kerja', u.induk, units, at('instansi', ['unit_kerja', i, 'induk'])));
  const hukum = unique(ctx, 'dasar hukum', (data.instansi.dasar_hukum ?? []).map((d, i) => ({ id: d.id, at: at('instansi', ['dasar_hukum', i, 'id']) })));
  if (data.instansi.bagan?.dasar) mustExist(ctx, 'dasar hukum', data.instansi.bagan.dasar, hukum, at('instansi', ['bagan', 'dasar']));

  for (const y of data.tahun) {
    const t = y.tahun;
    const kegiatanIds: Defined[] = [];
    const subIds: Defined[] = [];
    y.anggaran?.program.forEach((p, a) => {
      mustExist(ctx, 'program', p.id, programIds, at('anggaran', ['program', a, 'id'], t));
      p.kegiatan.forEach((k, b) => {
        kegiatanIds.push({ id: k.id, at: at('anggaran', ['program', a, 'kegiatan', b, 'id'], t) });
        if (k.penanggung_jawab) mustExist(ctx, 'unit kerja', k.penanggung_jawab, units, at('anggaran', ['program', a, 'kegiatan', b, 'penanggung_jawab'], t));
        k.sub_kegiatan.forEach((s, c) => {
          const path = ['program', a, 'kegiatan', b, 'sub_kegiatan', c];
          subIds.push({ id: s.id, at: at('anggaran', [...path, 'id'], t) });
          if (s.penanggung_jawab) mustExist(ctx, 'unit kerja', s.penanggung_jawab, units, at('anggaran', [...path, 'penanggung_jawab'], t));
        });
      });
    });
    unique(ctx, 'program tahun ini', (y.anggaran?.program ?? []).map((p, a) => ({ id: p.id, at: at('anggaran', ['program', a, 'id'], t) })));
    unique(ctx, 'kegiatan', kegiatanIds);
    unique(ctx, 'sub kegiatan', subIds);
    for (const id of Object.keys(y.pk?.target ?? {})) mustExist(ctx, 'indikator', id, indikatorIds, at('pk', ['target', id], t, 'key'));
    for (const id of Object.keys(y.pk?.perubahan?.target ?? {})) mustExist(ctx, 'indikator', id, indikatorIds, at('pk', ['perubahan', 'target', id], t, 'key'));
    for (const id of Object.keys(y.realisasi?.indikator ?? {})) mustExist(ctx, 'indikator', id, indikatorIds, at('realisasi', ['indikator', id], t, 'key'));
    const sv = y.evaluasi?.survei_kepuasan;
    if (sv) mustExist(ctx, 'indikator', sv.indikator, indikatorIds, at('evaluasi', ['survei_kepuasan', 'indikator'], t));
    unique(ctx, 'koreksi', (y.koreksi ?? []).map((k, i) => ({ id: k.id, at: at('koreksi', [i, 'id'], t) })));
  }
}
