// The rekap: one document comparing every agency of a pemda in one year, walked from its outline
// (templates/kerangka/rekap.yaml or `<folder-data>/kerangka/rekap.yaml`) like the LKjIP, with the
// rekap-* blocks reading the rekap's model (src/compute/rekap.ts) instead of one agency's. Printed
// in one pass: landscape, no cover or front matter, the title above the first chapter.
import type { RekapModel } from '../compute/rekap.ts';
import type { Kerangka } from '../model/kerangka.ts';
import type { TahunModel } from '../model/model.ts';
import type { PdfMeta } from '../finish/index.ts';
import { rekapHelpers } from '../validate/kerangka/rekap.ts';
import { baseAssets, compileLayout, engine } from './engine.ts';
import { TableCounter } from './helpers.ts';
import { jalanIsi, type Jalan } from './kerangka/jalan.ts';
import { halamanSederhanaCss } from './page-css.ts';
import type { RenderedPart } from './lkjip.ts';

export type { RekapTertinggal } from '../compute/rekap.ts';

export function renderRekap(rekap: RekapModel, models: TahunModel[], kerangka: Kerangka): RenderedPart {
  const assets = baseAssets();
  const hbs = engine('rekap');
  const tables = new TableCounter();
  const figures = new TableCounter('gambar');
  const j: Jalan = {
    // The walk's per-agency fields are not read by rekap blocks (the outline holds no other
    // block, normalisasi sees to it): the first agency stands in for its type.
    m: models[0]!,
    kerangka,
    hbs,
    assets,
    tables,
    figures,
    teks: {},
    helpers: rekapHelpers(rekap.tahun, rekap.pemda),
    folder: '',
    tahunFolder: '',
    tempatTanggal: '',
    daftar: { isi: [], tabel: [], gambar: [] },
    rekap,
  };
  const isi = jalanIsi(j);
  const html = compileLayout(hbs, 'rekap')({
    tahun: rekap.tahun,
    pemda: rekap.pemda,
    judul: kerangka.sampul.judul,
    baris: kerangka.sampul.baris,
    gayaCss: halamanSederhanaCss(undefined, { lebar: true, kepala: `Rekapitulasi Kinerja ${rekap.pemda ?? 'Perangkat Daerah'} ${rekap.tahun}` }),
    isi,
  });
  return { html, assets, headings: [], tables: tables.list, figures: figures.list };
}

export function rekapMeta(rekap: RekapModel): PdfMeta {
  const { pemda, tahun } = rekap;
  return {
    title: `Rekapitulasi Kinerja Perangkat Daerah${pemda ? ` ${pemda}` : ''} Tahun ${tahun}`,
    author: pemda ?? 'kinerja',
    subject: `Rekapitulasi Kinerja ${tahun}`,
    keywords: ['SAKIP', 'rekapitulasi', String(tahun)],
    date: `${tahun + 1}-01-01`,
    lang: 'id-ID',
  };
}
