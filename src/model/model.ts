// The computed model: every derived figure, computed once by `compute`. Templates only format it.
import type { Capaian } from '../compute/capaian.ts';
import type { Rational } from '../compute/rational.ts';
import type {
  DokumenInput,
  EvaluasiInput,
  IndikatorKegiatan,
  IndikatorLama,
  InstansiInput,
  KoreksiInput,
  PkInput,
  Polaritas,
  RenstraInput,
  SkalaInput,
  SkalaPita,
  SubKegiatanInput,
} from './input.ts';

/** A target or realisasi in the model: the exact number, and its predikat when the indicator has a scale. */
export interface NilaiHasil {
  angka: Rational;
  predikat?: string;
}

export interface IndikatorHasil {
  id: string;
  jenis: 'iku' | 'program';
  induk: string; // sasaran id or program id
  uraian: string;
  satuan: string;
  polaritas: Polaritas;
  skalaPredikat?: string;
  definisi?: string;
  formula?: string;
  sumberData?: string;
  lama?: IndikatorLama;
  targetRenstra?: NilaiHasil;
  target?: NilaiHasil;
  targetAkhir?: NilaiHasil;
  targetPerTahun: Record<string, NilaiHasil>;
  /** null: known to be not yet available (printed as such, never as 0). */
  realisasi?: NilaiHasil | null;
  /** True when the realisasi is computed (`dari:`), not typed. */
  realisasiDihitung: boolean;
  realisasiKeterangan?: string;
  capaian: Capaian;
  kategori?: SkalaPita;
  capaianAkhir: Capaian;
  riwayat: { tahun: number; realisasi: NilaiHasil; capaian: Capaian }[];
}

export interface Jumlah {
  pagu: number;
  realisasi: number;
  sisa: number;
  penyerapan?: Rational;
}

export interface TriwulanHasil {
  k?: number;
  rp: number;
}

export interface SubKegiatanHasil extends Jumlah {
  id: string;
  kode?: string;
  nama: string;
  unit?: string;
  indikator: IndikatorKegiatan;
  tw: TriwulanHasil[];
  realisasiK?: number;
  capaianK: Capaian;
  input: SubKegiatanInput;
}

export interface KegiatanHasil extends Jumlah {
  id: string;
  kode?: string;
  nama: string;
  penanggungJawab?: string;
  indikator?: IndikatorKegiatan;
  sub: SubKegiatanHasil[];
  /** Mean of the capaian of its sub kegiatan. */
  capaianK?: Rational;
  tw: TriwulanHasil[];
}

export interface ProgramHasil extends Jumlah {
  id: string;
  kode?: string;
  nama: string;
  sasaran: string;
  indikator: IndikatorHasil[];
  kegiatan: KegiatanHasil[];
  capaianK?: Rational;
  tw: TriwulanHasil[];
}

/** The same sub kegiatan grouped by the unit responsible (the lampiran's Bagian rows). */
export interface UnitHasil extends Jumlah {
  id: string;
  nama: string;
  kegiatan: KegiatanHasil[];
  capaianK?: Rational;
  tw: TriwulanHasil[];
}

export interface SasaranHasil {
  id: string;
  uraian: string;
  tujuan: string;
  lama?: string;
  indikator: IndikatorHasil[];
  capaian?: Rational;
  kategori?: SkalaPita;
  program: ProgramHasil[];
  /** capaian − penyerapan of its programs, for sasaran whose capaian ≥ 100 %. */
  efisiensi?: { penyerapan: Rational; selisih: Rational };
}

export interface BelanjaHasil {
  kelompok: (Jumlah & { id: string; uraian: string; jenis: (Jumlah & { id: string; uraian: string })[] })[];
  total: Jumlah;
}

export interface EvaluasiHasil {
  input: EvaluasiInput;
  /** Sum of the components' weights (100 when the evaluation is complete). */
  lheBobot: number;
  lheTotal: Record<string, Rational>;
  lhePredikat: Record<string, SkalaPita | undefined>;
  akipRataRata: Record<string, Rational>;
  akipPredikat: Record<string, SkalaPita | undefined>;
  akipDaftar: { nama: string; nilai: Record<string, number>; predikat: Record<string, SkalaPita | undefined> }[];
}

export interface TahunModel {
  tahun: number;
  /** The instansi folder, for files the documents embed (the logo). */
  folder: string;
  instansi: InstansiInput;
  renstra: RenstraInput;
  skala: SkalaInput;
  sasaran: SasaranHasil[];
  iku: IndikatorHasil[];
  indikatorProgram: IndikatorHasil[];
  program: ProgramHasil[];
  unit: UnitHasil[];
  rataRata: { dasar: 'iku' | 'sasaran'; capaian?: Rational; kategori?: SkalaPita };
  anggaran: Jumlah & { tw: TriwulanHasil[]; capaianK?: Rational };
  belanja?: BelanjaHasil;
  evaluasi?: EvaluasiHasil;
  pk?: PkInput;
  dokumen: DokumenInput;
  koreksi: KoreksiInput[];
  narasi: Record<string, string>;
}
