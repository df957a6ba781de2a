// The computed model: every derived figure, computed once by `compute`. Templates only format it.
import type { DokumenBab, Kerangka } from './kerangka.ts';
import type { TabelSendiriHasil } from './tabel-sendiri.ts';
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

/**
 * How much of a figure's source cells the data holds: every one, some (the sum is over those
 * and printed marked), or none (printed blank: a cell not yet reported is never a 0).
 */
export type Isian = 'lengkap' | 'sebagian' | 'kosong';

export interface Jumlah {
  pagu: number;
  /** The sum of the realisasi reported (0 when none is): read it with `isian`. */
  realisasi: number;
  sisa: number;
  penyerapan?: Rational;
  /** Whether every row below has its realisasi. */
  isian: Isian;
}

export interface TriwulanHasil {
  k?: number;
  /** Absent when no row below reports this quarter's rupiah. */
  rp?: number;
  isianRp: Isian;
}

/** The K side of a budget line: capaian kinerja, and whether any sub kegiatan below is measured at all. */
export interface UkuranK {
  /** Mean of the capaian of what is below; absent when nothing below has one. */
  capaianK?: Rational;
  /** False when no sub kegiatan below has an output indicator: its K cells are printed blank. */
  adaIndikator: boolean;
}

export interface SubKegiatanHasil extends Jumlah {
  id: string;
  kode?: string;
  nama: string;
  unit?: string;
  /** Absent: the sub kegiatan has no output indicator, so no K, no capaian, no sentence about it. */
  indikator?: IndikatorKegiatan;
  tw: TriwulanHasil[];
  realisasiK?: number;
  capaianK: Capaian;
  /** Met its target (capaian 100 % or more); absent when there is no capaian. */
  tercapaiK?: boolean;
  input: SubKegiatanInput;
}

export interface KegiatanHasil extends Jumlah, UkuranK {
  id: string;
  kode?: string;
  nama: string;
  penanggungJawab?: string;
  indikator?: IndikatorKegiatan;
  sub: SubKegiatanHasil[];
  tw: TriwulanHasil[];
}

export interface ProgramHasil extends Jumlah, UkuranK {
  id: string;
  kode?: string;
  nama: string;
  sasaran: string;
  indikator: IndikatorHasil[];
  kegiatan: KegiatanHasil[];
  tw: TriwulanHasil[];
}

/** The same sub kegiatan grouped by the unit responsible (the lampiran's Bagian rows). */
export interface UnitHasil extends Jumlah, UkuranK {
  id: string;
  nama: string;
  kegiatan: KegiatanHasil[];
  tw: TriwulanHasil[];
}

/** What the generated sentences about sub kegiatan may say: only what these counts support. */
export interface RingkasanSub {
  jumlah: number;
  /** Sub kegiatan with an output indicator. */
  berindikator: number;
  /** Of those, with a capaian of 100 % or more. */
  tercapai: number;
  /** Every sub kegiatan has an indicator, a capaian, and met its target. */
  semuaTercapai: boolean;
  /** Some sum below is over partly reported cells (printed marked, explained under the table). */
  adaSebagian: boolean;
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
  /** Sum of the components' weights (100 when the evaluation is complete); absent unless every component has one. */
  lheBobot?: number;
  /** Some component has a bobot: without any, the bobot column is left out. */
  lheAdaBobot: boolean;
  /** Per year, the sum of the component values given (a blank cell adds nothing). */
  lheTotal: Record<string, Rational>;
  /** Years whose total is over only some components: printed marked, with no predikat. */
  lheSebagian: Record<string, boolean>;
  lheAdaSebagian: boolean;
  /** Predikat of a year's total; absent for a year with a blank component (a partial score earns none). */
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
  anggaran: Jumlah & UkuranK & { tw: TriwulanHasil[]; sub: RingkasanSub };
  belanja?: BelanjaHasil;
  evaluasi?: EvaluasiHasil;
  pk?: PkInput;
  dokumen: DokumenInput;
  koreksi: KoreksiInput[];
  narasi: Record<string, string>;
  /** The outline of each document with chapters, as check normalised it. */
  kerangka: Partial<Record<DokumenBab, Kerangka>>;
  /** The agency's own tables of the year, by id, their totals computed. */
  tabelSendiri: Record<string, TabelSendiriHasil>;
  survei?: import('./survei.ts').SurveiHasil;
  /** Every position, its holder and superior, and its indicators of the year computed (cascading). */
  jabatan: import('./jabatan.ts').JabatanModel;
}
