// Cascading performance: positions (jabatan) with their holders, and each position's indicators
// of the year, linked to what they serve one level up. Input as written, then as computed.
import type { Capaian } from '../compute/capaian.ts';
import type { Agregasi, Pejabat, Polaritas, SkalaPita } from './input.ts';
import type { NilaiHasil } from './model.ts';

/** A person who signs, written once in instansi.yaml `pegawai:` and referred to by id. */
export interface Pegawai {
  id: string;
  nama: string;
  gelar_depan?: string;
  gelar_belakang?: string;
  pangkat?: string;
  golongan?: string;
  nip?: string;
}

export const ESELON = ['II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b', 'fungsional', 'pelaksana'] as const;
export type Eselon = (typeof ESELON)[number];

/** A position in instansi.yaml `jabatan:`; the one without `atasan` is the head's (held by `kepala`). */
export interface JabatanInput {
  id: string;
  nama: string;
  unit: string;
  eselon: Eselon;
  atasan?: string;
  pemegang?: string;
}

export interface TriwulanJabatanInput {
  target?: number;
  realisasi?: number;
  data_dukung?: string;
  kendala?: string;
  tindak_lanjut?: string;
}

export const TW = ['tw1', 'tw2', 'tw3', 'tw4'] as const;

export interface IndikatorJabatanInput {
  id: string;
  uraian: string;
  satuan: string;
  polaritas: Polaritas;
  mendukung?: string;
  agregasi?: 'jumlah' | 'rata-rata';
  agregasi_triwulan?: Agregasi;
  target: number;
  realisasi?: number;
  triwulan?: Partial<Record<(typeof TW)[number], TriwulanJabatanInput>>;
}

/** `<tahun>/jabatan.yaml` */
export interface KinerjaJabatanInput {
  tanggal?: string;
  jabatan: Record<string, { indikator: IndikatorJabatanInput[]; perubahan?: PerubahanJabatanInput }>;
}

/** A position's PK Perubahan, written as the head's in pk.yaml: the revised targets by indicator id, and why. */
export interface PerubahanJabatanInput {
  tanggal?: string;
  alasan: string;
  target: Record<string, number>;
}

/** Rank of an echelon: 2 for II, 3 for III, 4 for IV, 5 for functional and staff positions. */
export function jenjang(e: Eselon): number {
  return e.startsWith('II.') ? 2 : e.startsWith('III.') ? 3 : e.startsWith('IV.') ? 4 : 5;
}

/** What an indicator can serve, from the top: a sasaran or IKU, a program, a kegiatan, a sub kegiatan, or a position's indicator. */
export type JenisInduk = 'sasaran' | 'iku' | 'program' | 'indikator-program' | 'kegiatan' | 'sub-kegiatan' | 'indikator-jabatan';

/** The level of the plan a kind sits on: 1 sasaran/IKU, 2 program, 3 kegiatan, 4 sub kegiatan. */
export const TINGKAT_INDUK: Record<Exclude<JenisInduk, 'indikator-jabatan'>, number> = {
  sasaran: 1,
  iku: 1,
  program: 2,
  'indikator-program': 2,
  kegiatan: 3,
  'sub-kegiatan': 4,
};

/** Which levels of the plan a position of a given rank may serve directly. */
export function tingkatBoleh(j: number): readonly number[] {
  return j <= 2 ? [1] : j === 3 ? [1, 2] : j === 4 ? [2, 3, 4] : [3, 4];
}

export const NAMA_JENIS: Record<JenisInduk, string> = {
  sasaran: 'sasaran',
  iku: 'indikator kinerja utama',
  program: 'program',
  'indikator-program': 'indikator program',
  kegiatan: 'kegiatan',
  'sub-kegiatan': 'sub kegiatan',
  'indikator-jabatan': 'indikator jabatan',
};

export interface TriwulanJabatanHasil {
  label: string;
  /** Absent: not written (printed blank, never 0). */
  target?: NilaiHasil;
  realisasi?: NilaiHasil;
  capaian: Capaian;
  dataDukung?: string;
  kendala?: string;
  tindakLanjut?: string;
}

export interface IndikatorJabatanHasil {
  id: string;
  jabatan: string;
  uraian: string;
  satuan: string;
  polaritas: Polaritas;
  /** What it serves one level up, with the text printed for it. */
  mendukung: { jenis: JenisInduk; id: string; uraian: string };
  agregasi?: 'jumlah' | 'rata-rata';
  target: NilaiHasil;
  /** The target of the position's PK Perubahan, when revised: capaian is measured against it. */
  targetPerubahan?: NilaiHasil;
  /** From the quarters (by `agregasi_triwulan`) or typed; absent: not yet reported. */
  realisasi?: NilaiHasil;
  /** A sum over some quarters only (printed marked). */
  realisasiSebagian: boolean;
  capaian: Capaian;
  kategori?: SkalaPita;
  triwulan: TriwulanJabatanHasil[];
  /** Some quarter has a target, realisasi or note. */
  adaTriwulan: boolean;
}

export interface JabatanHasil {
  id: string;
  nama: string;
  unit: { id: string; nama: string };
  eselon: Eselon;
  /** The head's position: held by `kepala`, its PK is the agency's (pk.yaml). */
  kepala: boolean;
  atasan?: string;
  /** Pihak pertama: the holder, with the position's name as jabatan. */
  pemegang: Pejabat;
  /** Pihak kedua: the holder of the position above (for the head, `atasan` of instansi.yaml). */
  pihakKedua: Pejabat;
  indikator: IndikatorJabatanHasil[];
  /** Its PK Perubahan (jabatan.yaml `perubahan:`): signing date and reason; the targets are on the indicators. */
  perubahan?: { tanggal?: string; alasan: string };
}

export interface JabatanModel {
  /** Positions top-down (the head first, then each position followed by those below it). */
  daftar: JabatanHasil[];
  /** The signing date of the positions' PK (jabatan.yaml, else pk.yaml). */
  tanggal?: string;
}
