// Cascading: every position with its holder and superior, and each indicator of the year with
// its realisasi (from the quarters), capaian and kategori, by the same functions as the agency's.
import type { Location } from '../diagnostics/index.ts';
import type { PathSegment, Role } from '../load/index.ts';
import type { InstansiData, Pejabat, TahunInput } from '../model/input.ts';
import { TW, type IndikatorJabatanHasil, type IndikatorJabatanInput, type JabatanHasil, type JabatanInput, type JabatanModel, type JenisInduk, type Pegawai } from '../model/jabatan.ts';
import { angkaDari, hitungCapaian } from './capaian.ts';
import { Rational } from './rational.ts';
import { pitaUntuk } from './skala.ts';

const LABEL = ['TW I', 'TW II', 'TW III', 'TW IV'];

function pejabat(p: Pegawai | undefined, jabatan: string): Pejabat {
  return { nama: p?.nama, gelar_depan: p?.gelar_depan, gelar_belakang: p?.gelar_belakang, pangkat: p?.pangkat, golongan: p?.golongan, nip: p?.nip, jabatan };
}

/** The year's realisasi from its quarters, as the indicator says they combine; or typed when no quarter has one. */
function realisasiTahun(i: IndikatorJabatanInput): { nilai?: number | Rational; sebagian: boolean } {
  const rs = TW.map((t) => i.triwulan?.[t]?.realisasi);
  if (rs.every((r) => r === undefined)) return { nilai: i.realisasi, sebagian: false };
  switch (i.agregasi_triwulan) {
    case 'jumlah':
      return { nilai: Rational.sum(rs.flatMap((r) => (r === undefined ? [] : [Rational.from(r)]))), sebagian: rs.some((r) => r === undefined) };
    case 'tetap':
      return { nilai: rs.filter((r): r is number => r !== undefined).at(-1), sebagian: false };
    default:
      return { nilai: rs[3], sebagian: false };
  }
}

/** Positions top-down from the head, each followed by those below it; positions in a cycle are left out. */
export function urutJabatan(jabatan: readonly JabatanInput[]): JabatanInput[] {
  const out: JabatanInput[] = [];
  const visit = (j: JabatanInput) => {
    if (out.includes(j)) return;
    out.push(j);
    for (const c of jabatan.filter((x) => x.atasan === j.id)) visit(c);
  };
  for (const root of jabatan.filter((j) => !j.atasan)) visit(root);
  return out;
}

/** The positions above `id`, nearest first (stops at a cycle). */
export function rantaiAtasan(jabatan: readonly JabatanInput[], id: string): string[] {
  const byId = new Map(jabatan.map((j) => [j.id, j]));
  const out: string[] = [];
  for (let j = byId.get(id); j?.atasan && !out.includes(j.atasan) && j.atasan !== id; j = byId.get(j.atasan)) out.push(j.atasan);
  return out;
}

export interface Induk {
  jenis: JenisInduk;
  uraian: string;
  target?: number;
  satuan?: string;
  /** For a position's indicator: the position holding it. */
  jabatan?: string;
  at?: Location;
}

/** Everything an indicator of this year can serve, by id. */
export function indukTersedia(data: InstansiData, y: TahunInput, at?: (role: Role, path: PathSegment[], tahun?: number) => Location | undefined): Map<string, Induk> {
  const src = at && { at };
  const out = new Map<string, Induk>();
  const put = (id: string, v: Induk) => void (out.has(id) || out.set(id, v));
  const targetRenstra = (id: string, t: Record<string, unknown>) => {
    const v = (y.pk?.perubahan?.target[id] ?? y.pk?.target[id] ?? t[String(y.tahun)]) as Parameters<typeof angkaDari>[0] | undefined;
    return v === undefined ? undefined : angkaDari(v);
  };
  data.renstra.tujuan.forEach((tj, a) =>
    tj.sasaran.forEach((s, b) => {
      put(s.id, { jenis: 'sasaran', uraian: s.uraian, at: src?.at('renstra', ['tujuan', a, 'sasaran', b, 'id']) });
      s.indikator.forEach((i, c) => put(i.id, { jenis: 'iku', uraian: i.uraian, satuan: i.satuan, target: targetRenstra(i.id, i.target), at: src?.at('renstra', ['tujuan', a, 'sasaran', b, 'indikator', c, 'target']) }));
    }),
  );
  data.renstra.program.forEach((p, a) => {
    put(p.id, { jenis: 'program', uraian: p.nama, at: src?.at('renstra', ['program', a, 'id']) });
    p.indikator.forEach((i, c) => put(i.id, { jenis: 'indikator-program', uraian: i.uraian, satuan: i.satuan, target: targetRenstra(i.id, i.target), at: src?.at('renstra', ['program', a, 'indikator', c, 'target']) }));
  });
  y.anggaran?.program.forEach((p, a) =>
    p.kegiatan.forEach((k, b) => {
      put(k.id, { jenis: 'kegiatan', uraian: k.nama, satuan: k.indikator?.satuan, target: k.indikator?.target, at: src?.at('anggaran', ['program', a, 'kegiatan', b, 'indikator', 'target'], y.tahun) });
      k.sub_kegiatan.forEach((s, c) =>
        put(s.id, { jenis: 'sub-kegiatan', uraian: s.nama, satuan: s.indikator?.satuan, target: s.indikator?.target, at: src?.at('anggaran', ['program', a, 'kegiatan', b, 'sub_kegiatan', c, 'indikator', 'target'], y.tahun) }),
      );
    }),
  );
  for (const [jab, { indikator }] of Object.entries(y.jabatan?.jabatan ?? {}))
    indikator.forEach((i, c) => put(i.id, { jenis: 'indikator-jabatan', uraian: i.uraian, satuan: i.satuan, target: i.target, jabatan: jab, at: src?.at('jabatan', ['jabatan', jab, 'indikator', c, 'target'], y.tahun) }));
  return out;
}

export function hitungJabatan(data: InstansiData, tahun: number): JabatanModel {
  const y = data.tahun.find((t) => t.tahun === tahun);
  const jabatan = data.instansi.jabatan ?? [];
  const pegawai = new Map((data.instansi.pegawai ?? []).map((p) => [p.id, p]));
  const units = new Map((data.instansi.unit_kerja ?? []).map((u) => [u.id, u.nama]));
  const induk = y ? indukTersedia(data, y) : new Map<string, Induk>();
  const { kepala, atasan } = data.instansi;
  const holder = new Map<string, Pejabat>();
  for (const j of jabatan) holder.set(j.id, j.atasan ? pejabat(pegawai.get(j.pemegang ?? ''), j.nama) : kepala);
  const daftar: JabatanHasil[] = urutJabatan(jabatan).map((j) => ({
    id: j.id,
    nama: j.atasan ? j.nama : kepala.jabatan,
    unit: { id: j.unit, nama: units.get(j.unit) ?? j.unit },
    eselon: j.eselon,
    kepala: !j.atasan,
    atasan: j.atasan,
    pemegang: holder.get(j.id)!,
    pihakKedua: j.atasan ? holder.get(j.atasan)! : atasan,
    indikator: (y?.jabatan?.jabatan[j.id]?.indikator ?? []).map((i): IndikatorJabatanHasil => {
      const p = induk.get(i.mendukung ?? '');
      const r = realisasiTahun(i);
      const revisi = y?.jabatan?.jabatan[j.id]?.perubahan?.target[i.id];
      const capaian = hitungCapaian(revisi ?? i.target, r.nilai, i.polaritas);
      const triwulan = TW.map((t, n) => {
        const q = i.triwulan?.[t];
        const nilai = (x: number | undefined) => (x === undefined ? undefined : { angka: Rational.from(x) });
        return { label: LABEL[n]!, target: nilai(q?.target), realisasi: nilai(q?.realisasi), capaian: hitungCapaian(q?.target, q?.realisasi, i.polaritas), dataDukung: q?.data_dukung, kendala: q?.kendala, tindakLanjut: q?.tindak_lanjut };
      });
      return {
        id: i.id,
        jabatan: j.id,
        uraian: i.uraian,
        satuan: i.satuan,
        polaritas: i.polaritas,
        mendukung: { jenis: p?.jenis ?? 'sasaran', id: i.mendukung ?? '', uraian: p?.uraian ?? i.mendukung ?? '' },
        agregasi: i.agregasi,
        target: { angka: Rational.from(i.target) },
        targetPerubahan: revisi === undefined ? undefined : { angka: Rational.from(revisi) },
        realisasi: r.nilai === undefined ? undefined : { angka: r.nilai instanceof Rational ? r.nilai : Rational.from(r.nilai) },
        realisasiSebagian: r.sebagian,
        capaian,
        kategori: capaian.ada ? pitaUntuk(data.skala.capaian, capaian.persen) : undefined,
        triwulan,
        adaTriwulan: !!i.triwulan && Object.keys(i.triwulan).length > 0,
      };
    }),
    perubahan: perubahanDari(y?.jabatan?.jabatan[j.id]?.perubahan),
  }));
  return { daftar, tanggal: y?.jabatan?.tanggal ?? y?.pk?.tanggal ?? y?.dokumen?.pk?.tanggal };
}

function perubahanDari(p: { tanggal?: string; alasan: string } | undefined): JabatanHasil['perubahan'] {
  return p && { tanggal: p.tanggal, alasan: p.alasan };
}
