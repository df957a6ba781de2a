// The rekap: one document comparing every agency of a data folder in one year — each agency's IKU
// average capaian and kategori, penyerapan anggaran, AKIP (LHE) score and predikat, survey IKM —
// and the average row. A one-pass document (like the PK), from the same computed models.
import { Diagnostics } from '../diagnostics/index.ts';
import { Rational } from '../compute/rational.ts';
import { penyerapan } from '../compute/capaian.ts';
import { pitaUntuk } from '../compute/skala.ts';
import { formatAngka, formatPersen, formatRupiah } from '../format/index.ts';
import { loadSkalaBawaan } from '../load/index.ts';
import type { SkalaInput } from '../model/input.ts';
import type { TahunModel } from '../model/model.ts';
import type { PdfMeta } from '../finish/index.ts';
import { baseAssets, compileLayout, engine } from './engine.ts';
import { halamanSederhanaCss } from './page-css.ts';
import type { RenderedPart } from './lkjip.ts';

/** An agency left out of the rekap, and why (the full errors go to the terminal). */
export interface RekapTertinggal {
  folder: string;
  nama: string;
  alasan: string;
}

export interface BarisRekap {
  nama: string;
  capaian: string;
  kategori: string;
  pagu: string;
  realisasi: string;
  serapan: string;
  lhe: string;
  predikatLhe: string;
  ikm: string;
  mutuIkm: string;
}

const STRIP = '–';

/** An agency with a budget whose realisasi is reported (in part or whole). */
const dilaporkan = (m: TahunModel): boolean => m.anggaran.pagu > 0 && m.anggaran.isian !== 'kosong';

/** The latest LHE year of the agency up to `tahun`, with its total and predikat. */
function lheTerakhir(m: TahunModel): { tahun: string; nilai: Rational; kode?: string } | undefined {
  const ev = m.evaluasi;
  if (!ev) return undefined;
  const years = Object.keys(ev.lheTotal).filter((y) => Number(y) <= m.tahun && !ev.lheSebagian[y]).sort();
  const y = years.at(-1);
  return y === undefined ? undefined : { tahun: y, nilai: ev.lheTotal[y]!, kode: ev.lhePredikat[y]?.kode };
}

export interface JumlahRekap {
  pagu: string;
  realisasi: string;
  serapan: string;
}

export interface RataRataRekap {
  capaian: string;
  kategori: string;
  lhe: string;
  ikm: string;
}

/**
 * The rows of the table: one per agency (in the order given); the total row (pagu of all, the
 * realisasi reported, penyerapan over the agencies that report it); the average row (the mean of
 * the agencies' averages, LHE scores and IKM, each over those that have one).
 */
export function barisRekap(models: TahunModel[]): { baris: BarisRekap[]; jumlah: JumlahRekap; rataRata: RataRataRekap } {
  const baris = models.map((m): BarisRekap => {
    const a = m.anggaran;
    const lhe = lheTerakhir(m);
    const s = m.survei?.instansi;
    return {
      nama: m.instansi.nama,
      capaian: m.rataRata.capaian ? formatPersen(m.rataRata.capaian) : STRIP,
      kategori: m.rataRata.kategori?.kategori ?? STRIP,
      pagu: a.pagu > 0 ? formatRupiah(a.pagu) : STRIP,
      realisasi: dilaporkan(m) ? formatRupiah(a.realisasi) : STRIP,
      serapan: dilaporkan(m) && a.penyerapan ? formatPersen(a.penyerapan) : STRIP,
      lhe: lhe ? `${formatAngka(lhe.nilai, 2)} (${lhe.tahun})` : STRIP,
      predikatLhe: lhe?.kode ?? STRIP,
      ikm: s?.konversi ? formatAngka(s.konversi, 2) : STRIP,
      mutuIkm: s?.mutu ? (s.mutu.kode ? `${s.mutu.kode} (${s.mutu.kategori})` : s.mutu.kategori) : STRIP,
    };
  });
  // The average row: the mean of the agencies' averages (each counted once), the kategori on the
  // default scale (agencies may have their own); money summed, penyerapan of the sums.
  const capaian = Rational.mean(models.flatMap((m) => (m.rataRata.capaian ? [m.rataRata.capaian] : [])));
  const skala = (loadSkalaBawaan(new Diagnostics()).data as SkalaInput).capaian;
  const pagu = models.reduce((n, m) => n + m.anggaran.pagu, 0);
  const dilapor = models.filter(dilaporkan);
  const realisasi = dilapor.reduce((n, m) => n + m.anggaran.realisasi, 0);
  const paguDilapor = dilapor.reduce((n, m) => n + m.anggaran.pagu, 0);
  const lhe = Rational.mean(models.flatMap((m) => lheTerakhir(m)?.nilai ?? []));
  const ikm = Rational.mean(models.flatMap((m) => m.survei?.instansi.konversi ?? []));
  const serap = dilapor.length ? penyerapan(paguDilapor, realisasi) : undefined;
  return {
    baris,
    jumlah: { pagu: pagu > 0 ? formatRupiah(pagu) : STRIP, realisasi: dilapor.length ? formatRupiah(realisasi) : STRIP, serapan: serap ? formatPersen(serap) : STRIP },
    rataRata: {
      capaian: capaian ? formatPersen(capaian) : STRIP,
      kategori: (capaian && pitaUntuk(skala, capaian)?.kategori) ?? STRIP,
      lhe: lhe ? formatAngka(lhe, 2) : STRIP,
      ikm: ikm ? formatAngka(ikm, 2) : STRIP,
    },
  };
}

/** The pemerintah daerah the agencies share, or none when they differ. */
function pemdaBersama(models: TahunModel[]): string | undefined {
  const names = new Set(models.map((m) => m.instansi.pemerintah_daerah));
  return names.size === 1 ? [...names][0] : undefined;
}

export function renderRekap(models: TahunModel[], tahun: number, tertinggal: RekapTertinggal[]): RenderedPart {
  const assets = baseAssets();
  const pemda = pemdaBersama(models);
  const { baris, jumlah, rataRata } = barisRekap(models);
  const html = compileLayout(engine('rekap'), 'rekap')({
    tahun,
    pemda,
    gayaCss: halamanSederhanaCss(undefined, { lebar: true, kepala: `Rekapitulasi Kinerja ${pemda ?? 'Perangkat Daerah'} ${tahun}` }),
    baris,
    jumlah,
    rataRata,
    tertinggal,
    adaLhe: baris.some((b) => b.lhe !== STRIP),
    adaIkm: baris.some((b) => b.ikm !== STRIP),
  });
  return { html, assets, headings: [], tables: [], figures: [] };
}

export function rekapMeta(models: TahunModel[], tahun: number): PdfMeta {
  const pemda = pemdaBersama(models);
  return {
    title: `Rekapitulasi Kinerja Perangkat Daerah${pemda ? ` ${pemda}` : ''} Tahun ${tahun}`,
    author: pemda ?? 'kinerja',
    subject: `Rekapitulasi Kinerja ${tahun}`,
    keywords: ['SAKIP', 'rekapitulasi', String(tahun)],
    date: `${tahun + 1}-01-01`,
    lang: 'id-ID',
  };
}
