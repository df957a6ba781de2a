// The data as authors write it in YAML (after schema validation).
// Keys are Indonesian, as the authors speak; nothing here is derived.
import type { DokumenBab, Kerangka } from './kerangka.ts';
import type { TabelSendiriInput } from './tabel-sendiri.ts';
import type { SurveiInput, SurveiTerbaca } from './survei.ts';

export type Tahun = number;
/** A target or realisasi: a plain number, or a predikat with the number it is measured on (`BB (71)`). */
export type Nilai = number | { predikat: string; nilai: number };
export type PerTahun<T> = Record<string, T>;

export interface Pejabat {
  nama?: string;
  gelar_depan?: string;
  gelar_belakang?: string;
  jabatan: string;
  pangkat?: string;
  golongan?: string;
  nip?: string;
}

export interface DasarHukum {
  id: string;
  /** The type of regulation (src/model/dasar-hukum.ts); `jenis` begins with its long name. */
  tipe: import('./dasar-hukum.ts').TipeDasarHukumKode;
  jenis: string;
  nomor: string;
  tahun: number;
  tentang?: string;
}

export interface UnitKerja {
  id: string;
  nama: string;
  induk?: string;
}

export interface InstansiInput {
  id: string;
  nama: string;
  singkatan?: string;
  pemerintah_daerah: string;
  /** The kind of perangkat daerah, for the rekap's groups; absent: read from the name (src/compute/rekap-rumpun.ts). */
  rumpun?: 'sekretariat' | 'inspektorat' | 'dinas' | 'badan' | 'kecamatan' | 'lainnya';
  tempat: string;
  kepala: Pejabat;
  atasan: Pejabat;
  dasar_hukum?: DasarHukum[];
  tugas?: string;
  fungsi?: string[];
  unit_kerja?: UnitKerja[];
  /** Persons who sign a PK, each written once; positions refer to them by id (src/model/jabatan.ts). */
  pegawai?: import('./jabatan.ts').Pegawai[];
  jabatan?: import('./jabatan.ts').JabatanInput[];
  bagan?: {
    dasar?: string;
    pengesah_salinan?: Pejabat;
    penetap?: Pejabat;
  };
  logo?: string;
  /** Office address, printed on the LKjIP cover when given. */
  alamat?: string;
  telepon?: string;
  surel?: string;
  laman?: string;
}

export type Polaritas = 'naik' | 'turun';
export type Agregasi = 'jumlah' | 'tetap' | 'akhir';

export interface IndikatorRenstra {
  id: string;
  uraian: string;
  satuan: string;
  polaritas: Polaritas;
  skala_predikat?: string;
  definisi?: string;
  formula?: string;
  sumber_data?: string;
  baseline?: { tahun: Tahun; nilai: Nilai };
  target: PerTahun<Nilai>;
  target_akhir?: Nilai;
  menggantikan?: string;
  /** A program indicator whose yearly target is the sum (or mean) of its kegiatan's of the same satuan. */
  agregasi?: 'jumlah' | 'rata-rata';
}

export interface IndikatorLama {
  id: string;
  uraian: string;
  satuan?: string;
  target?: PerTahun<Nilai>;
}

export interface SasaranRenstra {
  id: string;
  uraian: string;
  menggantikan?: string;
  indikator: IndikatorRenstra[];
}

export interface TujuanRenstra {
  id: string;
  uraian: string;
  sasaran: SasaranRenstra[];
}

export interface ProgramRenstra {
  id: string;
  kode?: string;
  nama: string;
  sasaran: string;
  indikator: IndikatorRenstra[];
}

export interface Permasalahan {
  pokok: string;
  akar: string;
}

export interface RenstraInput {
  dokumen: string;
  visi?: { uraian: string; makna?: string[] };
  periode: { awal: Tahun; akhir: Tahun };
  misi?: { nomor?: number; uraian: string; tujuan?: string; sasaran?: string; sasaran_rpjmd?: string[] };
  reviu?: { oleh: string; waktu: string; keterangan?: string };
  sasaran_lama?: { id: string; uraian: string }[];
  indikator_lama?: IndikatorLama[];
  tujuan: TujuanRenstra[];
  program: ProgramRenstra[];
  permasalahan?: Permasalahan[];
  isu_strategis?: string[];
}

export interface Triwulan {
  k?: number;
  rp?: number;
}

export interface RealisasiSub {
  tw1?: Triwulan;
  tw2?: Triwulan;
  tw3?: Triwulan;
  tw4?: Triwulan;
  /** Annual kinerja, only where the quarters carry none. */
  k?: number;
  /** Annual rupiah, only where the quarters carry none. */
  rp?: number;
}

export interface IndikatorKegiatan {
  uraian: string;
  satuan: string;
  target: number;
  target_keterangan?: string;
  agregasi?: Agregasi;
}

export interface SubKegiatanInput {
  id: string;
  kode?: string;
  nama: string;
  penanggung_jawab?: string;
  /** Optional: many reports give a sub kegiatan no output indicator (then it has no K at all). */
  indikator?: IndikatorKegiatan;
  pagu: number;
  rencana?: RealisasiSub;
  realisasi?: RealisasiSub;
  rencana_aksi?: string[];
  alasan_beda_triwulan?: string;
  hambatan?: string;
  solusi?: string;
  keterangan?: string;
}

export interface KegiatanInput {
  id: string;
  kode?: string;
  nama: string;
  penanggung_jawab?: string;
  indikator?: IndikatorKegiatan;
  sub_kegiatan: SubKegiatanInput[];
}

export interface ProgramAnggaranInput {
  id: string;
  nama?: string;
  kegiatan: KegiatanInput[];
}

export interface AnggaranInput {
  program: ProgramAnggaranInput[];
}

export interface BelanjaInput {
  kelompok: {
    id: string;
    uraian: string;
    jenis: { id: string; uraian: string; anggaran: number; realisasi: number }[];
  }[];
}

/** A signing date: `2025-02-28`, or `2024-01` where the document prints only month and year. */
export type Tanggal = string;

export interface PkInput {
  tanggal?: Tanggal;
  nomor?: string;
  target: Record<string, Nilai>;
  perubahan?: {
    tanggal?: string;
    alasan: string;
    target: Record<string, Nilai>;
  };
  /** Why a PK (or PK Perubahan) target differs from the Renstra: bound to the value it explains. */
  alasan_beda_renstra?: Record<string, { nilai: Nilai; alasan: string }>;
}

export interface RealisasiIndikator {
  nilai?: Nilai | null;
  /** `survei`: the agency's IKM konversi from survei.yaml; `{survei: <unit>}`: one unit's. */
  dari?: 'rata-rata-akip-perangkat-daerah' | 'survei-kepuasan' | 'capaian-kegiatan' | 'nilai-lhe' | 'survei' | { survei: string };
  tahun_data?: Tahun;
  keterangan?: string;
  riwayat?: PerTahun<Nilai>;
}

export interface RealisasiInput {
  indikator: Record<string, RealisasiIndikator>;
}

export interface EvaluasiInput {
  lhe?: {
    evaluator: string;
    /** `bobot` is optional (some LHE give none); a year missing from `nilai` is a blank cell. */
    komponen: { id: string; nama: string; bobot?: number; nilai: PerTahun<number> }[];
    interpretasi?: string;
  };
  akip_perangkat_daerah?: { nama: string; nilai: PerTahun<number> }[];
  survei_kepuasan?: { indikator: string; responden: number; nilai: number };
  rekomendasi_lhe?: {
    id: string;
    rekomendasi: string;
    rencana_aksi?: string;
    waktu?: string;
    bukti?: string[];
    tindak_lanjut?: string;
  }[];
  evaluasi_lkjip?: { evaluator: string; rekomendasi: string[] };
  pembanding?: { sumber?: string; daftar: { instansi: string; indikator: string; nilai: number }[] };
}

export interface DokumenSederhana {
  tanggal?: string;
  kertas?: 'A4' | 'F4';
  gaya?: { huruf?: string; ukuran_pt?: number; spasi?: number; margin_mm?: number };
}

export interface DokumenInput {
  pk?: DokumenSederhana;
  rencana_aksi?: DokumenSederhana;
  rkt?: DokumenSederhana;
  survei?: DokumenSederhana;
  lkjip?: {
    judul?: string;
    tanggal: string;
    kertas?: 'A4' | 'F4';
    rata_rata?: 'iku' | 'sasaran';
    gaya?: { huruf?: string; ukuran_pt?: number; spasi?: number; margin_mm?: number };
  };
}

export interface SkalaPita {
  minimal?: number;
  lebih_dari?: number;
  kode?: string;
  kategori: string;
  warna?: string;
}

export interface SkalaInput {
  capaian: SkalaPita[];
  akip: SkalaPita[];
  [nama: string]: SkalaPita[];
}

export interface KoreksiInput {
  id: string;
  kelas: string;
  lokasi: string;
  tertulis: string;
  data: string;
  alasan: string;
}

/** One year of one instansi, as loaded. */
export interface TahunInput {
  tahun: Tahun;
  dokumen?: DokumenInput;
  pk?: PkInput;
  realisasi?: RealisasiInput;
  anggaran?: AnggaranInput;
  belanja?: BelanjaInput;
  evaluasi?: EvaluasiInput;
  koreksi?: KoreksiInput[];
  narasi: Record<string, string>;
  /** The outline of each document with chapters (check puts the default where the data has none). */
  kerangka?: Partial<Record<DokumenBab, Kerangka>>;
  /** The agency's own tables for the year (the year's file wins over the agency's), as check passed them. */
  tabel?: Record<string, TabelSendiriInput>;
  /** `survei.yaml` as written, and the answers check read from the files it names. */
  survei?: SurveiInput;
  surveiTerbaca?: SurveiTerbaca;
  /** `jabatan.yaml`: the indicators of each position below the head (cascading). */
  jabatan?: import('./jabatan.ts').KinerjaJabatanInput;
}

export interface InstansiData {
  folder: string;
  instansi: InstansiInput;
  renstra: RenstraInput;
  skala: SkalaInput;
  tahun: TahunInput[];
}
