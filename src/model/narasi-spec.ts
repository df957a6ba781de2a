// The helpers prose may call, and what each takes. Validate checks prose against this list;
// render implements each. A figure in prose always comes through one of these.

export type ArgKind =
  | 'indikator'
  | 'sasaran'
  | 'program'
  | 'tahun'
  | 'dasar_hukum'
  | 'kegiatan'
  | 'sub_kegiatan'
  | 'unit'
  | 'jenis_belanja'
  | 'komponen_lhe'
  | 'perangkat_daerah'
  | 'triwulan'
  | 'tahun_riwayat'
  | 'unit_survei'
  | 'unsur'
  | 'indikator_jabatan';

export interface HelperSpec {
  /** Argument kinds in order; `?` marks an optional last argument. */
  args: ArgKind[];
  optional?: boolean;
  help: string;
}

export const NARASI_HELPERS: Record<string, HelperSpec> = {
  instansi: { args: [], help: 'nama instansi' },
  pemda: { args: [], help: 'nama pemerintah daerah' },
  tahun: { args: [], help: 'tahun laporan' },
  tahun_lalu: { args: [], help: 'tahun sebelum tahun laporan' },
  periode_renstra: { args: [], help: 'periode Renstra, mis. 2022–2026' },
  kepala: { args: [], help: 'nama kepala instansi dengan gelar' },
  dasar_hukum: { args: ['dasar_hukum'], help: 'dasar hukum lengkap dari instansi.yaml, mis. Peraturan Bupati Paser Nomor 1 Tahun 2023 tentang …' },
  tipe_dasar_hukum: { args: ['dasar_hukum'], help: 'tipe peraturan dasar hukum dengan nama panjangnya, mis. Peraturan Bupati' },
  jumlah_sasaran: { args: [], help: 'jumlah sasaran strategis, mis. 3 (tiga)' },
  jumlah_iku: { args: [], help: 'jumlah IKU, mis. 5 (lima)' },
  target: { args: ['indikator'], help: 'target indikator tahun ini' },
  realisasi: { args: ['indikator'], help: 'realisasi indikator tahun ini' },
  capaian: { args: ['indikator'], help: 'capaian indikator, mis. 130,36 %' },
  kategori: { args: ['indikator'], help: 'kategori capaian indikator' },
  capaian_sasaran: { args: ['sasaran'], help: 'rata-rata capaian sasaran' },
  kategori_sasaran: { args: ['sasaran'], help: 'kategori capaian sasaran' },
  capaian_rata_rata: { args: [], help: 'rata-rata capaian seluruh IKU' },
  kategori_rata_rata: { args: [], help: 'kategori rata-rata capaian' },
  pagu: { args: ['program'], optional: true, help: 'pagu anggaran (seluruh instansi, atau satu program)' },
  realisasi_anggaran: { args: ['program'], optional: true, help: 'realisasi anggaran' },
  penyerapan: { args: ['program'], optional: true, help: 'penyerapan anggaran, persen' },
  sisa_anggaran: { args: ['program'], optional: true, help: 'sisa anggaran' },
  efisiensi: { args: ['sasaran'], help: 'capaian sasaran dikurangi penyerapan anggaran programnya' },
  nilai_lhe: { args: ['tahun'], help: 'nilai hasil evaluasi SAKIP instansi pada tahun itu' },
  predikat_lhe: { args: ['tahun'], help: 'predikat hasil evaluasi SAKIP instansi' },
  akip_rata_rata: { args: ['tahun'], help: 'rata-rata nilai AKIP semua perangkat daerah' },
  predikat_akip: { args: ['tahun'], help: 'predikat rata-rata nilai AKIP perangkat daerah' },
  // The Survei Kepuasan Masyarakat computed from survei.yaml (the agency's figures).
  ikm: { args: [], help: 'IKM konversi instansi dari survei.yaml, mis. 84,26' },
  ikm_unsur: { args: [], help: 'IKM instansi skala 1–4, tiga desimal, mis. 3,370' },
  mutu_ikm: { args: [], help: 'mutu dan kinerja pelayanan instansi, mis. B (Baik)' },
  responden_survei: { args: [], help: 'jumlah responden survei.yaml, semua unit' },
  unit_survei: { args: [], help: 'jumlah unit layanan yang disurvei, mis. 4 (empat)' },
  unsur_terendah: { args: [], help: 'unsur dengan NRR terendah dan NRR-nya, mis. Waktu Penyelesaian (3,111)' },
  unsur_tertinggi: { args: [], help: 'unsur dengan NRR tertinggi dan NRR-nya' },
  perubahan_ikm: { args: [], help: 'perubahan IKM konversi dari tahun survei sebelumnya, mis. naik 2,89 poin dari 81,37 (2023)' },
  // Every other figure a table prints, so that no figure in prose has to be typed.
  target_akhir: { args: ['indikator'], help: 'target akhir periode Renstra' },
  capaian_akhir: { args: ['indikator'], help: 'realisasi tahun ini terhadap target akhir periode, persen' },
  target_lalu: { args: ['indikator'], help: 'target indikator tahun sebelumnya' },
  realisasi_lalu: { args: ['indikator'], help: 'realisasi indikator tahun sebelumnya' },
  capaian_lalu: { args: ['indikator'], help: 'capaian indikator tahun sebelumnya' },
  penyerapan_sasaran: { args: ['sasaran'], help: 'penyerapan anggaran program pendukung sasaran (tabel efisiensi)' },
  capaian_k: { args: ['program'], optional: true, help: 'capaian kinerja (K) sub kegiatan, rata-rata (seluruh instansi, atau satu program)' },
  terbilang_pagu: { args: ['program'], optional: true, help: 'pagu anggaran dengan huruf, mis. Dua Juta Rupiah' },
  terbilang_realisasi_anggaran: { args: ['program'], optional: true, help: 'realisasi anggaran dengan huruf' },
  terbilang_sisa_anggaran: { args: ['program'], optional: true, help: 'sisa anggaran dengan huruf' },
  jumlah_tujuan: { args: [], help: 'jumlah tujuan Renstra, mis. 1 (satu)' },
  jumlah_indikator_lama: { args: [], help: 'jumlah indikator sebelum reviu Renstra' },
  jumlah_program: { args: [], help: 'jumlah program' },
  jumlah_kegiatan: { args: [], help: 'jumlah kegiatan' },
  jumlah_sub_kegiatan: { args: [], help: 'jumlah sub kegiatan' },
  jumlah_sub_kegiatan_tercapai: { args: [], help: 'jumlah sub kegiatan yang mencapai targetnya' },
  jumlah_responden: { args: [], help: 'jumlah responden survei kepuasan' },
  jumlah_perangkat_daerah: { args: [], help: 'jumlah perangkat daerah dalam tabel nilai AKIP' },
  jumlah_komponen_lhe: { args: [], help: 'jumlah komponen evaluasi SAKIP (LHE)' },
  // Below the agency's totals (src/render/narasi-rinci.ts): kegiatan and sub kegiatan by kode (or id).
  pagu_kegiatan: { args: ['kegiatan'], help: 'pagu satu kegiatan, mis. {{pagu_kegiatan "4.01.01.2.01"}}' },
  realisasi_anggaran_kegiatan: { args: ['kegiatan'], help: 'realisasi anggaran satu kegiatan' },
  sisa_anggaran_kegiatan: { args: ['kegiatan'], help: 'sisa anggaran satu kegiatan' },
  penyerapan_kegiatan: { args: ['kegiatan'], help: 'penyerapan anggaran satu kegiatan, persen' },
  capaian_k_kegiatan: { args: ['kegiatan'], help: 'capaian kinerja (K) rata-rata sub kegiatan dalam satu kegiatan' },
  pagu_sub_kegiatan: { args: ['sub_kegiatan'], help: 'pagu satu sub kegiatan' },
  realisasi_anggaran_sub_kegiatan: { args: ['sub_kegiatan'], help: 'realisasi anggaran satu sub kegiatan' },
  sisa_anggaran_sub_kegiatan: { args: ['sub_kegiatan'], help: 'sisa anggaran satu sub kegiatan' },
  penyerapan_sub_kegiatan: { args: ['sub_kegiatan'], help: 'penyerapan anggaran satu sub kegiatan, persen' },
  target_sub_kegiatan: { args: ['sub_kegiatan'], help: 'target keluaran sub kegiatan dengan satuannya, mis. 12 dokumen' },
  realisasi_sub_kegiatan: { args: ['sub_kegiatan'], help: 'realisasi keluaran sub kegiatan dengan satuannya' },
  capaian_sub_kegiatan: { args: ['sub_kegiatan'], help: 'capaian keluaran (K) sub kegiatan, persen' },
  pagu_unit: { args: ['unit'], help: 'pagu sub kegiatan yang dipegang satu unit kerja' },
  realisasi_anggaran_unit: { args: ['unit'], help: 'realisasi anggaran satu unit kerja' },
  sisa_anggaran_unit: { args: ['unit'], help: 'sisa anggaran satu unit kerja' },
  penyerapan_unit: { args: ['unit'], help: 'penyerapan anggaran satu unit kerja, persen' },
  capaian_k_unit: { args: ['unit'], help: 'capaian kinerja (K) rata-rata sub kegiatan satu unit kerja' },
  pagu_belanja: { args: ['jenis_belanja'], help: 'anggaran satu jenis (atau kelompok) belanja dari belanja.yaml' },
  realisasi_belanja: { args: ['jenis_belanja'], help: 'realisasi satu jenis (atau kelompok) belanja' },
  penyerapan_belanja: { args: ['jenis_belanja'], help: 'penyerapan satu jenis (atau kelompok) belanja, persen' },
  nilai_komponen_lhe: { args: ['komponen_lhe', 'tahun'], help: 'nilai satu komponen LHE pada tahun itu, mis. {{nilai_komponen_lhe "perencanaan" 2023}}' },
  nilai_akip: { args: ['perangkat_daerah', 'tahun'], help: 'nilai AKIP satu perangkat daerah (nama seperti di evaluasi.yaml) pada tahun itu' },
  predikat_akip_perangkat_daerah: { args: ['perangkat_daerah', 'tahun'], help: 'predikat AKIP satu perangkat daerah pada tahun itu' },
  realisasi_anggaran_triwulan: { args: ['triwulan', 'program'], optional: true, help: 'realisasi anggaran satu triwulan (1–4 atau "I"–"IV"), seluruh instansi atau satu program' },
  penyerapan_triwulan: { args: ['triwulan', 'program'], optional: true, help: 'realisasi anggaran satu triwulan terhadap pagu setahun, persen' },
  target_tahun: { args: ['indikator', 'tahun_riwayat'], help: 'target indikator pada tahun mana pun periode Renstra' },
  realisasi_tahun: { args: ['indikator', 'tahun_riwayat'], help: 'realisasi indikator pada tahun mana pun riwayatnya, mis. {{realisasi_tahun "iku-akip" 2022}}' },
  capaian_tahun: { args: ['indikator', 'tahun_riwayat'], help: 'capaian indikator pada tahun mana pun riwayatnya' },
  ikm_unit: { args: ['unit_survei'], help: 'IKM konversi satu unit layanan survei.yaml' },
  responden_unit: { args: ['unit_survei'], help: 'jumlah responden satu unit layanan survei.yaml' },
  nrr_unsur: { args: ['unsur'], help: 'NRR satu unsur pelayanan, seluruh instansi, tiga desimal' },
  // A position's indicator (jabatan.yaml, cascading), by its id.
  target_jabatan: { args: ['indikator_jabatan'], help: 'target indikator jabatan (target PK Perubahan bila direvisi)' },
  realisasi_jabatan: { args: ['indikator_jabatan'], help: 'realisasi indikator jabatan tahun ini' },
  capaian_jabatan: { args: ['indikator_jabatan'], help: 'capaian indikator jabatan, persen' },
  capaian_jabatan_triwulan: { args: ['indikator_jabatan', 'triwulan'], help: 'capaian indikator jabatan pada satu triwulan (1–4 atau "I"–"IV")' },
};
