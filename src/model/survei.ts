// The Survei Kepuasan Masyarakat (PermenPANRB 14/2017): what authors write in `<tahun>/survei.yaml`,
// the answers check has read from the files it names, and what compute makes of them.
import type { Rational } from '../compute/rational.ts';
import type { SkalaPita } from './input.ts';

export interface KolomSurvei {
  id?: string;
  unsur?: Record<string, string>;
  profil?: Record<string, string>;
  abaikan?: string[];
}

export interface UnsurSurvei {
  id: string;
  nama: string;
}

export interface ProfilSurvei {
  id: string;
  nama: string;
  pilihan?: string[] | Record<string, string>;
  rentang?: number[];
}

/** A tabulation: how many respondents gave 1, 2, 3, 4. */
export type Sebaran = Partial<Record<'1' | '2' | '3' | '4', number>>;

export interface UnitSurveiInput {
  id: string;
  nama: string;
  sampel?: number;
  berkas?: string;
  lembar?: string;
  kolom?: KolomSurvei;
  jumlah?: { unsur: Record<string, Sebaran>; profil?: Record<string, Record<string, number>> };
  indeks?: number;
  riwayat?: Record<string, number>;
}

export type AturanBobot = 'persis' | 'dibulatkan';
export type Gabungan = 'responden' | 'rata-rata-unit';

export interface SurveiInput {
  judul?: string;
  periode: { mulai: string; selesai: string };
  metode?: string;
  sampel?: number;
  bobot?: AturanBobot;
  gabungan?: Gabungan;
  jawaban_kosong?: 'tolak' | 'abaikan';
  skala?: string;
  pengodean?: 'utf-8' | 'windows-1252';
  jawaban?: Record<string, 1 | 2 | 3 | 4>;
  unsur?: UnsurSurvei[];
  profil?: ProfilSurvei[];
  kolom?: KolomSurvei;
  indeks?: number;
  riwayat?: Record<string, number>;
  unit: UnitSurveiInput[];
}

/** The nine unsur of PermenPANRB 14/2017, used when survei.yaml declares none. */
export const UNSUR_BAWAAN: readonly UnsurSurvei[] = [
  { id: 'u1', nama: 'Persyaratan' },
  { id: 'u2', nama: 'Sistem, Mekanisme dan Prosedur' },
  { id: 'u3', nama: 'Waktu Penyelesaian' },
  { id: 'u4', nama: 'Biaya/Tarif' },
  { id: 'u5', nama: 'Produk Spesifikasi Jenis Pelayanan' },
  { id: 'u6', nama: 'Kompetensi Pelaksana' },
  { id: 'u7', nama: 'Perilaku Pelaksana' },
  { id: 'u8', nama: 'Penanganan Pengaduan, Saran dan Masukan' },
  { id: 'u9', nama: 'Sarana dan Prasarana' },
];

/** One respondent as read from an answer file: one answer per unsur (null: left blank, allowed by `jawaban_kosong: abaikan`). */
export interface RespondenSurvei {
  id: string;
  /** The row of the file (for messages). */
  baris: number;
  jawaban: (1 | 2 | 3 | 4 | null)[];
  /** Per profile field, its label (after `pilihan`/`rentang`); absent when the cell was blank. */
  profil: Record<string, string | undefined>;
}

/** A unit's answers as check read them: respondents from a file, or a tabulation. */
export interface UnitSurveiTerbaca {
  input: UnitSurveiInput;
  /** From a file: every respondent, in the file's order. */
  responden?: RespondenSurvei[];
  /** Per unsur (in the survey's order), the count of answers 1–4. */
  sebaran: [number, number, number, number][];
  /** Respondents of the unit (rows, or the largest tabulated total). */
  jumlahResponden: number;
  /** Per profile field, the count per label; the key '' counts blank answers. */
  profil: Record<string, Record<string, number>>;
  /** Blank answer cells, counted (only under `jawaban_kosong: abaikan`). */
  kosong: number;
}

/** The survey of one year after check: declarations resolved, every unit's answers read. */
export interface SurveiTerbaca {
  input: SurveiInput;
  unsur: UnsurSurvei[];
  profil: (ProfilSurvei & { label: string[] })[];
  skala: SkalaPita[];
  unit: UnitSurveiTerbaca[];
}

export interface UnsurHasil {
  id: string;
  nama: string;
  /** Sum of the answers given. */
  jumlah: number;
  /** Respondents who answered this unsur. */
  menjawab: number;
  sebaran: [number, number, number, number];
  /** NRR = jumlah ÷ menjawab; absent when nobody answered. */
  nrr?: Rational;
  /** NRR × bobot. */
  tertimbang?: Rational;
}

export interface ProfilHasil {
  id: string;
  nama: string;
  baris: { label: string; jumlah: number; persen: Rational }[];
  /** Respondents who left it blank. */
  kosong: number;
  total: number;
}

export interface IndeksSurvei {
  /** The index on the 1–4 scale: Σ NRR × bobot. */
  nilai?: Rational;
  /** × 25. */
  konversi?: Rational;
  /** The band of the converted index as printed (two decimals): kode = mutu, kategori = kinerja. */
  mutu?: SkalaPita;
}

export interface RiwayatSurvei {
  tahun: number;
  konversi: Rational;
  /** Whether the figure is computed from that year's answers (else typed in `riwayat`). */
  dihitung: boolean;
}

export interface UnitSurveiHasil extends IndeksSurvei {
  id: string;
  nama: string;
  responden: number;
  sampel?: number;
  /** Fewer respondents than the declared sample. */
  kurangSampel: boolean;
  sumber: 'berkas' | 'jumlah';
  berkas?: string;
  unsur: UnsurHasil[];
  /** Σ NRR tertimbang (= nilai). */
  terlemah: UnsurHasil[];
  terkuat: UnsurHasil[];
  profil: ProfilHasil[];
  /** From a file: each respondent's answers, for the answers table. */
  daftar?: RespondenSurvei[];
  kosong: number;
  riwayat: RiwayatSurvei[];
  /** Against the latest earlier year: konversi − that year's. */
  perubahan?: { tahun: number; selisih: Rational };
}

export interface SurveiHasil {
  tahun: number;
  judul: string;
  periode: { mulai: string; selesai: string };
  metode?: string;
  sampel?: number;
  bobot: { aturan: AturanBobot; nilai: Rational };
  gabungan: Gabungan;
  jawabanKosong: 'tolak' | 'abaikan';
  unsur: UnsurSurvei[];
  skala: SkalaPita[];
  unit: UnitSurveiHasil[];
  /** The agency across its units (by `gabungan`). */
  instansi: UnitSurveiHasil;
  /** The scale's bands with their intervals on both scales (konversi, and ÷ 25 on 1–4) and the units in each. */
  pita: PitaMutu[];
}

export interface PitaMutu {
  pita: SkalaPita;
  /** Lower bound of the konversi; `lebih`: strictly above it. Absent for the last band (from 25). */
  dari: Rational;
  lebih: boolean;
  /** Upper bound: the next band's bound less 0,01 (as the regulation prints 64,99), or 100. */
  sampai: Rational;
  dariIkm: Rational;
  sampaiIkm: Rational;
  unit: string[];
}
