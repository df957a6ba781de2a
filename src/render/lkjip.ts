// Stage 4, render: the model → HTML of the LKjIP, in two parts printed apart: the body
// (Bab I to Lampiran, numbered from 1) and the front matter (roman numbers), which needs the
// body's page numbers for its Daftar Isi and Daftar Tabel.
import { POTONG } from './potong.ts';
import { formatAngka, formatMiliar, formatTanggal } from '../format/index.ts';
import { barChart } from './charts.ts';
import type { TahunModel } from '../model/model.ts';
import type { Assets } from '../print/index.ts';
import type { PdfMeta } from '../finish/index.ts';
import { TableCounter } from './helpers.ts';
import { baseAssets, compileLayout, engine, perModel, withLogo } from './engine.ts';
import { narasiTeks, narasiView } from './narasi.ts';
import { pkContext } from './pk.ts';
import { anchorHeadings, type Heading } from './headings.ts';
import { halamanCss } from './page-css.ts';
import { faktorRows, ikuRows, intervalPita, lampiranChunks, RINCIAN_SUB_MAKS, penetapanRows, spans, strukturTree, tahunRenstra } from './view.ts';


export interface RenderedPart {
  html: string;
  assets: Assets;
  headings: Heading[];
  tables: { nomor: string; judul: string; id: string }[];
  figures: { nomor: string; judul: string; id: string }[];
}

export interface TocEntry {
  judul: string;
  level: number;
  halaman: string;
}

const contexts = new WeakMap<TahunModel, ReturnType<typeof buildContext>>();
const frontLayouts = new WeakMap<TahunModel, HandlebarsTemplateDelegate>();

function context(m: TahunModel) {
  return perModel(contexts, m, () => buildContext(m));
}

function buildContext(m: TahunModel) {
  const lkjip = m.dokumen.lkjip;
  const tanggal = lkjip?.tanggal;
  const lheTahun = Object.keys(m.evaluasi?.lheTotal ?? {});
  // The comparison with other agencies takes the last year whose total is over every component.
  const lastLhe = lheTahun.filter((y) => !m.evaluasi!.lheSebagian[y]).at(-1);
  const survei = m.evaluasi?.input.survei_kepuasan;
  return {
    m,
    teks: narasiTeks(m),
    judul: lkjip?.judul ?? 'LAPORAN KINERJA INSTANSI PEMERINTAH',
    tahunTerbit: tanggal ? tanggal.slice(0, 4) : String(m.tahun + 1),
    tempatTanggal: tanggal ? `${m.instansi.tempat}, ${formatTanggal(tanggal)}` : m.instansi.tempat,
    gayaCss: halamanCss(m),
    tahunRenstra: tahunRenstra(m),
    tahunLalu: m.tahun - 1,
    ikuRows: ikuRows(m),
    penetapan: penetapanRows(m),
    struktur: strukturTree(m),
    baganDasar: m.instansi.dasar_hukum?.find((d) => d.id === m.instansi.bagan?.dasar),
    skalaCapaian: intervalPita(m.skala.capaian),
    lheTahun,
    lheTerakhir: lastLhe ? { tahun: lastLhe, nilai: m.evaluasi!.lheTotal[lastLhe] } : undefined,
    akipTahun: [...new Set((m.evaluasi?.akipDaftar ?? []).flatMap((d) => Object.keys(d.nilai)))].sort(),
    survei: survei && { responden: survei.responden, ind: m.iku.find((i) => i.id === survei.indikator) },
    targetAkhirRows: [
      ...spans(m.iku, (i) => i.induk).map((s) => ({ ...s, induk: m.sasaran.find((x) => x.id === s.item.induk)!.uraian })),
      ...spans(m.indikatorProgram, (i) => i.induk).map((s) => ({ ...s, induk: m.program.find((p) => p.id === s.item.induk)?.nama ?? s.item.induk })),
    ],
    efisiensi: m.sasaran.filter((s) => s.efisiensi),
    tindakLanjut: (m.evaluasi?.input.rekomendasi_lhe ?? []).flatMap((r) => (r.tindak_lanjut ? [r.tindak_lanjut] : [])),
    twLabel: ['TW I', 'TW II', 'TW III', 'TW IV'],
    pk: pkContext(m, !!m.pk?.perubahan),
    lampiranChunks: lampiranChunks(m),
    faktor: faktorRows(m),
    rincianSub: m.program.reduce((n, p) => n + p.kegiatan.reduce((a, k) => a + k.sub.length, 0), 0) <= RINCIAN_SUB_MAKS,
    grafikCapaian: barChart({
      bars: [...m.sasaran.map((s) => ({ label: s.uraian, values: [s.capaian] })), { label: 'Rata-rata capaian IKU', values: [m.rataRata.capaian] }],
      series: ['Capaian sasaran (%)'],
      format: (v) => formatAngka(v, 2),
      reference: 100,
      unit: ' % (target)',
    }),
    grafikAnggaran: barChart({
      // A program with nothing reported has no realisasi bar, not one of Rp 0.
      bars: m.program.map((p) => ({ label: p.nama, values: [p.pagu, p.isian === 'kosong' ? undefined : p.realisasi] })),
      series: ['Pagu', 'Realisasi'],
      format: (v) => formatMiliar(typeof v === 'number' ? v : v.toNumber()),
    }),
  };
}

export function renderIsi(m: TahunModel): RenderedPart {
  const tables = new TableCounter();
  const figures = new TableCounter('gambar');
  const html = compileLayout(engine('lkjip', tables, figures), 'lkjip')({ ...context(m), narasi: narasiView(context(m).teks, 'lkjip', tables), isi: true, bagian: 'isi', potong: POTONG });
  const { html: anchored, headings } = anchorHeadings(html);
  return { html: anchored, assets: baseAssets(), headings, tables: tables.list, figures: figures.list };
}

export function renderDepan(m: TahunModel, toc: TocEntry[], daftarTabel: (TocEntry & { nomor: string })[], daftarGambar: (TocEntry & { nomor: string })[] = []): RenderedPart {
  const assets = baseAssets();
  const logo = withLogo(m, assets);
  const layout = perModel(frontLayouts, m, () => compileLayout(engine('lkjip'), 'lkjip'));
  const html = layout({ ...context(m), narasi: narasiView(context(m).teks, 'lkjip'), depan: true, bagian: 'depan', toc, daftarTabel, daftarGambar, logo });
  const { html: anchored, headings } = anchorHeadings(html, 'd');
  return { html: anchored, assets, headings, tables: [], figures: [] };
}

export function pdfMeta(m: TahunModel): PdfMeta {
  return {
    title: `Laporan Kinerja Instansi Pemerintah ${m.instansi.nama} Tahun ${m.tahun}`,
    author: m.instansi.nama,
    subject: `LKjIP ${m.tahun}`,
    keywords: ['LKjIP', 'SAKIP', m.instansi.nama, String(m.tahun)],
    date: m.dokumen.lkjip?.tanggal ?? `${m.tahun + 1}-01-01`,
    lang: 'id-ID',
  };
}
