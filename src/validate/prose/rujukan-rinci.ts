// What prose names below the agency's totals, with the figures each has and the helper that
// prints each (src/render/narasi-rinci.ts): kegiatan and sub kegiatan, unit kerja, jenis
// belanja, LHE components, perangkat daerah's AKIP, quarters, an indicator's earlier years, the
// survey's units and unsur and the agency's IKM. Keys hold a colon (`kegiatan:4.01.01.2.01`),
// which no id of the data can: two of them sharing words name nothing in particular (LAIN).
import { penyerapan } from '../../compute/capaian.ts';
import { Rational } from '../../compute/rational.ts';
import type { Jumlah, TahunModel } from '../../model/model.ts';
import type { AngkaModel, Panggil, Satuan } from './rujukan.ts';

export const SURVEI = 'survei';
/** A key of something below the totals; several of them sharing an n-gram make it LAIN, not nothing. */
export const kunciRinci = (k: string) => k.includes(':');

type Tambah = (kunci: string, a: Omit<AngkaModel, 'tahun' | 'nilai'> & { tahun?: number }, nilai: Rational | undefined) => void;

export interface Rinci {
  /** Name → key, to be read as n-grams with the other names. */
  names: [string, string][];
  /** A helper argument → the key it names (`kegiatan:<id>` written by kode or id). */
  alias: Map<string, string>;
}

const P = (nama: string, ...args: (string | number)[]): Panggil => ({ nama, args });
const RP: Satuan[] = ['rupiah', 'angka'];
const PCT: Satuan[] = ['persen', 'angka'];

export function tambahRinci(m: TahunModel, add: Tambah, kosong: (kunci: string) => void): Rinci {
  const names: [string, string][] = [];
  const alias = new Map<string, string>();
  const anggaran = (kunci: string, j: Jumlah, akhiran: string, arg: string, nama: string) => {
    kosong(kunci);
    add(kunci, { ukuran: 'pagu', satuan: RP, pemanggil: P(`pagu_${akhiran}`, arg), label: `pagu ${nama}` }, Rational.from(j.pagu));
    if (j.isian !== 'lengkap') return;
    add(kunci, { ukuran: 'realisasi_anggaran', satuan: RP, pemanggil: P(`realisasi_anggaran_${akhiran}`, arg), label: `realisasi anggaran ${nama}` }, Rational.from(j.realisasi));
    add(kunci, { ukuran: 'sisa', satuan: RP, pemanggil: P(`sisa_anggaran_${akhiran}`, arg), label: `sisa anggaran ${nama}` }, Rational.from(j.sisa));
    add(kunci, { ukuran: 'penyerapan', satuan: PCT, pemanggil: P(`penyerapan_${akhiran}`, arg), label: `penyerapan anggaran ${nama}` }, j.penyerapan);
  };

  for (const p of m.program)
    for (const k of p.kegiatan) {
      const kk = `kegiatan:${k.kode ?? k.id}`;
      alias.set(`kegiatan:${k.id}`, kk);
      names.push([k.nama, kk]);
      anggaran(kk, k, 'kegiatan', k.kode ?? k.id, `kegiatan \`${k.kode ?? k.id}\``);
      add(kk, { ukuran: 'capaian_k', satuan: PCT, pemanggil: P('capaian_k_kegiatan', k.kode ?? k.id), label: `capaian kinerja kegiatan \`${k.kode ?? k.id}\`` }, k.capaianK);
      for (const s of k.sub) {
        const arg = s.kode ?? s.id;
        const ks = `sub_kegiatan:${arg}`;
        alias.set(`sub_kegiatan:${s.id}`, ks);
        names.push([s.nama, ks]);
        anggaran(ks, s, 'sub_kegiatan', arg, `sub kegiatan \`${arg}\``);
        add(ks, { ukuran: 'capaian', satuan: PCT, pemanggil: P('capaian_sub_kegiatan', arg), label: `capaian keluaran sub kegiatan \`${arg}\`` }, s.capaianK.ada ? s.capaianK.persen : undefined);
        if (s.indikator) add(ks, { ukuran: 'target', satuan: ['angka'], pemanggil: P('target_sub_kegiatan', arg), label: `target keluaran sub kegiatan \`${arg}\`` }, Rational.from(s.indikator.target));
        if (s.realisasiK !== undefined) add(ks, { ukuran: 'realisasi', satuan: ['angka'], pemanggil: P('realisasi_sub_kegiatan', arg), label: `realisasi keluaran sub kegiatan \`${arg}\`` }, Rational.from(s.realisasiK));
      }
    }

  for (const u of m.unit) {
    const ku = `unit:${u.id}`;
    names.push([u.nama, ku]);
    anggaran(ku, u, 'unit', u.id, `unit \`${u.id}\``);
    add(ku, { ukuran: 'capaian_k', satuan: PCT, pemanggil: P('capaian_k_unit', u.id), label: `capaian kinerja unit \`${u.id}\`` }, u.capaianK);
  }

  for (const j of m.belanja?.kelompok.flatMap((k) => [k, ...k.jenis]) ?? []) {
    const kb = `jenis_belanja:${j.id}`;
    names.push([j.uraian, kb]);
    kosong(kb);
    add(kb, { ukuran: 'pagu', satuan: RP, pemanggil: P('pagu_belanja', j.id), label: `anggaran ${j.uraian}` }, Rational.from(j.pagu));
    if (j.isian !== 'lengkap') continue;
    add(kb, { ukuran: 'realisasi_anggaran', satuan: RP, pemanggil: P('realisasi_belanja', j.id), label: `realisasi ${j.uraian}` }, Rational.from(j.realisasi));
    add(kb, { ukuran: 'penyerapan', satuan: PCT, pemanggil: P('penyerapan_belanja', j.id), label: `penyerapan ${j.uraian}` }, j.penyerapan);
  }

  const ev = m.evaluasi;
  for (const k of ev?.input.lhe?.komponen ?? []) {
    const kl = `komponen_lhe:${k.id}`;
    names.push([k.nama, kl]);
    kosong(kl);
    for (const [y, v] of Object.entries(k.nilai))
      add(kl, { ukuran: 'nilai', satuan: ['angka'], pemanggil: P('nilai_komponen_lhe', k.id, Number(y)), label: `nilai komponen LHE \`${k.id}\` ${y}`, tahun: Number(y) }, Rational.from(v));
  }
  for (const pd of ev?.akipDaftar ?? []) {
    const kp = `perangkat_daerah:${pd.nama}`;
    names.push([pd.nama, kp]);
    kosong(kp);
    for (const [y, v] of Object.entries(pd.nilai))
      add(kp, { ukuran: 'nilai', satuan: ['angka'], pemanggil: P('nilai_akip', pd.nama, Number(y)), label: `nilai AKIP ${pd.nama} ${y}`, tahun: Number(y) }, Rational.from(v));
  }

  m.anggaran.tw.forEach((q, i) => {
    const kt = `triwulan:${i + 1}`;
    kosong(kt);
    if (q.isianRp !== 'lengkap' || q.rp === undefined) return;
    add(kt, { ukuran: 'realisasi_anggaran', satuan: RP, pemanggil: P('realisasi_anggaran_triwulan', i + 1), label: `realisasi anggaran triwulan ${i + 1}` }, Rational.from(q.rp));
    add(kt, { ukuran: 'penyerapan', satuan: PCT, pemanggil: P('penyerapan_triwulan', i + 1), label: `penyerapan anggaran triwulan ${i + 1}` }, penyerapan(m.anggaran.pagu, q.rp));
  });

  // An indicator's years other than this one and the one before (which have their own helpers).
  for (const i of [...m.iku, ...m.indikatorProgram]) {
    const satuan: Satuan[] = /^(%|persen)$/i.test(i.satuan) ? ['angka', 'persen'] : ['angka'];
    const jauh = (y: number) => y !== m.tahun && y !== m.tahun - 1;
    for (const h of i.riwayat.filter((x) => jauh(x.tahun))) {
      add(i.id, { ukuran: 'realisasi', satuan, pemanggil: P('realisasi_tahun', i.id, h.tahun), label: `realisasi ${h.tahun} \`${i.id}\``, tahun: h.tahun, predikat: h.realisasi.predikat }, h.realisasi.angka);
      if (h.capaian.ada) add(i.id, { ukuran: 'capaian', satuan: PCT, pemanggil: P('capaian_tahun', i.id, h.tahun), label: `capaian ${h.tahun} \`${i.id}\``, tahun: h.tahun }, h.capaian.persen);
    }
    for (const [y, t] of Object.entries(i.targetPerTahun))
      if (jauh(Number(y))) add(i.id, { ukuran: 'target', satuan, pemanggil: P('target_tahun', i.id, Number(y)), label: `target ${y} \`${i.id}\``, tahun: Number(y), predikat: t.predikat }, t.angka);
  }

  // The survey (survei.yaml): the agency's IKM, each unit's, each unsur's NRR, read as a realisasi of this year.
  const s = m.survei;
  if (s) {
    kosong(SURVEI);
    add(SURVEI, { ukuran: 'realisasi', satuan: ['angka'], pemanggil: P('ikm'), label: 'IKM instansi' }, s.instansi.konversi);
    add(SURVEI, { ukuran: 'skala_4', satuan: ['angka'], pemanggil: P('ikm_unsur'), label: 'IKM instansi skala 1–4' }, s.instansi.nilai);
    for (const u of s.unit) {
      const ku = `unit_survei:${u.id}`;
      names.push([u.nama, ku]);
      kosong(ku);
      add(ku, { ukuran: 'realisasi', satuan: ['angka'], pemanggil: P('ikm_unit', u.id), label: `IKM unit \`${u.id}\`` }, u.konversi);
    }
    for (const u of s.instansi.unsur) {
      const ku = `unsur:${u.id}`;
      names.push([u.nama, ku]);
      kosong(ku);
      add(ku, { ukuran: 'realisasi', satuan: ['angka'], pemanggil: P('nrr_unsur', u.id), label: `NRR unsur \`${u.id}\`` }, u.nrr);
    }
  }
  // Each position's indicator (jabatan.yaml): its target and, when whole, realisasi and capaian.
  for (const i of m.jabatan.daftar.flatMap((j) => j.indikator)) {
    const kj = `indikator_jabatan:${i.id}`;
    names.push([i.uraian, kj]);
    kosong(kj);
    const sat: Satuan[] = /^(%|persen)$/i.test(i.satuan) ? ['angka', 'persen'] : ['angka'];
    const t = i.targetPerubahan ?? i.target;
    add(kj, { ukuran: 'target', satuan: sat, pemanggil: P('target_jabatan', i.id), label: `target indikator jabatan \`${i.id}\``, predikat: t.predikat }, t.angka);
    if (i.realisasiSebagian) continue;
    if (i.realisasi) add(kj, { ukuran: 'realisasi', satuan: sat, pemanggil: P('realisasi_jabatan', i.id), label: `realisasi indikator jabatan \`${i.id}\``, predikat: i.realisasi.predikat }, i.realisasi.angka);
    if (i.capaian.ada) add(kj, { ukuran: 'capaian', satuan: PCT, pemanggil: P('capaian_jabatan', i.id), label: `capaian indikator jabatan \`${i.id}\`` }, i.capaian.persen);
  }
  return { names, alias };
}
