// Prose: Markdown whose figures come from the model through helpers, then Markdown → HTML
// with raw HTML disabled, so text in the data can never become markup (narasi-markdown.ts).
import Handlebars from 'handlebars';
import { penyerapan } from '../compute/capaian.ts';
import { formatAngka, formatCapaian, formatJumlah, formatNilai, formatPersen, formatRupiah, namaLengkap, terbilangRupiah } from '../format/index.ts';
import type { Jumlah, SasaranHasil, TahunModel } from '../model/model.ts';
import { NARASI_HELPERS } from '../model/narasi-spec.ts';
import { judulDasarHukum, TIPE_DASAR_HUKUM } from '../model/dasar-hukum.ts';
import { narasiHtml, type NarasiEnv } from './narasi-markdown.ts';
import { narasiSurvei } from './narasi-survei.ts';
import { narasiRinci } from './narasi-rinci.ts';

/** The implementation of every helper in NARASI_HELPERS, bound to one year's model. */
export function narasiHelpers(m: TahunModel): Record<string, (...args: unknown[]) => string> {
  const ind = (id: unknown) => [...m.iku, ...m.indikatorProgram].find((i) => i.id === id)!;
  const sas = (id: unknown) => m.sasaran.find((s) => s.id === id)!;
  const jumlah = (id: unknown): Jumlah => (typeof id === 'string' ? m.program.find((p) => p.id === id)! : m.anggaran);
  const ev = m.evaluasi;
  const lalu = (id: unknown) => ind(id).riwayat.find((h) => h.tahun === m.tahun - 1);
  const fns: Record<string, (...a: unknown[]) => string> = {
    instansi: () => m.instansi.nama,
    pemda: () => m.instansi.pemerintah_daerah,
    tahun: () => String(m.tahun),
    tahun_lalu: () => String(m.tahun - 1),
    periode_renstra: () => `${m.renstra.periode.awal}–${m.renstra.periode.akhir}`,
    kepala: () => namaLengkap(m.instansi.kepala),
    dasar_hukum: (id) => judulDasarHukum(m.instansi.dasar_hukum!.find((d) => d.id === id)!),
    tipe_dasar_hukum: (id) => TIPE_DASAR_HUKUM[m.instansi.dasar_hukum!.find((d) => d.id === id)!.tipe].nama,
    jumlah_sasaran: () => formatJumlah(m.sasaran.length),
    jumlah_iku: () => formatJumlah(m.iku.length),
    target: (id) => formatNilai(ind(id).target),
    realisasi: (id) => formatNilai(ind(id).realisasi),
    capaian: (id) => formatCapaian(ind(id).capaian),
    kategori: (id) => ind(id).kategori?.kategori ?? 'belum dapat dinilai',
    capaian_sasaran: (id) => formatPersen(sas(id).capaian),
    kategori_sasaran: (id) => sas(id).kategori?.kategori ?? 'belum dapat dinilai',
    capaian_rata_rata: () => formatPersen(m.rataRata.capaian),
    kategori_rata_rata: () => m.rataRata.kategori?.kategori ?? 'belum dapat dinilai',
    pagu: (id) => formatRupiah(jumlah(id).pagu),
    realisasi_anggaran: (id) => formatRupiah(jumlah(id).realisasi),
    penyerapan: (id) => formatPersen(jumlah(id).penyerapan),
    sisa_anggaran: (id) => formatRupiah(jumlah(id).sisa),
    efisiensi: (id) => {
      const e = sas(id).efisiensi;
      return e ? `${formatAngka(e.selisih, 2)} poin` : 'tidak dihitung (capaian di bawah 100 %)';
    },
    nilai_lhe: (y) => (ev?.lheTotal[String(y)] ? formatAngka(ev.lheTotal[String(y)]!, 2) : 'belum tersedia'),
    predikat_lhe: (y) => ev?.lhePredikat[String(y)]?.kode ?? 'belum tersedia',
    akip_rata_rata: (y) => (ev?.akipRataRata[String(y)] ? formatAngka(ev.akipRataRata[String(y)]!, 2) : 'belum tersedia'),
    predikat_akip: (y) => ev?.akipPredikat[String(y)]?.kode ?? 'belum tersedia',
    ...narasiSurvei(m),
    ...narasiRinci(m),
    target_akhir: (id) => formatNilai(ind(id).targetAkhir),
    capaian_akhir: (id) => formatCapaian(ind(id).capaianAkhir),
    target_lalu: (id) => formatNilai(ind(id).targetPerTahun[String(m.tahun - 1)]),
    realisasi_lalu: (id) => formatNilai(lalu(id)?.realisasi),
    capaian_lalu: (id) => (lalu(id) ? formatCapaian(lalu(id)!.capaian) : 'belum tersedia'),
    penyerapan_sasaran: (id) => formatPersen(penyerapanSasaran(sas(id))),
    capaian_k: (id) => formatPersen(typeof id === 'string' ? m.program.find((p) => p.id === id)!.capaianK : m.anggaran.capaianK),
    terbilang_pagu: (id) => terbilangRupiah(jumlah(id).pagu),
    terbilang_realisasi_anggaran: (id) => terbilangRupiah(jumlah(id).realisasi),
    terbilang_sisa_anggaran: (id) => terbilangRupiah(jumlah(id).sisa),
    jumlah_tujuan: () => formatJumlah(m.renstra.tujuan.length),
    jumlah_indikator_lama: () => formatJumlah(m.renstra.indikator_lama?.length ?? 0),
    jumlah_program: () => formatJumlah(m.program.length),
    jumlah_kegiatan: () => formatJumlah(m.program.reduce((n, p) => n + p.kegiatan.length, 0)),
    jumlah_sub_kegiatan: () => formatJumlah(m.anggaran.sub.jumlah),
    jumlah_sub_kegiatan_tercapai: () => formatJumlah(m.anggaran.sub.tercapai),
    jumlah_responden: () => (ev?.input.survei_kepuasan ? formatJumlah(ev.input.survei_kepuasan.responden) : 'belum tersedia'),
    jumlah_perangkat_daerah: () => formatJumlah(ev?.akipDaftar.length ?? 0),
    jumlah_komponen_lhe: () => formatJumlah(ev?.input.lhe?.komponen.length ?? 0),
  };
  for (const name of Object.keys(NARASI_HELPERS)) if (!fns[name]) throw new Error(`pemanggil narasi ${name} belum diterapkan`);
  return fns;
}

/**
 * The penyerapan the efisiensi table prints for a sasaran; for a sasaran not in that table
 * (capaian under 100 %), the penyerapan of its programs taken together.
 */
export function penyerapanSasaran(s: SasaranHasil) {
  if (s.efisiensi) return s.efisiensi.penyerapan;
  const pagu = s.program.reduce((n, p) => n + p.pagu, 0);
  const realisasi = s.program.reduce((n, p) => n + p.realisasi, 0);
  return pagu > 0 && s.program.every((p) => p.isian === 'lengkap') ? penyerapan(pagu, realisasi) : undefined;
}

/** One narrative's Markdown with its figures filled in from the model; absent is ''. */
export function expandNarasi(source: string | undefined, helpers: Record<string, (...args: unknown[]) => string>): string {
  if (!source) return '';
  const hbs = Handlebars.create();
  for (const [name, fn] of Object.entries(helpers)) hbs.registerHelper(name, (...args: unknown[]) => fn(...args.slice(0, -1)));
  // noEscape: helper output goes into Markdown, which markdown-it escapes when it renders HTML.
  return hbs.compile(source, { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers: Object.fromEntries(Object.keys(helpers).map((h) => [h, true])) })({});
}

/** One narrative straight to HTML, by default as a section of the body whose tables carry no number. */
export function renderNarasi(source: string | undefined, helpers: Record<string, (...args: unknown[]) => string>, env: NarasiEnv = { tingkat: 2, bab: '' }): string {
  return narasiHtml(expandNarasi(source, helpers), env);
}

/** Every narrative of a year, figures filled in: made once per model, shared by all passes. */
export function narasiTeks(m: TahunModel): Record<string, string> {
  const helpers = narasiHelpers(m);
  return Object.fromEntries(Object.entries(m.narasi).map(([k, v]) => [k, expandNarasi(v, helpers)]));
}
