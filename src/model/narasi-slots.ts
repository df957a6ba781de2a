// The narrative slots of each document with chapters, in outline order: which `narasi/*.md`
// the templates print, under which heading, in which chapter. The one list that `check`
// (every file is a slot; a bare heading is a warning) and render (heading levels, table
// numbers) read. Written as plain data so that it can later become the default outline file;
// the templates still name each slot themselves (`{{{narasi.bab1-maksud}}}`), so a slot added
// here must also be printed there.
export type DokumenNarasi = 'lkjip' | 'rkt';

export interface NarasiSlot {
  /** File name without `.md`. For a per-sasaran slot, the part before the sasaran's key. */
  nama: string;
  /** One file per sasaran: `<nama><sasaran id without "sasaran-">.md`, e.g. `bab3-analisis-sasaran-layanan-adminum.md`. */
  perSasaran?: true;
  /** What the author writes there, in a few words (for messages and the README). */
  judul: string;
  /** The heading the template prints above it, from the chapter down. */
  bagian: string;
  /** The level of that heading (1 chapter, 2 "A.", 3 "A.1"): a narrative `#` prints one below it. */
  tingkat: 1 | 2 | 3;
  /** Chapter number of its tables ("3" → Tabel 3.n); '' in the front matter, whose tables carry no number (like the Ringkasan's). */
  bab: string;
  /**
   * What the template prints under that heading when the file is absent; only a bare heading
   * is worth a warning, everything else is genuinely optional:
   * - `'judul-kosong'`: the next heading follows directly (or only a signature does);
   * - `'ada-isi'`: a table or list always follows, or the slot has no heading of its own;
   * - a list of data paths: the template prints those there, so the heading is bare only when
   *   none holds anything (`narasi.<nama>` is another file under the same heading).
   */
  tanpaBerkas: 'judul-kosong' | 'ada-isi' | string[];
}

/** The key of a sasaran in a per-sasaran file name. */
export const kunciSasaran = (id: string): string => id.replace(/^sasaran-/, '');

// Read from templates/lkjip/{depan,bab1,bab2,bab3,bab4}.hbs, in that order.
const LKJIP: NarasiSlot[] = [
  { nama: 'kata-pengantar', judul: 'kata pengantar', bagian: 'KATA PENGANTAR', tingkat: 1, bab: '', tanpaBerkas: 'judul-kosong' },
  { nama: 'ringkasan-eksekutif', judul: 'ringkasan eksekutif', bagian: 'RINGKASAN EKSEKUTIF', tingkat: 1, bab: '', tanpaBerkas: 'ada-isi' },
  { nama: 'bab1-maksud', judul: 'maksud laporan', bagian: 'BAB I › A. Maksud dan Tujuan Laporan › A.1 Maksud Laporan', tingkat: 3, bab: '1', tanpaBerkas: 'judul-kosong' },
  { nama: 'bab1-tujuan', judul: 'tujuan laporan', bagian: 'BAB I › A. Maksud dan Tujuan Laporan › A.2 Tujuan Laporan', tingkat: 3, bab: '1', tanpaBerkas: 'judul-kosong' },
  { nama: 'bab1-tugas-fungsi', judul: 'tugas pokok dan fungsi', bagian: 'BAB I › B. Tugas Pokok dan Fungsi Organisasi', tingkat: 2, bab: '1', tanpaBerkas: ['instansi.tugas', 'instansi.fungsi', 'instansi.unit_kerja', 'instansi.bagan'] },
  { nama: 'bab1-permasalahan', judul: 'permasalahan berdasarkan tugas dan fungsi', bagian: 'BAB I › C. Identifikasi Permasalahan Berdasarkan Tugas dan Fungsi', tingkat: 2, bab: '1', tanpaBerkas: ['renstra.permasalahan'] },
  { nama: 'bab1-isu-strategis', judul: 'isu strategis', bagian: 'BAB I › D. Isu Strategis', tingkat: 2, bab: '1', tanpaBerkas: ['renstra.isu_strategis'] },
  { nama: 'bab1-sistematika', judul: 'sistematika penyajian', bagian: 'BAB I › E. Sistematika Penyajian', tingkat: 2, bab: '1', tanpaBerkas: 'judul-kosong' },
  { nama: 'bab2-iku', judul: 'pengantar Indikator Kinerja Utama', bagian: 'BAB II › A. Indikator Kinerja Utama', tingkat: 2, bab: '2', tanpaBerkas: 'ada-isi' },
  { nama: 'bab2-pk', judul: 'pengantar Perjanjian Kinerja', bagian: 'BAB II › B. Perjanjian Kinerja', tingkat: 2, bab: '2', tanpaBerkas: 'ada-isi' },
  { nama: 'bab3-lhe', judul: 'hasil evaluasi SAKIP', bagian: 'BAB III › A. Hasil Evaluasi atas Implementasi SAKIP', tingkat: 2, bab: '3', tanpaBerkas: ['evaluasi.lhe', 'evaluasi.rekomendasi_lhe', 'narasi.bab3-lhe-catatan'] },
  { nama: 'bab3-lhe-catatan', judul: 'catatan atas hasil evaluasi (setelah tabel LHE)', bagian: 'BAB III › A. Hasil Evaluasi atas Implementasi SAKIP', tingkat: 2, bab: '3', tanpaBerkas: 'ada-isi' },
  { nama: 'bab3-pengukuran', judul: 'pengukuran kinerja', bagian: 'BAB III › B. Capaian Kinerja Organisasi › B.1 Target dan Realisasi Kinerja Sasaran', tingkat: 3, bab: '3', tanpaBerkas: 'ada-isi' },
  { nama: 'bab3-pengukuran-analisis', judul: 'analisis pengukuran (setelah grafik capaian)', bagian: 'BAB III › B. Capaian Kinerja Organisasi › B.1 Target dan Realisasi Kinerja Sasaran', tingkat: 3, bab: '3', tanpaBerkas: 'ada-isi' },
  { nama: 'bab3-akip', judul: 'nilai AKIP perangkat daerah', bagian: 'BAB III › B. Capaian Kinerja Organisasi › B.1 Target dan Realisasi Kinerja Sasaran', tingkat: 3, bab: '3', tanpaBerkas: 'ada-isi' },
  { nama: 'bab3-perbandingan-tahun-lalu', judul: 'perbandingan dengan tahun sebelumnya', bagian: 'BAB III › B. Capaian Kinerja Organisasi › B.2 Perbandingan Realisasi dan Capaian dengan Tahun Sebelumnya', tingkat: 3, bab: '3', tanpaBerkas: 'ada-isi' },
  { nama: 'bab3-perbandingan-instansi', judul: 'perbandingan dengan instansi sejenis', bagian: 'BAB III › B. Capaian Kinerja Organisasi › B.2 Perbandingan Realisasi dan Capaian dengan Tahun Sebelumnya', tingkat: 3, bab: '3', tanpaBerkas: 'ada-isi' },
  { nama: 'bab3-target-akhir', judul: 'realisasi terhadap target akhir Renstra', bagian: 'BAB III › B. Capaian Kinerja Organisasi › B.3 Realisasi Kinerja dan Target Akhir Periode Renstra', tingkat: 3, bab: '3', tanpaBerkas: 'ada-isi' },
  { nama: 'bab3-analisis-sasaran', judul: 'pengantar analisis capaian sasaran', bagian: 'BAB III › C. Analisis Capaian Kinerja Sasaran', tingkat: 2, bab: '3', tanpaBerkas: 'ada-isi' },
  { nama: 'bab3-analisis-sasaran-', perSasaran: true, judul: 'analisis satu sasaran (setelah tabelnya)', bagian: 'BAB III › C. Analisis Capaian Kinerja Sasaran › C.n <sasaran>', tingkat: 3, bab: '3', tanpaBerkas: 'ada-isi' },
  // Printed after the last sasaran, but it speaks for all of them: its headings sit beside C.1, C.2, …
  { nama: 'bab3-faktor', judul: 'faktor penghambat dan pendukung', bagian: 'BAB III › C. Analisis Capaian Kinerja Sasaran', tingkat: 2, bab: '3', tanpaBerkas: 'ada-isi' },
  { nama: 'bab3-anggaran', judul: 'realisasi anggaran', bagian: 'BAB III › D. Realisasi Anggaran', tingkat: 2, bab: '3', tanpaBerkas: 'ada-isi' },
  { nama: 'bab3-efisiensi', judul: 'analisis efisiensi', bagian: 'BAB III › E. Analisis Efisiensi', tingkat: 2, bab: '3', tanpaBerkas: 'ada-isi' },
  { nama: 'bab3-evaluasi-lkjip', judul: 'tindak lanjut atas evaluasi laporan kinerja', bagian: 'BAB III › F. Tindak Lanjut atas Evaluasi Laporan Kinerja', tingkat: 2, bab: '3', tanpaBerkas: ['evaluasi.evaluasi_lkjip', 'evaluasi.rekomendasi_lhe.tindak_lanjut'] },
  { nama: 'bab4-kesimpulan', judul: 'kesimpulan', bagian: 'BAB IV › A. Kesimpulan', tingkat: 2, bab: '4', tanpaBerkas: 'judul-kosong' },
  { nama: 'bab4-saran', judul: 'saran', bagian: 'BAB IV › B. Saran', tingkat: 2, bab: '4', tanpaBerkas: 'judul-kosong' },
];

// Read from templates/rkt/layout.hbs.
const RKT: NarasiSlot[] = [
  { nama: 'rkt-kata-pengantar', judul: 'kata pengantar', bagian: 'KATA PENGANTAR', tingkat: 1, bab: '', tanpaBerkas: 'judul-kosong' },
  { nama: 'rkt-latar-belakang', judul: 'latar belakang', bagian: 'BAB I › A. Latar Belakang', tingkat: 2, bab: '1', tanpaBerkas: 'judul-kosong' },
  { nama: 'rkt-maksud-tujuan', judul: 'maksud dan tujuan RKT', bagian: 'BAB I › D. Maksud dan Tujuan Rencana Kinerja Tahunan', tingkat: 2, bab: '1', tanpaBerkas: 'judul-kosong' },
  { nama: 'rkt-manfaat', judul: 'manfaat RKT', bagian: 'BAB I › E. Manfaat Rencana Kinerja Tahunan', tingkat: 2, bab: '1', tanpaBerkas: 'judul-kosong' },
  { nama: 'rkt-sistematika', judul: 'sistematika penulisan', bagian: 'BAB I › F. Sistematika Penulisan', tingkat: 2, bab: '1', tanpaBerkas: 'judul-kosong' },
  { nama: 'rkt-evaluasi', judul: 'evaluasi RKT tahun sebelumnya', bagian: 'BAB II › A. Evaluasi Pelaksanaan Rencana Kerja Tahunan', tingkat: 2, bab: '2', tanpaBerkas: 'ada-isi' },
  { nama: 'rkt-sasaran', judul: 'rencana kerja tahun ini', bagian: 'BAB II › B. Rencana Kerja Tahunan', tingkat: 2, bab: '2', tanpaBerkas: ['renstra.visi'] },
  { nama: 'rkt-penutup', judul: 'penutup', bagian: 'BAB III PENUTUP', tingkat: 1, bab: '3', tanpaBerkas: 'judul-kosong' },
];

export const NARASI_SLOTS: Record<DokumenNarasi, readonly NarasiSlot[]> = { lkjip: LKJIP, rkt: RKT };

/** The slot a file name belongs to in one document, if any. */
export function slotOf(dokumen: DokumenNarasi, nama: string): NarasiSlot | undefined {
  return NARASI_SLOTS[dokumen].find((s) => (s.perSasaran ? nama.startsWith(s.nama) && nama.length > s.nama.length : s.nama === nama));
}
