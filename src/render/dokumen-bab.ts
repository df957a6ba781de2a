// A document with chapters (LKjIP, RKT, Laporan Hasil SKM) from its outline, in two parts printed apart: the body
// (chapters and lampiran, numbered from 1) and the front matter (roman numbers: cover, then the
// outline's `depan`), which needs the body's page numbers for its lists.
import { formatTempatTanggal } from '../format/index.ts';
import type { DokumenBab, Kerangka } from '../model/kerangka.ts';
import type { TahunModel } from '../model/model.ts';
import type { Assets } from '../print/index.ts';
import type { Daftar } from './blok/types.ts';
import { baseAssets, compileLayout, engine, perModel, withLogo } from './engine.ts';
import { anchorHeadings, tandaiAkhirTabel, type Heading } from './headings.ts';
import { TableCounter } from './helpers.ts';
import { jalanDepan, jalanIsi, judulTeks, kepalaBab, type Jalan } from './kerangka/jalan.ts';
import { judulKalimat } from './kerangka/penomoran.ts';
import { narasiHelpers, narasiTeks } from './narasi.ts';
import { halamanCss } from './page-css.ts';
import { join } from 'node:path';

export interface RenderedPart {
  html: string;
  assets: Assets;
  headings: Heading[];
  tables: { nomor: string; judul: string; id: string }[];
  figures: { nomor: string; judul: string; id: string }[];
  /** The front matter's own Daftar Isi heading, which the Daftar Isi does not list. */
  judulDaftarIsi?: string;
}

export interface TocEntry {
  judul: string;
  level: number;
  halaman: string;
}

type Entri = TocEntry & { nomor: string };

/** The outline of a document for a year: check has put the default where the data has none. */
export function kerangkaDari(m: TahunModel, dokumen: DokumenBab): Kerangka {
  const k = m.kerangka[dokumen];
  if (!k) throw new Error(`kerangka ${dokumen} ${m.tahun} belum disiapkan (validate)`);
  return k;
}

const shared = new WeakMap<TahunModel, { teks: Record<string, string>; helpers: ReturnType<typeof narasiHelpers> }>();

function setelan(m: TahunModel, dokumen: DokumenBab) {
  const s = dokumen === 'lkjip' ? m.dokumen.lkjip : dokumen === 'survei' ? m.dokumen.survei : m.dokumen.rkt;
  const k = kerangkaDari(m, dokumen);
  const tanggal = s?.tanggal;
  const singkatan = k.sampul.singkatan || { lkjip: 'LKjIP', rkt: 'RKT', survei: 'SKM' }[dokumen];
  const kepala = { L: k.lampiran?.kepala ?? judulKalimat(k.sampul.judul), ...kepalaBab(k, judulKalimat) };
  return {
    k,
    judul: (dokumen === 'lkjip' ? m.dokumen.lkjip?.judul : undefined) ?? k.sampul.judul,
    tahunTerbit: tanggal ? tanggal.slice(0, 4) : String(m.tahun + 1),
    tempatTanggal: formatTempatTanggal(m.instansi.tempat, tanggal, dokumen === 'lkjip' ? m.tahun + 1 : m.tahun),
    gayaCss: halamanCss(m, { kepala, singkatan, kertas: s?.kertas, gaya: s?.gaya }),
  };
}

function jalan(m: TahunModel, dokumen: DokumenBab, assets: Assets, tables: TableCounter, figures: TableCounter, daftar: Daftar): Jalan {
  const s = perModel(shared, m, () => ({ teks: narasiTeks(m), helpers: narasiHelpers(m) }));
  const st = setelan(m, dokumen);
  return {
    m,
    kerangka: st.k,
    hbs: engine(dokumen),
    assets,
    tables,
    figures,
    teks: s.teks,
    helpers: s.helpers,
    folder: m.folder,
    tahunFolder: join(m.folder, String(m.tahun)),
    tempatTanggal: st.tempatTanggal,
    daftar,
  };
}

export function renderBabIsi(m: TahunModel, dokumen: DokumenBab): RenderedPart {
  const tables = new TableCounter();
  const figures = new TableCounter('gambar');
  const assets = baseAssets();
  const j = jalan(m, dokumen, assets, tables, figures, { isi: [], tabel: [], gambar: [] });
  const isi = jalanIsi(j);
  const html = compileLayout(j.hbs, dokumen)({ m, ...setelan(m, dokumen), bagian: 'isi', isi });
  const { html: anchored, headings } = anchorHeadings(html);
  return { html: tandaiAkhirTabel(anchored), assets, headings, tables: tables.list, figures: figures.list };
}

/** Shown or not, by the outline's `daftar:` setting: `otomatis` only when the list has entries. */
const tampil = (mode: string, list: Entri[]) => (mode === 'ya' || (mode === 'otomatis' && list.length) ? list : undefined);

export function renderBabDepan(m: TahunModel, dokumen: DokumenBab, toc: TocEntry[], daftarTabel: Entri[] = [], daftarGambar: Entri[] = []): RenderedPart {
  const assets = baseAssets();
  const logo = withLogo(m, assets);
  const st = setelan(m, dokumen);
  const daftar = { isi: toc, tabel: tampil(st.k.daftar.tabel, daftarTabel), gambar: tampil(st.k.daftar.gambar, daftarGambar) } as Daftar;
  const j = jalan(m, dokumen, assets, new TableCounter(), new TableCounter('gambar'), daftar);
  const depan = jalanDepan(j);
  const html = compileLayout(j.hbs, dokumen)({ m, ...st, sampul: st.k.sampul, bagian: 'depan', depan: true, logo, isi: depan });
  const { html: anchored, headings } = anchorHeadings(html, 'd');
  const daftarIsi = st.k.depan.find((i) => i.jenis === 'blok' && i.nama === 'daftar-isi');
  const judulDaftarIsi = daftarIsi ? judulTeks(j, String((daftarIsi.jenis === 'blok' && daftarIsi.opsi.judul) || 'DAFTAR ISI')) : undefined;
  return { html: anchored, assets, headings, tables: [], figures: [], judulDaftarIsi };
}
