// Facts typed by hand that a rule can check (issue 14, labels and missing rules): predikat
// labels against their scale wherever they are written, the agency's own scales, a PK Perubahan
// against the Renstra, a reason bound to the value it explains, the target akhir.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE } from './apply.ts';
import type { BadCase } from './cases.ts';

const ANGGARAN = readFileSync(join(FIXTURE, '2024', 'anggaran.yaml'), 'utf8');

const AKIP = ['            polaritas: naik\n            target:\n              2024: 90', '            polaritas: naik\n            skala_predikat: akip\n            target:\n              2024: 90'] as [string, string];

export const FAKTA: BadCase[] = [
  {
    name: 'realisasi predikat tidak sesuai skala',
    file: '2024/realisasi.yaml',
    edit: ['    nilai: 99', '    nilai: {predikat: A, nilai: 71.2}'],
    also: { file: 'renstra.yaml', edit: AKIP },
    expect: { code: 'aturan/predikat-salah', message: 'predikat A tidak sesuai dengan nilai 71,2 menurut skala akip', line: 3, col: 12, hint: 'tulis {predikat: BB, nilai: 71.2}' },
  },
  {
    name: 'riwayat realisasi predikat tidak sesuai skala',
    file: '2024/realisasi.yaml',
    edit: ['    nilai: 99', '    nilai: 99\n    riwayat:\n      2023: {predikat: BB, nilai: 65}'],
    also: { file: 'renstra.yaml', edit: AKIP },
    expect: { code: 'aturan/predikat-salah', message: 'predikat BB tidak sesuai dengan nilai 65 menurut skala akip', line: 5, col: 13, hint: 'tulis {predikat: B, nilai: 65}' },
  },
  {
    name: 'target PK Perubahan predikat tidak sesuai skala',
    file: '2024/pk.yaml',
    edit: ['  iku-dua: 10', '  iku-dua: 10\nperubahan:\n  alasan: APBD Perubahan.\n  target:\n    iku-satu: {predikat: AA, nilai: 90}\nalasan_beda_renstra:\n  iku-satu: {nilai: {predikat: AA, nilai: 90}, alasan: naik}'],
    also: { file: 'renstra.yaml', edit: AKIP },
    expect: { code: 'aturan/predikat-salah', message: 'predikat AA tidak sesuai dengan nilai 90 menurut skala akip', line: 7, col: 15, hint: 'tulis {predikat: A, nilai: 90}' },
  },
  {
    name: 'target PK Perubahan berbeda dari Renstra tanpa alasan',
    file: '2024/pk.yaml',
    edit: ['  iku-dua: 10', '  iku-dua: 10\nperubahan:\n  alasan: APBD Perubahan menambah anggaran.\n  target:\n    iku-satu: 92'],
    expect: {
      code: 'aturan/pk-perubahan-beda-renstra',
      message: 'target PK Perubahan 2024 untuk `iku-satu` adalah 92, sedangkan target Renstra 2024 adalah 90',
      line: 7,
      col: 15,
      hint: 'catat alasannya: `alasan_beda_renstra: {iku-satu: {nilai: 92, alasan: …}}`, atau samakan dengan Renstra (90)',
      also: { file: 'renstra.yaml', line: 17, col: 21 },
    },
  },
  {
    name: 'alasan beda Renstra ditulis untuk nilai lain',
    file: '2024/pk.yaml',
    edit: { content: 'target:\n  iku-satu: 75\n  iku-dua: 10\nalasan_beda_renstra:\n  iku-satu:\n    nilai: 73\n    alasan: Anggaran layanan dipotong pada APBD.\n' },
    expect: {
      code: 'aturan/alasan-beda-nilai',
      message: 'alasan_beda_renstra untuk `iku-satu` menjelaskan target 73, tetapi target PK 2024 adalah 75',
      line: 6,
      col: 12,
      hint: 'periksa target PK; bila memang 75, tulis alasan untuk nilai itu',
    },
  },
  {
    name: 'alasan beda Renstra tanpa nilai',
    file: '2024/pk.yaml',
    edit: { content: 'target:\n  iku-satu: 75\n  iku-dua: 10\nalasan_beda_renstra:\n  iku-satu: Anggaran layanan dipotong pada APBD.\n' },
    expect: { code: 'skema/tipe', message: 'iku-satu harus kumpulan kunci: nilai: tertulis "Anggaran layanan dipotong pada APBD."', line: 5, col: 13 },
  },
  {
    name: 'alasan beda Renstra yang tidak menjelaskan apa pun',
    file: '2024/pk.yaml',
    edit: ['  iku-dua: 10', '  iku-dua: 10\nalasan_beda_renstra:\n  iku-satu:\n    nilai: 90\n    alasan: Sama saja.'],
    expect: {
      severity: 'peringatan',
      code: 'aturan/alasan-tak-terpakai',
      message: 'alasan_beda_renstra untuk `iku-satu` tidak menjelaskan apa pun: target PK-nya sama dengan Renstra',
      line: 5,
      col: 3,
      hint: 'hapus alasan ini, atau perbaiki nilainya bila target PK memang berbeda',
    },
  },
  {
    name: 'target akhir berbeda dari target tahun terakhir',
    file: 'renstra.yaml',
    edit: ['              2026: 95', '              2026: 95\n            target_akhir: 97'],
    expect: {
      code: 'aturan/target-akhir',
      message: 'target akhir `iku-satu` adalah 97, sedangkan target tahun terakhir Renstra (2026) adalah 95',
      line: 19,
      col: 27,
      hint: 'samakan keduanya; target akhir periode adalah target tahun 2026',
      also: { file: 'renstra.yaml', line: 18, col: 21 },
    },
  },
  {
    name: 'skala dengan dua pita berlabel sama',
    file: 'skala.yaml',
    edit: { content: 'capaian:\n  - minimal: 100\n    kategori: Berhasil\n  - minimal: 70\n    kategori: Berhasil\n  - kategori: Tidak Berhasil\n' },
    expect: { code: 'aturan/skala-label-ganda', message: 'skala capaian: label Berhasil dipakai dua pita (pita 1 dan 2)', line: 5, col: 15, hint: 'beri setiap pita label sendiri, atau gabungkan kedua pita itu', also: { file: 'skala.yaml', line: 2, col: 5 } },
  },
  {
    name: 'skala dengan pita tak terurut',
    file: 'skala.yaml',
    edit: { content: 'capaian:\n  - minimal: 70\n    kategori: Cukup\n  - minimal: 100\n    kategori: Berhasil\n  - kategori: Kurang\n' },
    expect: { code: 'aturan/skala-urutan', message: 'skala capaian: pita Berhasil (minimal 100) tidak pernah terpakai di bawah pita Cukup (minimal 70)', line: 4, col: 5, hint: 'tulis pita dari batas tertinggi ke terendah, setiap batas lebih rendah dari pita di atasnya' },
  },
  {
    name: 'skala dengan celah di bawah',
    file: 'skala.yaml',
    edit: { content: 'capaian:\n  - minimal: 100\n    kategori: Berhasil\n  - minimal: 70\n    kategori: Cukup Berhasil\n' },
    expect: { code: 'aturan/skala-celah', message: 'skala capaian: nilai di bawah 70 tidak masuk pita mana pun', line: 4, col: 5, hint: 'tambahkan pita terakhir tanpa `minimal` atau `lebih_dari` untuk nilai terendah' },
  },
  {
    name: 'skala dengan batas sama yang menutupi pita',
    file: 'skala.yaml',
    edit: { content: 'akip:\n  - minimal: 70\n    kode: BB\n    kategori: Sangat Baik\n  - lebih_dari: 70\n    kode: B\n    kategori: Baik\n  - kode: C\n    kategori: Kurang\n' },
    expect: { code: 'aturan/skala-urutan', message: 'skala akip: pita B (lebih_dari 70) tidak pernah terpakai di bawah pita BB (minimal 70)', line: 5, col: 5, hint: 'tulis pita dari batas tertinggi ke terendah, setiap batas lebih rendah dari pita di atasnya' },
  },
  {
    name: 'satu orang dengan dua NIP',
    file: 'instansi.yaml',
    edit: ['  jabatan: Bupati Uji\n', '  jabatan: Bupati Uji\nbagan:\n  penetap:\n    nama: SITI  AMINAH\n    jabatan: Kepala Dinas\n    nip: "197503152000032002"\n'],
    expect: {
      code: 'aturan/nip-ganda',
      message: 'SITI  AMINAH tertulis dengan dua NIP: 197503152000032001 dan 197503152000032002',
      line: 18,
      col: 10,
      hint: 'satu orang satu NIP: salin NIP yang benar dari SK ke kedua tempat',
      also: { file: 'instansi.yaml', line: 10, col: 8 },
    },
  },
  {
    name: 'kode sub kegiatan di bawah kegiatan lain',
    file: '2024/anggaran.yaml',
    edit: { content: ANGGARAN.replace('        nama: Kegiatan Satu\n', '        kode: 1.01.01.2.01\n        nama: Kegiatan Satu\n').replace('            nama: Sub Kegiatan Satu\n', '            kode: 1.01.01.2.02.0001\n            nama: Sub Kegiatan Satu\n') },
    expect: {
      code: 'aturan/kode-sub-kegiatan',
      message: 'kode sub kegiatan 1.01.01.2.02.0001 tidak berada di bawah kode kegiatan 1.01.01.2.01',
      line: 9,
      col: 19,
      hint: 'kode sub kegiatan diawali kode kegiatannya, misalnya 1.01.01.2.01.0001; periksa juga bahwa sub kegiatan ini ditulis di bawah kegiatan yang benar',
      also: { file: '2024/anggaran.yaml', line: 5, col: 15 },
    },
  },
  {
    name: 'keluaran nol padahal anggaran terserap',
    file: '2024/anggaran.yaml',
    edit: { content: ANGGARAN.replaceAll('k: 3', 'k: 0') },
    expect: {
      severity: 'peringatan',
      code: 'aturan/keluaran-nol',
      message: 'realisasi keluaran `sub-satu` 0 Dokumen, padahal anggarannya terserap 900.000 rupiah',
      line: 17,
      col: 15,
      hint: 'periksa realisasi K: belanja tanpa keluaran perlu dijelaskan di `keterangan` atau `hambatan`',
    },
  },
  {
    name: 'Tahun Anggaran lain di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: ['{{capaian_rata_rata}}.', '{{capaian_rata_rata}}.\n\nRealisasi Tahun Anggaran 2022 dilaporkan lengkap.'],
    expect: { code: 'teks/tahun-anggaran', message: '"Tahun Anggaran 2022" di narasi laporan tahun 2024', line: 3, col: 26, hint: 'tulis Tahun Anggaran {{tahun}}; untuk membandingkan dengan tahun lain, tulis "tahun 2023" tanpa "Anggaran"' },
  },
  {
    name: 'tahun asing di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: ['{{capaian_rata_rata}}.', '{{capaian_rata_rata}}.\n\nSejak tahun 2019 layanan dibuka setiap hari.'],
    expect: {
      severity: 'peringatan',
      code: 'teks/tahun-asing',
      message: 'tahun 2019 di narasi tidak termasuk tahun laporan (2024), tahun sebelumnya, periode Renstra 2022–2026, atau tahun yang ada di data',
      line: 3,
      col: 13,
      hint: 'periksa tahunnya: sering tertinggal dari laporan lain; tahun laporan ditulis {{tahun}}',
    },
  },
  {
    name: 'LKjIP ditandatangani sebelum tahunnya berakhir',
    file: '2024/dokumen.yaml',
    edit: ['tanggal: 2025-02-28', 'tanggal: 2024-02-28'],
    expect: { code: 'aturan/tanggal-dokumen', message: 'LKjIP 2024 bertanggal 2024-02-28: laporan tahun 2024 ditandatangani pada tahun 2025, setelah tahunnya berakhir', line: 2, col: 12, hint: 'tulis tanggal penandatanganan tahun 2025, misalnya 2025-02-28' },
  },
  {
    name: 'LKjIP melewati batas penyampaian',
    file: '2024/dokumen.yaml',
    edit: ['tanggal: 2025-02-28', 'tanggal: 2025-05-10'],
    expect: { severity: 'peringatan', code: 'aturan/tanggal-lkjip-terlambat', message: 'LKjIP 2024 bertanggal 2025-05-10: melewati batas penyampaian 31 Maret 2025 (tiga bulan setelah tahun anggaran berakhir)', line: 2, col: 12, hint: 'periksa tanggalnya; bila memang terlambat, biarkan' },
  },
  {
    name: 'Perjanjian Kinerja bertanggal tahun lalu',
    file: '2024/pk.yaml',
    edit: ['target:', 'tanggal: 2023-06-01\ntarget:'],
    expect: { code: 'aturan/tanggal-dokumen', message: 'Perjanjian Kinerja 2024 bertanggal 2023-06-01: Perjanjian Kinerja tahun 2024 ditandatangani di awal tahun itu (paling awal Desember 2023)', line: 1, col: 10, hint: 'tulis tanggal tahun 2024, misalnya 2024-01-15' },
  },
];
