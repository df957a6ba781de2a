// The Rencana Kerja Tahunan: Bab I–III, the evaluation of last year's RKT, and the wide table
// sasaran → indikator → program → kegiatan → sub kegiatan with targets and anggaran.
import { formatTanggal } from '../format/index.ts';
import { tercapai } from '../compute/capaian.ts';
import type { TahunModel } from '../model/model.ts';
import { baseAssets, compileLayout, engine, perModel, withLogo } from './engine.ts';
import { TableCounter } from './helpers.ts';
import { anchorHeadings } from './headings.ts';
import { narasiTeks, narasiView } from './narasi.ts';
import { halamanCss } from './page-css.ts';
import type { RenderedPart, TocEntry } from './lkjip.ts';
import { namaUnit, spans, strukturTree } from './view.ts';

function rktRows(m: TahunModel) {
  const unit = (id?: string) => namaUnit(m, id) ?? '';
  const flat = m.sasaran.flatMap((sasaran) =>
    sasaran.program.flatMap((program) => program.kegiatan.flatMap((kegiatan) => kegiatan.sub.map((sub) => ({ sasaran, program, kegiatan, sub, unit: unit(kegiatan.penanggungJawab ?? sub.unit) })))),
  );
  const s = spans(flat, (r) => r.sasaran.id);
  const p = spans(flat, (r) => r.program.id);
  const k = spans(flat, (r) => r.kegiatan.id);
  return flat.map((r, i) => ({ ...r, sasaranSpan: s[i]!.span, programSpan: p[i]!.span, kegiatanSpan: k[i]!.span }));
}

const contexts = new WeakMap<TahunModel, ReturnType<typeof buildContext>>();

function context(m: TahunModel) {
  return perModel(contexts, m, () => buildContext(m));
}

function buildContext(m: TahunModel) {
  const setelan = m.dokumen.rkt;
  const sasaranNo = new Map(m.sasaran.map((s, i) => [s.id, i + 1]));
  const tahunLalu = m.tahun - 1;
  return {
    m,
    teks: narasiTeks(m),
    gayaCss: halamanCss({ ...m, dokumen: { lkjip: { tanggal: setelan?.tanggal ?? '', kertas: setelan?.kertas, gaya: setelan?.gaya } } }, 'Rencana Kerja Tahunan'),
    tempatTanggal: `${m.instansi.tempat}, ${setelan?.tanggal ? formatTanggal(setelan.tanggal) : `………………… ${m.tahun}`}`,
    tahunLalu,
    struktur: strukturTree(m),
    evaluasi: spans(m.iku, (i) => i.induk).map((s) => {
      const r = s.item.riwayat.find((h) => h.tahun === tahunLalu);
      return {
        ...s,
        sasaran: m.sasaran.find((x) => x.id === s.item.induk)!.uraian,
        sasaranNo: sasaranNo.get(s.item.induk),
        lalu: r && {
          ...r,
          target: s.item.targetPerTahun[String(tahunLalu)],
          keterangan: { true: 'Tercapai', false: 'Tidak Tercapai', undefined: '–' }[String(tercapai(r.capaian))],
        },
      };
    }),
    rktRows: rktRows(m),
  };
}

export function renderRktIsi(m: TahunModel): RenderedPart {
  const tables = new TableCounter();
  const html = compileLayout(engine('rkt', tables), 'rkt')({ ...context(m), narasi: narasiView(context(m).teks, 'rkt', tables), isi: true });
  const { html: anchored, headings } = anchorHeadings(html);
  return { html: anchored, assets: baseAssets(), headings, tables: tables.list, figures: [] };
}

export function renderRktDepan(m: TahunModel, toc: TocEntry[]): RenderedPart {
  const assets = baseAssets();
  const html = compileLayout(engine('rkt'), 'rkt')({ ...context(m), narasi: narasiView(context(m).teks, 'rkt'), depan: true, toc, logo: withLogo(m, assets) });
  const { html: anchored, headings } = anchorHeadings(html, 'd');
  return { html: anchored, assets, headings, tables: [], figures: [] };
}

export const renderRkt = { isi: renderRktIsi, depan: renderRktDepan };
