// Which model figure a typed figure stands for, read from its sentence: the thing named last
// before it (by name, or by a helper call about it), the measure the nearest word before it
// names ("capaian", "terserap", "pagu"…), and the year the sentence speaks of. Only a reading
// with one named thing and one measure may make an error; anything less gives a warning.
import { Rational } from '../../compute/rational.ts';
import { formatAngka } from '../../format/index.ts';
import { NARASI_HELPERS, type ArgKind } from '../../model/narasi-spec.ts';
import { nomorTriwulan } from '../../render/narasi-rinci.ts';
import { SURVEI } from './rujukan-rinci.ts';
import type { AngkaKetik } from './angka.ts';
import { INSTANSI, LAIN, LHE, type AngkaModel, type Indeks, type Rujukan, type Satuan, type Ukuran } from './rujukan.ts';
import { kata, type Pemanggil } from './teks.ts';

interface Sebut {
  kunci: string;
  start: number;
  end: number;
}

interface Kunci {
  ukuran: Ukuran[];
  start: number;
  end: number;
  lemah: boolean;
}

/**
 * Words that say which measure a figure is; the nearest before it wins. A weak one ("mencapai":
 * a penyerapan "mencapai" 92 % too) counts only where no other stands between the figure and the one before it.
 */
const KATA_UKURAN: [RegExp, Ukuran[], 'lemah'?][] = [
  [/\btarget akhir\b/gi, ['target_akhir', 'capaian_akhir']],
  [/\btidak terserap\b/gi, ['sisa']],
  [/\bcapaian (?:kinerja )?(?:sub kegiatan|kegiatan|k)\b/gi, ['capaian_k']],
  [/\b(?:capaian(?:nya)?|pencapaian)\b/gi, ['capaian']],
  [/\b(?:mencapai|tercapai|dicapai)\b/gi, ['capaian'], 'lemah'],
  [/\b(?:realisasi(?:nya)?|terealisasi|direalisasikan)\b/gi, ['realisasi', 'realisasi_anggaran', 'penyerapan']],
  [/\b(?:target(?:nya)?|ditargetkan)\b/gi, ['target']],
  [/\b(?:pagu|dialokasikan|alokasi|dianggarkan)\b/gi, ['pagu']],
  [/\b(?:belanja|dibelanjakan)\b/gi, ['realisasi_anggaran', 'penyerapan']],
  [/\b(?:penyerapan(?:nya)?|terserap|serapan|menyerap|diserap)\b/gi, ['penyerapan', 'realisasi_anggaran']],
  [/\b(?:sisa|tersisa|silpa)\b/gi, ['sisa']],
  [/\befisiensi(?:nya)?\b/gi, ['efisiensi']],
  [/\b(?:nilai(?:nya)?|skor|indeks)\b/gi, ['nilai', 'realisasi']],
  [/\bnrr\b/gi, ['realisasi']],
  [/\bmemperoleh\b/gi, ['nilai', 'realisasi'], 'lemah'],
];
const ANGGARAN: Ukuran[] = ['pagu', 'realisasi_anggaran', 'sisa', 'penyerapan'];
/** A figure after these is about a part of the budget, not the agency's whole. */
const BAGIAN_ANGGARAN = /\b(?:sub kegiatan|kegiatan|program|bagian|triwulan|tw|semester|bulan|belanja\s+(?:pegawai|barang|modal|hibah|operasi|bantuan|subsidi|tidak terduga))\b/i;
/** Phrases that name the LHE, and the agency's average. */
const FRASA: [string[], string][] = [
  [['akuntabilitas', 'kinerja', 'instansi', 'pemerintah'], LHE],
  [['lhe'], LHE],
  [['sakip'], LHE],
  [['rata-rata'], INSTANSI],
  [['sub', 'kegiatan'], LAIN],
  [['triwulan'], LAIN],
  [['tw'], LAIN],
  [['indeks', 'kepuasan', 'masyarakat'], SURVEI],
  [['survei', 'kepuasan', 'masyarakat'], SURVEI],
  [['ikm'], SURVEI],
  [['semester'], LAIN],
];
/** Argument kinds naming a thing below the totals (rujukan-rinci.ts): the key is `kind:arg`. */
const RINCI = new Set<ArgKind>(['kegiatan', 'sub_kegiatan', 'unit', 'jenis_belanja', 'komponen_lhe', 'perangkat_daerah', 'unit_survei', 'unsur', 'indikator_jabatan']);
/** "triwulan II", "TW 3": the quarter the figure after it is about. */
const TRIWULAN = /\b(?:triwulan|tw)\.?\s*(IV|I{1,3}|[1-4])(?![\p{L}\p{N}])/giu;

/** Helpers that print no figure (names, years, labels). */
const BUKAN_ANGKA = /^(?:instansi|pemda|tahun|tahun_lalu|periode_renstra|kepala|kategori.*|predikat.*|dasar_hukum|tipe_dasar_hukum)$/;

export interface Konteks {
  idx: Indeks;
  /** The sasaran of a per-sasaran file (`bab3-analisis-sasaran-<id>`): "sasaran ini". */
  sasaranBerkas?: string;
}

export interface Unit {
  start: number;
  end: number;
  text: string;
  sebut: Sebut[];
  kunci: Kunci[];
  tahun: { tahun: number; start: number }[];
  /** Ends of the figures in the unit, typed or from helpers: a measure word counts for the figure after it. */
  angka: number[];
  /** "masing-masing": figures and things are paired by order, which this reading does not do. */
  berpasangan: boolean;
  /** Where the unit first speaks of a part of the budget (a kegiatan, a quarter); Infinity if never. */
  bagianAnggaran: number;
}

function helperKunci(p: Pemanggil, idx: Indeks): string | undefined {
  const spec = NARASI_HELPERS[p.nama];
  if (!spec) return undefined;
  if (spec.args[0] === 'indikator' || spec.args[0] === 'sasaran') return p.args[0];
  if (spec.args[0] === 'triwulan') return `triwulan:${nomorTriwulan(p.args[0])}`;
  if (spec.args[0] && RINCI.has(spec.args[0])) {
    const k = `${spec.args[0]}:${p.args[0]}`;
    return idx.alias.get(k) ?? k;
  }
  if (/^(?:ikm|ikm_unsur|mutu_ikm|responden_survei|perubahan_ikm)$/.test(p.nama)) return SURVEI;
  if (spec.args[0] === 'program') return p.args[0] ?? INSTANSI;
  if (/_lhe$/.test(p.nama)) return LHE;
  if (/^(?:instansi|capaian_rata_rata|kategori_rata_rata)$/.test(p.nama)) return INSTANSI;
  return undefined;
}

/** The unit `[start, end)` of `polos`, with the helper calls and typed figures that start in it. */
export function bacaUnit(polos: string, [start, end]: [number, number], calls: Pemanggil[], ketik: AngkaKetik[], ctx: Konteks): Unit {
  const text = polos.slice(start, end);
  const words = kata(polos, start, end);
  const sebut: Sebut[] = [];
  const frasaList = [...FRASA, ...ctx.idx.frasa];
  const longest = Math.max(4, ...frasaList.map(([f]) => f.length));
  for (let i = 0; i < words.length; ) {
    let hit = 0;
    for (let n = Math.min(longest, words.length - i); n >= 1 && !hit; n--) {
      const g = words.slice(i, i + n).map((w) => w.w);
      const key = n >= 2 ? ctx.idx.ngram.get(g.join(' ')) : undefined;
      const frasa = frasaList.find(([f]) => f.length === n && f.every((x, j) => x === g[j]))?.[1];
      const siapa = key ?? frasa;
      if (siapa) {
        sebut.push({ kunci: siapa, start: words[i]!.start, end: words[i + n - 1]!.end });
        hit = n;
      }
    }
    // "sasaran ini": `kata` drops "ini", so it is looked up after the word.
    if (!hit && words[i]!.w === 'sasaran' && ctx.sasaranBerkas && /^\s*(?:ini|tersebut)\b/i.test(polos.slice(words[i]!.end, Math.min(end, words[i]!.end + 20)))) {
      sebut.push({ kunci: ctx.sasaranBerkas, start: words[i]!.start, end: words[i]!.end });
      hit = 1;
    }
    i += hit || 1;
  }
  for (const p of calls) {
    const k = helperKunci(p, ctx.idx);
    if (k) sebut.push({ kunci: k, start: p.start, end: p.end });
  }
  for (const m of text.matchAll(TRIWULAN)) sebut.push({ kunci: `triwulan:${nomorTriwulan(m[1])}`, start: start + m.index, end: start + m.index + m[0].length });
  sebut.sort((a, b) => a.end - b.end);

  // A measure word inside a name ("rata-rata nilai AKIP", "indeks kepuasan") is part of the name.
  const taken = new Uint8Array(end - start);
  for (const s of sebut) if (s.kunci !== INSTANSI) taken.fill(1, s.start - start, s.end - start);
  const kunci: Kunci[] = [];
  for (const [re, ukuran, lemah] of KATA_UKURAN)
    for (const m of text.matchAll(re)) {
      if (taken[m.index]) continue;
      taken.fill(1, m.index, m.index + m[0].length);
      kunci.push({ ukuran, start: start + m.index, end: start + m.index + m[0].length, lemah: !!lemah });
    }
  kunci.sort((a, b) => a.start - b.start);

  const tahun: Unit['tahun'] = [];
  for (const m of text.matchAll(/\b(?:19|20)\d{2}\b/g)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (/(?:nomor|no\.?)\s+[\w./-]+\s+tahun\s*$/i.test(before) || /\/$/.test(before)) continue; // Nomor 12 Tahun 2023, 29/2014
    tahun.push({ tahun: Number(m[0]), start: start + m.index });
  }
  for (const m of text.matchAll(/\btahun (lalu|sebelumnya|ini)\b/gi)) tahun.push({ tahun: m[1]!.toLowerCase() === 'ini' ? ctx.idx.tahun : ctx.idx.tahun - 1, start: start + m.index });
  for (const p of calls) {
    if (p.nama === 'tahun') tahun.push({ tahun: ctx.idx.tahun, start: p.start });
    else if (p.nama === 'tahun_lalu') tahun.push({ tahun: ctx.idx.tahun - 1, start: p.start });
    else {
      // A helper about a year ({{nilai_lhe 2023}}, {{realisasi_tahun "iku-x" 2022}}) names it.
      const i = NARASI_HELPERS[p.nama]?.args.findIndex((a) => a === 'tahun' || a === 'tahun_riwayat') ?? -1;
      if (i >= 0 && p.args[i]) tahun.push({ tahun: Number(p.args[i]), start: p.start });
    }
  }
  tahun.sort((a, b) => a.start - b.start);

  const angka = [...ketik.map((a) => a.end), ...calls.filter((p) => !BUKAN_ANGKA.test(p.nama)).map((p) => p.end)].sort((a, b) => a - b);
  return { start, end, text, sebut, kunci, tahun, angka, berpasangan: /\b(?:masing-masing|berturut-turut)\b/i.test(text), bagianAnggaran: start + (BAGIAN_ANGGARAN.exec(text)?.index ?? Infinity) };
}

/** Typed and computed agree at the precision typed: "95 %" for 94,68 % does, "87 %" does not. */
export function sama(f: AngkaKetik, a: AngkaModel): boolean {
  const skala = Rational.of(f.skala);
  return formatAngka(a.nilai.div(skala), f.desimal) === formatAngka(f.nilai.div(skala), f.desimal);
}

const satuanOf = (f: AngkaKetik): Satuan => (f.jenis === 'jumlah' ? 'angka' : f.jenis);

export type Bacaan =
  /** One named thing, one measure: its figures (all of one value, or several). */
  | { jenis: 'tentu'; rujukan: Rujukan; angka: AngkaModel[] }
  /** A named thing but no measure word: its figures a typed figure may stand for. */
  | { jenis: 'benda'; rujukan: Rujukan; angka: AngkaModel[] }
  | { jenis: 'tidak' };

/** How many of the unit's elements start (or end) before `x`: elements are sorted by `key`. */
function sebelum<T>(xs: T[], key: (t: T) => number, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The year the unit last names before `pos`. */
export function tahunSebelum(u: Unit, pos: number): number | undefined {
  const n = sebelum(u.tahun, (t) => t.start, pos);
  return n ? u.tahun[n - 1]!.tahun : undefined;
}

/** Words and names looked back over: a reading that needs more is no reading. */
const BATAS_KATA = 6;
const BATAS_SEBUT = 12;

export function baca(f: AngkaKetik, u: Unit, ctx: Konteks): Bacaan {
  const { idx } = ctx;
  const nPrev = sebelum(u.angka, (e) => e, f.start + 1);
  const prev = nPrev ? Math.max(u.start, u.angka[nPrev - 1]!) : u.start;
  const window = u.kunci.slice(sebelum(u.kunci, (k) => k.start, prev), sebelum(u.kunci, (k) => k.start, f.start)).reverse().slice(0, BATAS_KATA);
  const kunci = [...window.filter((k) => !k.lemah), ...window.filter((k) => k.lemah)];
  const nSebut = sebelum(u.sebut, (s) => s.end, f.start + 1);
  const sebut = u.sebut.slice(Math.max(0, nSebut - BATAS_SEBUT), nSebut).reverse();
  const year = tahunSebelum(u, f.start);
  const satuan = satuanOf(f);
  const yearOk = (a: AngkaModel) => {
    if (a.ukuran === 'target_akhir' || a.ukuran === 'capaian_akhir') return true;
    if (year === undefined) return a.tahun === (a.ukuran === 'nilai' ? idx.tahunLhe : idx.tahun);
    return a.tahun === year;
  };
  // A bare number stands for rupiah only when it is a whole number of rupiah: "pagu 1.486.428.092".
  const unitOk = (a: AngkaModel) => a.satuan.includes(satuan) && !(satuan === 'angka' && a.satuan[0] === 'rupiah' && (f.desimal > 0 || f.nilai.toNumber() < 1000));
  const fits = (r: Rujukan, uk?: Ukuran[]) => r.angka.filter((a) => (!uk || uk.includes(a.ukuran)) && unitOk(a) && yearOk(a));

  for (const k of kunci) {
    for (const s of sebut) {
      if (s.kunci === LAIN) break;
      const r = idx.rujukan.get(s.kunci);
      const c = r ? fits(r, k.ukuran) : [];
      if (r && c.length) return { jenis: 'tentu', rujukan: r, angka: c };
    }
    // Nothing named: a budget figure of no part of the budget is the agency's.
    if (!sebut.length && k.ukuran.some((x) => ANGGARAN.includes(x)) && u.bagianAnggaran >= f.start) {
      const r = idx.rujukan.get(INSTANSI)!;
      const c = fits(r, k.ukuran.filter((x) => ANGGARAN.includes(x)));
      if (c.length) return { jenis: 'tentu', rujukan: r, angka: c };
    }
  }
  const s = sebut[0];
  if (s && s.kunci !== LAIN) {
    const r = idx.rujukan.get(s.kunci);
    if (r) return { jenis: 'benda', rujukan: r, angka: fits(r) };
  }
  return { jenis: 'tidak' };
}
