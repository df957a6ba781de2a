// Narrative helpers for the parts of the model below the agency's totals (listed in
// src/model/narasi-spec.ts): a kegiatan or sub kegiatan by kode (or id), a unit kerja, a jenis
// belanja, an LHE component, a perangkat daerah's AKIP, a quarter, an indicator in any year of
// its riwayat, a survey unit and unsur. Each prints what its table prints; a blank cell prints
// "belum tersedia", never 0. validate has checked every argument exists.
import { penyerapan } from '../compute/capaian.ts';
import type { Rational } from '../compute/rational.ts';
import { formatAngka, formatCapaian, formatNilai, formatPersen, formatRupiah } from '../format/index.ts';
import type { IndikatorHasil, Jumlah, TahunModel } from '../model/model.ts';

const BELUM = 'belum tersedia';
const ROMAWI = ['I', 'II', 'III', 'IV'];

/** A quarter written 1–4 or I–IV → 1–4; undefined otherwise. */
export function nomorTriwulan(x: unknown): number | undefined {
  const s = String(x).trim().toUpperCase();
  const n = ROMAWI.includes(s) ? ROMAWI.indexOf(s) + 1 : Number(s);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? n : undefined;
}

/** Kegiatan and sub kegiatan of the year, each by its kode and by its id. */
export function cariKegiatan(m: TahunModel) {
  const kegiatan = m.program.flatMap((p) => p.kegiatan);
  const sub = kegiatan.flatMap((k) => k.sub);
  const by = <T extends { id: string; kode?: string }>(xs: T[], key: unknown) => xs.find((x) => x.kode === key) ?? xs.find((x) => x.id === key);
  return { kegiatan: (k: unknown) => by(kegiatan, k), sub: (k: unknown) => by(sub, k), semuaKegiatan: kegiatan, semuaSub: sub };
}

/** A realisasi over part of the rows is printed marked in the tables: prose gets none. */
const lengkap = (j: Jumlah, f: (j: Jumlah) => string) => (j.isian === 'lengkap' ? f(j) : BELUM);
const persen = (x: Rational | undefined) => (x ? formatPersen(x) : BELUM);

function anggaranHelpers(akhiran: string, cari: (id: unknown) => (Jumlah & { capaianK?: unknown }) | undefined): Record<string, (...a: unknown[]) => string> {
  return {
    [`pagu_${akhiran}`]: (id) => formatRupiah(cari(id)!.pagu),
    [`realisasi_anggaran_${akhiran}`]: (id) => lengkap(cari(id)!, (j) => formatRupiah(j.realisasi)),
    [`sisa_anggaran_${akhiran}`]: (id) => lengkap(cari(id)!, (j) => formatRupiah(j.sisa)),
    [`penyerapan_${akhiran}`]: (id) => lengkap(cari(id)!, (j) => persen(j.penyerapan)),
  };
}

export function narasiRinci(m: TahunModel): Record<string, (...a: unknown[]) => string> {
  const { kegiatan, sub } = cariKegiatan(m);
  const unit = (id: unknown) => m.unit.find((u) => u.id === id);
  const belanja = (id: unknown) => m.belanja?.kelompok.flatMap((k) => [k, ...k.jenis]).find((j) => j.id === id);
  const ev = m.evaluasi;
  const ind = (id: unknown): IndikatorHasil => [...m.iku, ...m.indikatorProgram].find((i) => i.id === id)!;
  const riwayat = (id: unknown, y: unknown) => ind(id).riwayat.find((h) => h.tahun === Number(y));
  const tw = (n: unknown, program: unknown) => {
    const rows = typeof program === 'string' ? m.program.find((p) => p.id === program)! : m.anggaran;
    return { q: rows.tw[nomorTriwulan(n)! - 1]!, pagu: rows.pagu };
  };
  const pd = (nama: unknown) => ev?.akipDaftar.find((p) => p.nama === nama);
  const survei = (id: unknown) => m.survei?.unit.find((u) => u.id === id);
  const unsur = (id: unknown) => m.survei?.instansi.unsur.find((u) => u.id === id);
  const jabatan = (id: unknown) => m.jabatan.daftar.flatMap((j) => j.indikator).find((i) => i.id === id);
  return {
    ...anggaranHelpers('kegiatan', kegiatan),
    capaian_k_kegiatan: (id) => persen(kegiatan(id)!.capaianK),
    ...anggaranHelpers('sub_kegiatan', sub),
    target_sub_kegiatan: (id) => (sub(id)!.indikator ? `${formatAngka(sub(id)!.indikator!.target)} ${sub(id)!.indikator!.satuan}` : 'tanpa indikator keluaran'),
    realisasi_sub_kegiatan: (id) => (sub(id)!.realisasiK === undefined ? BELUM : `${formatAngka(sub(id)!.realisasiK!)} ${sub(id)!.indikator?.satuan ?? ''}`.trim()),
    capaian_sub_kegiatan: (id) => formatCapaian(sub(id)!.capaianK),
    ...anggaranHelpers('unit', unit),
    capaian_k_unit: (id) => persen(unit(id)!.capaianK),
    pagu_belanja: (id) => formatRupiah(belanja(id)!.pagu),
    realisasi_belanja: (id) => lengkap(belanja(id)!, (j) => formatRupiah(j.realisasi)),
    penyerapan_belanja: (id) => lengkap(belanja(id)!, (j) => persen(j.penyerapan)),
    nilai_komponen_lhe: (id, y) => {
      const v = ev?.input.lhe?.komponen.find((k) => k.id === id)?.nilai[String(y)];
      return v === undefined ? BELUM : formatAngka(v, 2);
    },
    nilai_akip: (nama, y) => (pd(nama)?.nilai[String(y)] === undefined ? BELUM : formatAngka(pd(nama)!.nilai[String(y)]!, 2)),
    predikat_akip_perangkat_daerah: (nama, y) => pd(nama)?.predikat[String(y)]?.kode ?? BELUM,
    realisasi_anggaran_triwulan: (n, program) => {
      const { q } = tw(n, program);
      return q.isianRp === 'lengkap' && q.rp !== undefined ? formatRupiah(q.rp) : BELUM;
    },
    penyerapan_triwulan: (n, program) => {
      const { q, pagu } = tw(n, program);
      return q.isianRp === 'lengkap' && q.rp !== undefined ? persen(penyerapan(pagu, q.rp)) : BELUM;
    },
    target_tahun: (id, y) => formatNilai(ind(id).targetPerTahun[String(y)]),
    realisasi_tahun: (id, y) => (Number(y) === m.tahun ? formatNilai(ind(id).realisasi) : formatNilai(riwayat(id, y)?.realisasi)),
    capaian_tahun: (id, y) => (Number(y) === m.tahun ? formatCapaian(ind(id).capaian) : riwayat(id, y) ? formatCapaian(riwayat(id, y)!.capaian) : BELUM),
    ikm_unit: (id) => (survei(id)?.konversi ? formatAngka(survei(id)!.konversi!, 2) : BELUM),
    responden_unit: (id) => (survei(id) ? formatAngka(survei(id)!.responden) : BELUM),
    nrr_unsur: (id) => (unsur(id)?.nrr ? formatAngka(unsur(id)!.nrr!, 3) : BELUM),
    target_jabatan: (id) => formatNilai(jabatan(id)!.targetPerubahan ?? jabatan(id)!.target),
    realisasi_jabatan: (id) => (jabatan(id)!.realisasiSebagian ? BELUM : formatNilai(jabatan(id)!.realisasi)),
    capaian_jabatan: (id) => (jabatan(id)!.realisasiSebagian ? BELUM : formatCapaian(jabatan(id)!.capaian)),
    capaian_jabatan_triwulan: (id, n) => {
      const q = jabatan(id)!.triwulan[nomorTriwulan(n)! - 1];
      return q ? formatCapaian(q.capaian) : BELUM;
    },
  };
}
