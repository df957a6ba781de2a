// What prose can name and the figures each named thing has in the model, with the helper that
// prints each: indicators, sasaran, programs, the agency's totals, the LHE; below the totals,
// kegiatan, sub kegiatan, units, jenis belanja, LHE components, perangkat daerah, quarters and
// the survey (rujukan-rinci.ts). Other agencies are named too, but only so that a figure about
// them is never read as one of the agency's ("lain": they stop the search).
import type { Capaian } from '../../compute/capaian.ts';
import { Rational } from '../../compute/rational.ts';
import type { IndikatorHasil, Jumlah, NilaiHasil, TahunModel } from '../../model/model.ts';
import { penyerapanSasaran } from '../../render/narasi.ts';
import { kata } from './teks.ts';
import { kunciRinci, tambahRinci } from './rujukan-rinci.ts';

export type Ukuran =
  | 'capaian'
  | 'realisasi'
  | 'target'
  | 'target_akhir'
  | 'capaian_akhir'
  | 'pagu'
  | 'realisasi_anggaran'
  | 'sisa'
  | 'penyerapan'
  | 'efisiensi'
  | 'nilai'
  | 'capaian_k'
  /** The survey's index on its 1–4 scale: no measure word names it, only its helper or an exact copy. */
  | 'skala_4';

export type Satuan = 'persen' | 'rupiah' | 'angka';

/** One figure the model prints, as prose may quote it. */
export interface AngkaModel {
  ukuran: Ukuran;
  nilai: Rational;
  /** How a typed figure for it may be written. */
  satuan: Satuan[];
  /** The helper that prints it: `capaian` with `["iku-akip"]` is {{capaian "iku-akip"}}. */
  pemanggil: Panggil;
  /** What it is, for the message: "capaian `iku-akip`". */
  label: string;
  tahun: number;
  /** Printed with its predikat: `B (68,95)`. */
  predikat?: string;
}

export interface Rujukan {
  kunci: string;
  angka: AngkaModel[];
}

export interface Panggil {
  nama: string;
  args: (string | number)[];
}

/** `{{capaian "iku-akip"}}`: the text an author pastes. */
export function tulisPanggil(p: Panggil): string {
  return `{{${[p.nama, ...p.args.map((a) => (typeof a === 'number' ? String(a) : `"${a}"`))].join(' ')}}}`;
}

/** A count the model knows, by the noun prose counts it with. */
export interface Hitungan {
  pemanggil: Panggil;
  nilai: number;
  /** Counts a year before the report's (the indicators before the Renstra's reviu). */
  lama?: boolean;
}

export const LAIN = '(lain)';
export const INSTANSI = 'instansi';
export const LHE = 'lhe';

export interface Indeks {
  tahun: number;
  rujukan: Map<string, Rujukan>;
  /** Word n-gram → the key of the one thing whose name holds it (LAIN for a kegiatan, unit…). */
  ngram: Map<string, string>;
  /** Whole phrases that name a thing: the agency's full name. */
  frasa: [string[], string][];
  hitungan: Map<string, Hitungan[]>;
  /** Counted nouns, longest first. */
  benda: string[];
  batas: number[];
  /** The year an LHE figure without a year is read for: the last with a complete total. */
  tahunLhe?: number;
  /** A key written another way by a helper's argument (a kegiatan by id) → the key. */
  alias: Map<string, string>;
}

/** Words too common to name a thing alone: an n-gram needs one word besides these. */
const LEMAH = new Set(
  ('nilai rata-rata rata indeks jumlah persentase persen hasil daerah kinerja program kegiatan sub sasaran indikator tingkat kualitas ' +
    'layanan pelayanan kebijakan bidang dokumen laporan capaian realisasi target anggaran pemerintahan pemerintah kabupaten kota provinsi ' +
    'urusan tahun meningkatnya terwujudnya peningkatan koordinasi pelaksanaan penyediaan pengelolaan strategis utama').split(' '),
);

const pct = (c: Capaian) => (c.ada ? c.persen : undefined);
const num = (n: NilaiHasil | null | undefined) => n?.angka;

export function buatIndeks(m: TahunModel): Indeks {
  const rujukan = new Map<string, Rujukan>();
  const names: [string, string][] = [];
  const add = (kunci: string, a: Omit<AngkaModel, 'tahun' | 'nilai'> & { tahun?: number }, nilai: Rational | undefined) => {
    if (!nilai) return;
    const r = rujukan.get(kunci) ?? { kunci, angka: [] };
    r.angka.push({ ...a, nilai, tahun: a.tahun ?? m.tahun });
    rujukan.set(kunci, r);
  };

  const persenAtauAngka = (i: IndikatorHasil): Satuan[] => (/^(%|persen)$/i.test(i.satuan) ? ['angka', 'persen'] : ['angka']);
  for (const i of [...m.iku, ...m.indikatorProgram]) {
    const P = (nama: string): Panggil => ({ nama, args: [i.id] });
    const akhir = m.renstra.periode.akhir;
    rujukan.set(i.id, { kunci: i.id, angka: [] });
    names.push([i.uraian, i.id]);
    add(i.id, { ukuran: 'realisasi', satuan: persenAtauAngka(i), pemanggil: P('realisasi'), label: `realisasi \`${i.id}\``, predikat: i.realisasi?.predikat }, num(i.realisasi));
    add(i.id, { ukuran: 'target', satuan: persenAtauAngka(i), pemanggil: P('target'), label: `target \`${i.id}\``, predikat: i.target?.predikat }, num(i.target));
    add(i.id, { ukuran: 'capaian', satuan: ['persen', 'angka'], pemanggil: P('capaian'), label: `capaian \`${i.id}\`` }, pct(i.capaian));
    add(i.id, { ukuran: 'target_akhir', satuan: persenAtauAngka(i), pemanggil: P('target_akhir'), label: `target akhir \`${i.id}\``, tahun: akhir, predikat: i.targetAkhir?.predikat }, num(i.targetAkhir));
    add(i.id, { ukuran: 'capaian_akhir', satuan: ['persen', 'angka'], pemanggil: P('capaian_akhir'), label: `capaian terhadap target akhir \`${i.id}\``, tahun: akhir }, pct(i.capaianAkhir));
    const lalu = m.tahun - 1;
    const r = i.riwayat.find((h) => h.tahun === lalu);
    add(i.id, { ukuran: 'target', satuan: persenAtauAngka(i), pemanggil: P('target_lalu'), label: `target ${lalu} \`${i.id}\``, tahun: lalu }, num(i.targetPerTahun[String(lalu)]));
    add(i.id, { ukuran: 'realisasi', satuan: persenAtauAngka(i), pemanggil: P('realisasi_lalu'), label: `realisasi ${lalu} \`${i.id}\``, tahun: lalu, predikat: r?.realisasi.predikat }, num(r?.realisasi));
    add(i.id, { ukuran: 'capaian', satuan: ['persen', 'angka'], pemanggil: P('capaian_lalu'), label: `capaian ${lalu} \`${i.id}\``, tahun: lalu }, r && pct(r.capaian));
  }

  for (const s of m.sasaran) {
    const P = (nama: string): Panggil => ({ nama, args: [s.id] });
    rujukan.set(s.id, { kunci: s.id, angka: [] });
    names.push([s.uraian, s.id]);
    add(s.id, { ukuran: 'capaian', satuan: ['persen', 'angka'], pemanggil: P('capaian_sasaran'), label: `capaian sasaran \`${s.id}\`` }, s.capaian);
    add(s.id, { ukuran: 'efisiensi', satuan: ['persen', 'angka'], pemanggil: P('efisiensi'), label: `efisiensi sasaran \`${s.id}\`` }, s.efisiensi?.selisih);
    add(s.id, { ukuran: 'penyerapan', satuan: ['persen', 'angka'], pemanggil: P('penyerapan_sasaran'), label: `penyerapan anggaran sasaran \`${s.id}\`` }, penyerapanSasaran(s));
  }

  const anggaran = (kunci: string, j: Jumlah, arg: string[], nama: string) => {
    add(kunci, { ukuran: 'pagu', satuan: ['rupiah', 'angka'], pemanggil: { nama: 'pagu', args: arg }, label: `pagu ${nama}` }, Rational.from(j.pagu));
    // A realisasi over part of the rows is printed marked: prose is not held to it.
    if (j.isian !== 'lengkap') return;
    add(kunci, { ukuran: 'realisasi_anggaran', satuan: ['rupiah', 'angka'], pemanggil: { nama: 'realisasi_anggaran', args: arg }, label: `realisasi anggaran ${nama}` }, Rational.from(j.realisasi));
    add(kunci, { ukuran: 'sisa', satuan: ['rupiah', 'angka'], pemanggil: { nama: 'sisa_anggaran', args: arg }, label: `sisa anggaran ${nama}` }, Rational.from(j.sisa));
    add(kunci, { ukuran: 'penyerapan', satuan: ['persen', 'angka'], pemanggil: { nama: 'penyerapan', args: arg }, label: `penyerapan anggaran ${nama}` }, j.penyerapan);
  };
  for (const p of m.program) {
    rujukan.set(p.id, { kunci: p.id, angka: [] });
    names.push([p.nama, p.id]);
    anggaran(p.id, p, [p.id], `\`${p.id}\``);
    add(p.id, { ukuran: 'capaian_k', satuan: ['persen', 'angka'], pemanggil: { nama: 'capaian_k', args: [p.id] }, label: `capaian kinerja sub kegiatan \`${p.id}\`` }, p.capaianK);
  }
  // The agency is named by its whole name only: "Kabupaten Paser" alone names the region.
  rujukan.set(INSTANSI, { kunci: INSTANSI, angka: [] });
  const frasa: [string[], string][] = [[kata(m.instansi.nama).map((k) => k.w), INSTANSI]];
  anggaran(INSTANSI, m.anggaran, [], 'instansi');
  add(INSTANSI, { ukuran: 'capaian', satuan: ['persen', 'angka'], pemanggil: { nama: 'capaian_rata_rata', args: [] }, label: `rata-rata capaian ${m.rataRata.dasar === 'iku' ? 'IKU' : 'sasaran'}` }, m.rataRata.capaian);
  add(INSTANSI, { ukuran: 'capaian_k', satuan: ['persen', 'angka'], pemanggil: { nama: 'capaian_k', args: [] }, label: 'capaian kinerja sub kegiatan instansi' }, m.anggaran.capaianK);

  const ev = m.evaluasi;
  rujukan.set(LHE, { kunci: LHE, angka: [] });
  let tahunLhe: number | undefined;
  for (const [y, v] of Object.entries(ev?.lheTotal ?? {})) {
    if (ev!.lheSebagian[y]) continue;
    tahunLhe = Math.max(tahunLhe ?? 0, Number(y));
    add(LHE, { ukuran: 'nilai', satuan: ['angka'], pemanggil: { nama: 'nilai_lhe', args: [Number(y)] }, label: `nilai LHE ${y}`, tahun: Number(y) }, v);
  }
  const rinci = tambahRinci(m, add, (k) => rujukan.has(k) || rujukan.set(k, { kunci: k, angka: [] }));
  names.push(...rinci.names);
  for (const p of ev?.input.pembanding?.daftar ?? []) names.push([p.instansi, LAIN]);

  // An n-gram names a thing when no other name holds it (all other kegiatan alike are one "lain").
  const owners = new Map<string, Set<string>>();
  for (const [name, kunci] of names) {
    const w = kata(name).map((k) => k.w);
    for (let n = 2; n <= 4; n++)
      for (let i = 0; i + n <= w.length; i++) {
        const g = w.slice(i, i + n);
        // Two common words name nothing ("nilai daerah"); three may ("meningkatnya koordinasi kebijakan").
        if (n === 2 && g.every((x) => LEMAH.has(x) || /^\d+$/.test(x))) continue;
        const key = g.join(' ');
        owners.set(key, (owners.get(key) ?? new Set()).add(kunci));
      }
  }
  const ngram = new Map<string, string>();
  for (const [g, o] of owners)
    if (o.size === 1) ngram.set(g, [...o][0]!);
    // Shared by several kegiatan (or units…) alone: a part of the budget, which one unknown.
    else if ([...o].every((k) => k === LAIN || kunciRinci(k))) ngram.set(g, LAIN);

  const hitungan = new Map<string, Hitungan[]>();
  const setH = (nouns: string[], h: Hitungan[]) => nouns.forEach((b) => hitungan.set(b, h));
  const lama = m.renstra.indikator_lama?.length;
  setH(['sasaran strategis', 'sasaran'], [{ pemanggil: { nama: 'jumlah_sasaran', args: [] }, nilai: m.sasaran.length }]);
  setH(['indikator kinerja utama', 'indikator kinerja sasaran', 'indikator kinerja', 'indikator sasaran', 'indikator', 'iku'], [
    { pemanggil: { nama: 'jumlah_iku', args: [] }, nilai: m.iku.length },
    ...(lama ? [{ pemanggil: { nama: 'jumlah_indikator_lama', args: [] }, nilai: lama, lama: true }] : []),
  ]);
  setH(['tujuan'], [{ pemanggil: { nama: 'jumlah_tujuan', args: [] }, nilai: m.renstra.tujuan.length }]);
  setH(['program'], [{ pemanggil: { nama: 'jumlah_program', args: [] }, nilai: m.program.length }]);
  setH(['kegiatan'], [{ pemanggil: { nama: 'jumlah_kegiatan', args: [] }, nilai: m.program.reduce((n, p) => n + p.kegiatan.length, 0) }]);
  setH(['sub kegiatan'], [
    { pemanggil: { nama: 'jumlah_sub_kegiatan', args: [] }, nilai: m.anggaran.sub.jumlah },
    { pemanggil: { nama: 'jumlah_sub_kegiatan_tercapai', args: [] }, nilai: m.anggaran.sub.tercapai },
  ]);
  setH(['responden'], [
    ...(ev?.input.survei_kepuasan ? [{ pemanggil: { nama: 'jumlah_responden', args: [] }, nilai: ev.input.survei_kepuasan.responden }] : []),
    ...(m.survei ? [{ pemanggil: { nama: 'responden_survei', args: [] }, nilai: m.survei.instansi.responden }] : []),
    ...(m.survei?.unit ?? []).map((u) => ({ pemanggil: { nama: 'responden_unit', args: [u.id] }, nilai: u.responden })),
  ]);
  setH(['perangkat daerah', 'opd', 'skpd'], ev?.akipDaftar.length ? [{ pemanggil: { nama: 'jumlah_perangkat_daerah', args: [] }, nilai: ev.akipDaftar.length }] : []);
  setH(['komponen'], ev?.input.lhe ? [{ pemanggil: { nama: 'jumlah_komponen_lhe', args: [] }, nilai: ev.input.lhe.komponen.length }] : []);
  // The units the data measures outputs in: a count of them is a measurement with no helper.
  const satuan = [...m.iku, ...m.indikatorProgram].map((i) => i.satuan);
  for (const p of m.program) for (const k of p.kegiatan) for (const x of [k, ...k.sub]) if (x.indikator) satuan.push(x.indikator.satuan);
  for (const s of satuan) {
    const b = s.toLowerCase().trim();
    if (/^(%|persen|nilai|indeks|angka)$/.test(b) || !/^[\p{L}][\p{L}/ ]*$/u.test(b) || hitungan.has(b)) continue;
    hitungan.set(b, []);
  }
  const benda = [...hitungan.keys()].sort((a, b) => b.length - a.length);

  const batas = new Set<number>();
  for (const pita of Object.values(m.skala)) for (const p of pita) for (const b of [p.minimal, p.lebih_dari]) if (b !== undefined) batas.add(b);
  return { tahun: m.tahun, rujukan, ngram, frasa, hitungan, benda, batas: [...batas], tahunLhe, alias: rinci.alias };
}
