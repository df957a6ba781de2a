// The rekap's figures: for every agency of a pemda, the measures each of its own documents shows
// (IKU average capaian and kategori, pagu/realisasi/penyerapan, latest LHE and predikat, survey
// IKM and mutu), taken from its computed TahunModel — never retyped — then ranked and totalled.
// Grouping and ordering for the tables are in rekap-susun.ts.
import { Diagnostics } from '../diagnostics/index.ts';
import { loadSkalaBawaan } from '../load/index.ts';
import type { SkalaInput, SkalaPita } from '../model/input.ts';
import type { TahunModel } from '../model/model.ts';
import { penyerapan } from './capaian.ts';
import { Rational } from './rational.ts';
import { rumpunInstansi, type Rumpun } from './rekap-rumpun.ts';
import { pitaUntuk } from './skala.ts';

/** An agency left out of the rekap, and why (the full errors go to the terminal). */
export interface RekapTertinggal {
  folder: string;
  nama: string;
  alasan: string;
}

/** The measures a rekap table ranks by. */
export type Ukuran = 'capaian' | 'serapan' | 'lhe' | 'ikm';

export interface InstansiRekap {
  id: string;
  folder: string;
  nama: string;
  /** The name without the pemda all agencies share (the title says it): for chart labels. */
  label: string;
  rumpun: Rumpun;
  jumlahIku: number;
  capaian?: Rational;
  kategori?: SkalaPita;
  pagu: number;
  /** Realisasi reported (in part or whole) for a budget. */
  dilaporkan: boolean;
  realisasi: number;
  serapan?: Rational;
  lhe?: { nilai: Rational; tahun: string; predikat?: SkalaPita };
  ikm?: { nilai: Rational; kode?: string; mutu: string };
  /** The rank among the agencies that have the measure (1 the highest; equal values share one). */
  peringkat: Partial<Record<Ukuran, number>>;
}

export interface Sebaran {
  judul: string;
  jumlah: number;
}

export interface RekapModel {
  tahun: number;
  /** The pemerintah daerah the agencies share; absent when they differ. */
  pemda?: string;
  /** Every agency included, by name. */
  instansi: InstansiRekap[];
  tertinggal: RekapTertinggal[];
  jumlah: { pagu: number; realisasi: number; paguDilaporkan: number; dilaporkan: number; serapan?: Rational };
  /** The mean over the agencies that have each measure; the kategori on the default scale. */
  rataRata: { capaian?: Rational; kategori?: SkalaPita; lhe?: Rational; ikm?: Rational };
  /** How many agencies in each kategori / predikat / mutu, best first. */
  sebaran: { kategori: Sebaran[]; predikat: Sebaran[]; mutu: Sebaran[] };
}

/** Decimals a rekap prints its measures with; ranks compare values as printed. */
export const DESIMAL = 2;

/**
 * Standard competition ranking, highest first: 1, 2, 2, 4. Two values share a rank when they are
 * equal as printed (to DESIMAL places): a reader who sees 104,62 % twice must see one rank twice,
 * even if the exact fractions differ in the tenth decimal. An absent value has no rank.
 */
export function peringkat(values: readonly (Rational | undefined)[]): (number | undefined)[] {
  const order = values.flatMap((v, i) => (v ? [{ v, i }] : [])).sort((a, b) => b.v.compare(a.v));
  const out: (number | undefined)[] = values.map(() => undefined);
  order.forEach((o, k) => {
    const prev = order[k - 1];
    out[o.i] = prev && prev.v.toFixed(DESIMAL) === o.v.toFixed(DESIMAL) ? out[prev.i] : k + 1;
  });
  return out;
}

/** The latest LHE of the agency up to its year (a partial one is not a score). */
function lheTerakhir(m: TahunModel): InstansiRekap['lhe'] {
  const ev = m.evaluasi;
  if (!ev) return undefined;
  const years = Object.keys(ev.lheTotal).filter((y) => Number(y) <= m.tahun && !ev.lheSebagian[y]).sort();
  const y = years.at(-1);
  return y === undefined ? undefined : { nilai: ev.lheTotal[y]!, tahun: y, predikat: ev.lhePredikat[y] };
}

function labelDari(nama: string, pemda: string | undefined): string {
  const tanpa = pemda && nama.endsWith(` ${pemda}`) ? nama.slice(0, -pemda.length - 1) : nama;
  // A chart prints at most four lines of a label: a longer name is cut at a word, visibly.
  return tanpa.length <= 130 ? tanpa : `${tanpa.slice(0, tanpa.lastIndexOf(' ', 128))} …`;
}

function instansiRekap(m: TahunModel, pemda: string | undefined): InstansiRekap {
  const a = m.anggaran;
  const dilaporkan = a.pagu > 0 && a.isian !== 'kosong';
  const s = m.survei?.instansi;
  return {
    id: m.instansi.id,
    folder: m.folder,
    nama: m.instansi.nama,
    label: labelDari(m.instansi.nama, pemda),
    rumpun: rumpunInstansi(m.instansi),
    jumlahIku: m.iku.length,
    capaian: m.rataRata.capaian,
    kategori: m.rataRata.capaian ? m.rataRata.kategori : undefined,
    pagu: a.pagu,
    dilaporkan,
    realisasi: dilaporkan ? a.realisasi : 0,
    serapan: dilaporkan ? a.penyerapan : undefined,
    lhe: lheTerakhir(m),
    ikm: s?.konversi ? { nilai: s.konversi, kode: s.mutu?.kode, mutu: s.mutu?.kategori ?? '' } : undefined,
    peringkat: {},
  };
}

const NILAI: Record<Ukuran, (i: InstansiRekap) => Rational | undefined> = {
  capaian: (i) => i.capaian,
  serapan: (i) => i.serapan,
  lhe: (i) => i.lhe?.nilai,
  ikm: (i) => i.ikm?.nilai,
};

export const nilaiUkuran = (i: InstansiRekap, u: Ukuran): Rational | undefined => NILAI[u](i);

/** Counts by a label, the label of the best-ranked agency first. */
function sebaran(list: InstansiRekap[], u: Ukuran, label: (i: InstansiRekap) => string | undefined): Sebaran[] {
  const urut = [...list].sort((a, b) => (a.peringkat[u] ?? Infinity) - (b.peringkat[u] ?? Infinity));
  const out = new Map<string, number>();
  for (const i of urut) {
    const l = label(i);
    if (l) out.set(l, (out.get(l) ?? 0) + 1);
  }
  return [...out].map(([judul, jumlah]) => ({ judul, jumlah }));
}

export const namaUrut = (a: { nama: string }, b: { nama: string }): number => a.nama.localeCompare(b.nama, 'id');

export function labelPredikat(p: SkalaPita | undefined): string | undefined {
  return p ? (p.kode ? `${p.kode} (${p.kategori})` : p.kategori) : undefined;
}

export function labelMutu(i: InstansiRekap['ikm']): string | undefined {
  return i ? (i.kode ? `${i.kode} (${i.mutu})` : i.mutu) : undefined;
}

export function computeRekap(models: TahunModel[], tahun: number, tertinggal: RekapTertinggal[]): RekapModel {
  const names = new Set(models.map((m) => m.instansi.pemerintah_daerah));
  const pemda = names.size === 1 ? [...names][0] : undefined;
  const instansi = models.map((m) => instansiRekap(m, pemda)).sort(namaUrut);
  for (const u of Object.keys(NILAI) as Ukuran[]) {
    const ranks = peringkat(instansi.map(NILAI[u]));
    instansi.forEach((i, k) => (i.peringkat[u] = ranks[k]));
  }
  const lapor = instansi.filter((i) => i.dilaporkan);
  const realisasi = lapor.reduce((n, i) => n + i.realisasi, 0);
  const paguDilaporkan = lapor.reduce((n, i) => n + i.pagu, 0);
  const capaian = Rational.mean(instansi.flatMap((i) => i.capaian ?? []));
  const skala = (loadSkalaBawaan(new Diagnostics()).data as SkalaInput).capaian;
  return {
    tahun,
    pemda,
    instansi,
    tertinggal: [...tertinggal].sort(namaUrut),
    jumlah: {
      pagu: instansi.reduce((n, i) => n + i.pagu, 0),
      realisasi,
      paguDilaporkan,
      dilaporkan: lapor.length,
      serapan: lapor.length ? penyerapan(paguDilaporkan, realisasi) : undefined,
    },
    rataRata: {
      capaian,
      kategori: capaian && pitaUntuk(skala, capaian),
      lhe: Rational.mean(instansi.flatMap((i) => i.lhe?.nilai ?? [])),
      ikm: Rational.mean(instansi.flatMap((i) => i.ikm?.nilai ?? [])),
    },
    sebaran: {
      kategori: sebaran(instansi, 'capaian', (i) => i.kategori?.kategori),
      predikat: sebaran(instansi, 'lhe', (i) => labelPredikat(i.lhe?.predikat)),
      mutu: sebaran(instansi, 'ikm', (i) => labelMutu(i.ikm)),
    },
  };
}
