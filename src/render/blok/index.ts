// Every built-in block, by name: the one list that check, render and `kinerja blok` read.
import { narasi } from './narasi.ts';
import { ttd } from './ttd.ts';
import { halamanBaru } from './halaman-baru.ts';
import { daftarGambar, daftarIsi, daftarTabel } from './daftar.ts';
import { ikuRingkas } from './iku-ringkas.ts';
import { tugasFungsi } from './tugas-fungsi.ts';
import { permasalahan } from './permasalahan.ts';
import { isuStrategis } from './isu-strategis.ts';
import { iku } from './iku.ts';
import { definisiOperasional } from './definisi-operasional.ts';
import { pkSasaran } from './pk-sasaran.ts';
import { pkAnggaran } from './pk-anggaran.ts';
import { penetapanKinerja } from './penetapan-kinerja.ts';
import { lhe } from './lhe.ts';
import { rekomendasiLhe } from './rekomendasi-lhe.ts';
import { skalaCapaian } from './skala-capaian.ts';
import { pengukuranIku } from './pengukuran-iku.ts';
import { grafikCapaian } from './grafik-capaian.ts';
import { akipPerangkatDaerah } from './akip-perangkat-daerah.ts';
import { surveiKepuasan } from './survei-kepuasan.ts';
import { perbandinganTahunLalu } from './perbandingan-tahun-lalu.ts';
import { perbandinganInstansi } from './perbandingan-instansi.ts';
import { targetAkhir } from './target-akhir.ts';
import { analisisSasaran } from './analisis-sasaran.ts';
import { faktor } from './faktor.ts';
import { belanja } from './belanja.ts';
import { anggaranProgram } from './anggaran-program.ts';
import { grafikAnggaran } from './grafik-anggaran.ts';
import { efisiensi } from './efisiensi.ts';
import { evaluasiLkjip } from './evaluasi-lkjip.ts';
import { perjanjianKinerja } from './perjanjian-kinerja.ts';
import { pengukuranKinerja } from './pengukuran-kinerja.ts';
import { realisasiTriwulan } from './realisasi-triwulan.ts';
import { dasarHukum } from './dasar-hukum.ts';
import { evaluasiRkt } from './evaluasi-rkt.ts';
import { visi } from './visi.ts';
import { rencanaKerja } from './rencana-kerja.ts';
import { tabel } from './tabel.ts';
import { gambar } from './gambar.ts';
import { surveiRingkasan } from './survei-ringkasan.ts';
import { surveiJawaban } from './survei-jawaban.ts';
import { surveiMutu } from './survei-mutu.ts';
import { surveiProfil } from './survei-profil.ts';
import { surveiGrafik } from './survei-grafik.ts';
import { surveiUnsur } from './survei-unsur.ts';
import { surveiMetode } from './survei-metode.ts';
import { kinerjaUnit } from './kinerja-unit.ts';
import { kinerjaJabatanTriwulan } from './kinerja-jabatan-triwulan.ts';
import { pohonKinerja } from './pohon-kinerja.ts';
import { rekapRingkasan } from './rekap-ringkasan.ts';
import { rekapIkhtisar } from './rekap-ikhtisar.ts';
import { rekapCapaian } from './rekap-capaian.ts';
import { rekapGrafikCapaian } from './rekap-grafik-capaian.ts';
import { rekapAnggaran } from './rekap-anggaran.ts';
import { rekapAkip } from './rekap-akip.ts';
import { rekapGrafikAkip } from './rekap-grafik-akip.ts';
import { rekapIkm } from './rekap-ikm.ts';
import { rekapTertinggal } from './rekap-tertinggal.ts';
import type { Blok } from './types.ts';

const SEMUA = [
  narasi,
  ttd,
  halamanBaru,
  daftarIsi,
  daftarTabel,
  daftarGambar,
  ikuRingkas,
  tugasFungsi,
  permasalahan,
  isuStrategis,
  iku,
  definisiOperasional,
  pkSasaran,
  pkAnggaran,
  penetapanKinerja,
  lhe,
  rekomendasiLhe,
  skalaCapaian,
  pengukuranIku,
  grafikCapaian,
  akipPerangkatDaerah,
  surveiKepuasan,
  perbandinganTahunLalu,
  perbandinganInstansi,
  targetAkhir,
  analisisSasaran,
  faktor,
  belanja,
  anggaranProgram,
  grafikAnggaran,
  efisiensi,
  evaluasiLkjip,
  perjanjianKinerja,
  pengukuranKinerja,
  realisasiTriwulan,
  dasarHukum,
  evaluasiRkt,
  visi,
  rencanaKerja,
  tabel,
  gambar,
  surveiRingkasan,
  surveiJawaban,
  surveiMutu,
  surveiProfil,
  surveiGrafik,
  surveiUnsur,
  surveiMetode,
  kinerjaUnit,
  kinerjaJabatanTriwulan,
  pohonKinerja,
  rekapRingkasan,
  rekapIkhtisar,
  rekapCapaian,
  rekapGrafikCapaian,
  rekapAnggaran,
  rekapAkip,
  rekapGrafikAkip,
  rekapIkm,
  rekapTertinggal,
] as unknown as Blok[];

export const BLOK: Record<string, Blok> = Object.fromEntries(SEMUA.map((b) => [b.nama, b]));
