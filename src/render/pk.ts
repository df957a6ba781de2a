// The Perjanjian Kinerja as the signed document (and its Perubahan when the data has one).
import { formatTempatTanggal } from '../format/index.ts';
import type { Nilai } from '../model/input.ts';
import type { TahunModel } from '../model/model.ts';
import { baseAssets, compileLayout, engine, withLogo } from './engine.ts';
import { halamanSederhanaCss } from './page-css.ts';
import { spans } from './view.ts';
import type { RenderedPart } from './lkjip.ts';

function teks(n: Nilai | undefined): string {
  if (n === undefined) return '–';
  return typeof n === 'number' ? String(n).replace('.', ',') : `${n.predikat} (${String(n.nilai).replace('.', ',')})`;
}

/** What the PK partials print: `perubahan` is the revised agreement, its targets replacing the first ones. */
export function pkContext(m: TahunModel, perubahan: boolean) {
  const pk = m.pk ?? { target: {} };
  const targets = { ...pk.target, ...(perubahan ? pk.perubahan?.target : {}) };
  const tanggal = perubahan ? pk.perubahan?.tanggal : pk.tanggal ?? m.dokumen.pk?.tanggal;
  const sasaranNo = new Map(m.sasaran.map((s, i) => [s.id, i + 1]));
  const rows = spans(m.iku, (i) => i.induk).map((s) => ({
    ...s,
    sasaran: m.sasaran.find((x) => x.id === s.item.induk)!.uraian,
    sasaranNo: sasaranNo.get(s.item.induk),
    target: teks(targets[s.item.id]),
  }));
  return {
    perubahan: perubahan ? pk.perubahan : undefined,
    rows,
    tempatTanggal: formatTempatTanggal(m.instansi.tempat, tanggal, m.tahun),
  };
}

export function renderPk(m: TahunModel, perubahan = false): RenderedPart {
  const assets = baseAssets();
  const html = compileLayout(engine('pk'), 'pk')({
    m,
    logo: withLogo(m, assets),
    gayaCss: halamanSederhanaCss(m.dokumen.pk, {}),
    pk: pkContext(m, perubahan),
  });
  return { html, assets, headings: [], tables: [], figures: [] };
}
