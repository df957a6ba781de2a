// Bad inputs an author can write, each with the exact message and place `kinerja check` must give.
// Every case edits one file of the valid fixture `test/fixtures/minimal`.

/** An edit of another file of the fixture: a replacement, a symlink, or a new file's content. */
export interface AlsoEdit {
  file: string;
  edit: [string, string] | { symlink: string } | { content: string };
}

export interface BadCase {
  name: string;
  file: string;
  /** [find, replace] applied once to the file's text; or the whole new content. */
  edit: [string, string] | { content: string | Uint8Array } | { remove: true } | { symlink: string };
  /** Further edits, where one mistake must be made in several files to stay otherwise consistent. */
  also?: AlsoEdit | AlsoEdit[];
  expect: { severity?: 'galat' | 'peringatan'; code: string; message: string; line: number; col: number; hint?: string; also?: { file: string; line: number; col: number } };
}

export const CASES: BadCase[] = [
  {
    name: 'pagu ditulis dengan titik ribuan',
    file: '2024/anggaran.yaml',
    edit: ['pagu: 1000000', 'pagu: 1.000.000'],
    expect: { code: 'skema/angka-indonesia', message: 'pagu harus angka bulat rupiah: tertulis "1.000.000", tulis 1000000', line: 15, col: 19 },
  },
  {
    name: 'realisasi ditulis dengan koma desimal',
    file: '2024/realisasi.yaml',
    edit: ['nilai: 99', 'nilai: 99,5'],
    expect: { code: 'skema/nilai', message: 'nilai harus angka, atau predikat dengan angka: tertulis "99,5"', line: 3, col: 12, hint: 'tulis 99.5' },
  },
  {
    name: 'target predikat ditulis sebagai teks',
    file: '2024/pk.yaml',
    edit: ['iku-satu: 90', 'iku-satu: BB (71)'],
    expect: { code: 'skema/nilai', message: 'iku-satu harus angka, atau predikat dengan angka: tertulis "BB (71)"', line: 2, col: 13, hint: 'tulis {predikat: BB, nilai: 71}' },
  },
  {
    name: 'kunci salah ketik',
    file: 'renstra.yaml',
    edit: ['polaritas: turun', 'polaritsa: turun'],
    expect: { code: 'skema/kunci-tak-dikenal', message: 'kunci `polaritsa` tidak dikenal', line: 22, col: 13, hint: 'maksud Anda `polaritas`?' },
  },
  {
    name: 'kunci wajib tidak ada',
    file: 'instansi.yaml',
    edit: ['tempat: Kota Uji\n', ''],
    expect: { code: 'skema/wajib', message: 'kunci `tempat` wajib ada', line: 1, col: 1, hint: 'tambahkan baris `tempat: …`' },
  },
  {
    name: 'polaritas bukan pilihan',
    file: 'renstra.yaml',
    edit: ['polaritas: turun', 'polaritas: turunn'],
    expect: { code: 'skema/pilihan', message: 'polaritas harus salah satu dari: naik, turun (tertulis "turunn")', line: 22, col: 24, hint: 'maksud Anda `turun`?' },
  },
  {
    name: 'kunci ganda',
    file: 'instansi.yaml',
    edit: ['tempat: Kota Uji', 'tempat: Kota Uji\ntempat: Kota Lain'],
    expect: { code: 'yaml/duplicate_key', message: 'kunci "tempat" ditulis dua kali dalam satu bagian', line: 5, col: 1 },
  },
  {
    name: 'indentasi dengan tab',
    file: '2024/pk.yaml',
    edit: ['  iku-dua: 10', '\tiku-dua: 10'],
    expect: { code: 'yaml/tab_as_indent', message: 'indentasi memakai karakter tab', line: 3, col: 1, hint: 'ganti tab dengan spasi (2 spasi per tingkat)' },
  },
  {
    name: 'berkas bukan UTF-8',
    file: '2024/pk.yaml',
    edit: { content: Buffer.concat([Buffer.from('target:\n  iku-satu: 90 # '), Buffer.from([0xe9]), Buffer.from('\n')]) },
    expect: { code: 'berkas/bukan-utf8', message: 'berkas bukan UTF-8: byte 0xe9 tidak dapat dibaca', line: 2, col: 18 },
  },
  {
    name: 'pengenal program menggantung',
    file: '2024/anggaran.yaml',
    edit: ['  - id: prog-satu', '  - id: prog-saty'],
    expect: { code: 'aturan/id-menggantung', message: 'program `prog-saty` tidak ada', line: 2, col: 9, hint: 'maksud Anda `prog-satu`?' },
  },
  {
    name: 'penanggung jawab menggantung',
    file: '2024/anggaran.yaml',
    edit: ['penanggung_jawab: sekretariat', 'penanggung_jawab: sekretaria'],
    expect: { code: 'aturan/id-menggantung', message: 'unit kerja `sekretaria` tidak ada', line: 9, col: 31, hint: 'maksud Anda `sekretariat`?' },
  },
  {
    name: 'pengenal ganda',
    file: 'renstra.yaml',
    edit: ['- id: iku-dua', '- id: iku-satu'],
    expect: { code: 'aturan/id-ganda', message: 'pengenal `iku-satu` dipakai dua kali untuk unsur Renstra', line: 19, col: 17 },
  },
  {
    name: 'target PK berbeda dari Renstra',
    file: '2024/pk.yaml',
    edit: ['iku-satu: 90', 'iku-satu: 92'],
    expect: { code: 'aturan/pk-beda-renstra', message: 'target PK 2024 untuk `iku-satu` adalah 92, sedangkan target Renstra 2024 adalah 90', line: 2, col: 13, also: { file: 'renstra.yaml', line: 17, col: 21 } },
  },
  {
    name: 'realisasi indikator yang tidak ada',
    file: '2024/realisasi.yaml',
    edit: ['  iku-dua:', '  iku-tiga:'],
    expect: { code: 'aturan/id-menggantung', message: 'indikator `iku-tiga` tidak ada', line: 4, col: 3 },
  },
  {
    name: 'total belanja tidak sama dengan pagu sub kegiatan',
    file: '2024/belanja.yaml',
    edit: ['anggaran: 1000000', 'anggaran: 1100000'],
    expect: { code: 'aturan/total-anggaran', message: 'anggaran belanja per jenis berjumlah Rp 1.100.000, sedangkan pagu semua sub kegiatan berjumlah Rp 1.000.000 (selisih Rp 100.000)', line: 2, col: 3, also: { file: '2024/anggaran.yaml', line: 2, col: 3 } },
  },
  {
    name: 'realisasi melebihi pagu (peringatan)',
    file: '2024/anggaran.yaml',
    edit: ['rp: 200000\n              tw2', 'rp: 900000\n              tw2'],
    also: { file: '2024/belanja.yaml', edit: ['realisasi: 900000', 'realisasi: 1600000'] },
    expect: { severity: 'peringatan', code: 'aturan/realisasi-melebihi-pagu', message: 'realisasi Rp 1.600.000 melebihi pagu Rp 1.000.000 (sub kegiatan `sub-satu`)', line: 16, col: 13 },
  },
  {
    name: 'target triwulan tidak menjumlah ke target tahunan',
    file: '2024/anggaran.yaml',
    edit: ['            realisasi:', '            rencana:\n              tw1:\n                k: 3\n              tw2:\n                k: 3\n              tw3:\n                k: 3\n              tw4:\n                k: 2\n            realisasi:'],
    expect: { code: 'aturan/target-triwulan', message: 'target triwulan 3 + 3 + 3 + 2 = 11, tidak sama dengan target tahunan 12', line: 16, col: 13, also: { file: '2024/anggaran.yaml', line: 13, col: 15 } },
  },
  {
    name: 'tahun target di luar periode Renstra',
    file: 'renstra.yaml',
    edit: ['              2026: 95', '              2027: 95'],
    expect: { code: 'aturan/tahun-di-luar-periode', message: 'target tahun 2027 di luar periode Renstra 2022–2026', line: 18, col: 15 },
  },
  {
    name: 'tanggal yang tidak ada',
    file: '2024/dokumen.yaml',
    edit: ['tanggal: 2025-02-28', 'tanggal: 2025-02-30'],
    expect: { code: 'skema/tanggal', message: 'tanggal bukan tanggal yang ada: tertulis "2025-02-30"', line: 2, col: 12 },
  },
  {
    name: 'tanggal ditulis cara Indonesia',
    file: '2024/dokumen.yaml',
    edit: ['tanggal: 2025-02-28', 'tanggal: 28 Februari 2025'],
    expect: { code: 'skema/tanggal', message: 'tanggal bukan tanggal yang ada: tertulis "28 Februari 2025"', line: 2, col: 12, hint: 'tulis 2025-02-28' },
  },
  {
    name: 'NIP dengan spasi',
    file: 'instansi.yaml',
    edit: ['nip: "197503152000032001"', 'nip: "19750315 200003 2 001"'],
    expect: { code: 'skema/nip', message: 'NIP harus 18 angka tanpa spasi: tertulis "19750315 200003 2 001"', line: 10, col: 8, hint: 'tulis "197503152000032001"' },
  },
  {
    name: 'NIP dengan tanggal lahir yang tidak ada',
    file: 'instansi.yaml',
    edit: ['nip: "197503152000032001"', 'nip: "197502302000032001"'],
    expect: { code: 'aturan/nip', message: 'NIP SITI AMINAH tidak sah: 8 angka pertama (19750230) bukan tanggal lahir yang ada', line: 10, col: 8 },
  },
  {
    name: 'predikat tidak sesuai skala',
    file: 'renstra.yaml',
    edit: ['            polaritas: naik\n            target:\n              2024: 90', '            polaritas: naik\n            skala_predikat: akip\n            target:\n              2024:\n                predikat: A\n                nilai: 75'],
    expect: { code: 'aturan/predikat-salah', message: 'predikat A tidak sesuai dengan nilai 75 menurut skala akip', line: 19, col: 17, hint: 'tulis {predikat: BB, nilai: 75}' },
  },
  {
    name: 'narasi memanggil indikator yang tidak ada',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: 'Baris pertama.\n\nCapaian {{capaian "iku-satoe"}} tercatat.\n' },
    expect: { code: 'aturan/id-menggantung', message: 'indikator `iku-satoe` tidak ada (dipanggil oleh `capaian`)', line: 3, col: 9, hint: 'maksud Anda `iku-satu`?' },
  },
  {
    name: 'narasi memuat HTML',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: 'Teks biasa.\nLalu <script>alert(1)</script> di sini.\n' },
    expect: { code: 'narasi/html', message: 'HTML mentah tidak diizinkan di narasi: <script>', line: 2, col: 6 },
  },
  {
    name: 'narasi memakai blok Handlebars',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: '{{#each iku}}x{{/each}}\n' },
    expect: { code: 'narasi/blok', message: 'narasi hanya boleh memanggil angka ({{nama "pengenal"}}), bukan blok, partial atau perintah templat', line: 1, col: 1 },
  },
  {
    name: 'berkas wajib tidak ada',
    file: 'renstra.yaml',
    edit: { remove: true },
    expect: { code: 'berkas/wajib', message: 'berkas renstra.yaml tidak ada', line: 1, col: 1 },
  },
  {
    name: 'logo yang tidak ada',
    file: 'instansi.yaml',
    edit: ['tempat: Kota Uji', 'tempat: Kota Uji\nlogo: lambang.png'],
    expect: { code: 'aturan/logo', message: 'berkas logo "lambang.png" tidak ada di', line: 5, col: 7 },
  },
  {
    name: 'pagu negatif',
    file: '2024/anggaran.yaml',
    edit: ['pagu: 1000000', 'pagu: -5'],
    expect: { code: 'skema/minimum', message: 'pagu tidak boleh kurang dari 0: tertulis "-5"', line: 15, col: 19 },
  },
  {
    name: 'berkas diawali BOM (peringatan)',
    file: '2024/pk.yaml',
    edit: { content: '\uFEFFtarget:\n  iku-satu: 90\n  iku-dua: 10\n' },
    expect: { severity: 'peringatan', code: 'berkas/bom', message: 'berkas diawali tanda BOM', line: 1, col: 1, hint: 'simpan sebagai "UTF-8" tanpa BOM' },
  },
  {
    name: 'akhir baris CRLF tetap menunjuk baris yang benar',
    file: '2024/pk.yaml',
    edit: { content: 'target:\r\n  iku-satu: 90\r\n  iku-dua: 10,5\r\n' },
    expect: { code: 'skema/nilai', message: 'iku-dua harus angka, atau predikat dengan angka: tertulis "10,5"', line: 3, col: 12, hint: 'tulis 10.5' },
  },
  {
    name: 'angka di luar jangkauan bilangan bulat yang tepat',
    file: '2024/anggaran.yaml',
    edit: ['pagu: 1000000', 'pagu: 9007199254740993'],
    expect: { code: 'skema/maksimum', message: 'pagu tidak boleh lebih dari 9007199254740991: tertulis "9007199254740993"', line: 15, col: 19 },
  },
  {
    name: 'target 0 dengan anggaran (peringatan)',
    file: '2024/anggaran.yaml',
    edit: ['target: 12', 'target: 0'],
    also: { file: '2024/belanja.yaml', edit: ['anggaran: 1000000', 'anggaran: 1000000'] },
    expect: { severity: 'peringatan', code: 'aturan/target-nol', message: 'target kinerja 0 tetapi pagu Rp 1.000.000 (sub kegiatan `sub-satu`)', line: 13, col: 15 },
  },
  {
    name: 'folder tahun di luar periode Renstra',
    file: '2030/dokumen.yaml',
    edit: { content: 'lkjip:\n  tanggal: 2031-02-28\n' },
    expect: { code: 'aturan/tahun-di-luar-periode', message: 'folder tahun 2030 di luar periode Renstra 2022–2026', line: 1, col: 1 },
  },
  {
    name: 'ukuran kertas yang tidak dikenal',
    file: '2024/dokumen.yaml',
    edit: ['kertas: A4', 'kertas: A3'],
    expect: { code: 'skema/pilihan', message: 'kertas harus salah satu dari: A4, F4 (tertulis "A3")', line: 3, col: 11 },
  },
  {
    name: 'tautan simbolik ke luar folder data',
    file: 'skala.yaml',
    edit: { symlink: 'test/fixtures/minimal/renstra.yaml' },
    expect: { code: 'berkas/di-luar-folder', message: 'berkas menunjuk ke luar folder data (test/fixtures/minimal/renstra.yaml)', line: 1, col: 1 },
  },
  {
    name: 'gambar logo di luar folder instansi',
    file: 'instansi.yaml',
    edit: ['tempat: Kota Uji', 'tempat: Kota Uji\nlogo: logo.png'],
    also: { file: 'logo.png', edit: { symlink: 'test/fixtures/minimal/instansi.yaml' } },
    expect: { code: 'aturan/logo', message: 'logo "logo.png" berada di luar folder instansi', line: 5, col: 7 },
  },
  {
    name: 'HTML di nama instansi (peringatan, dicetak apa adanya)',
    file: 'instansi.yaml',
    edit: ['nama: Dinas Contoh Kabupaten Uji', 'nama: Dinas <b>Contoh</b> Kabupaten Uji'],
    expect: { severity: 'peringatan', code: 'teks/html', message: 'teks memuat tanda HTML <b>; dicetak apa adanya, bukan sebagai format', line: 2, col: 7 },
  },
  {
    name: 'kurung kurawal tiga di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: 'Capaian {{{capaian_rata_rata}}}.\n' },
    expect: { code: 'narasi/tanpa-escape', message: 'kurung kurawal tiga {{{ … }}} tidak diizinkan di narasi', line: 1, col: 9 },
  },
  {
    name: 'pemanggil angka yang tidak dikenal di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: 'Capaian {{capaian_ratarata}}.\n' },
    expect: { code: 'narasi/pemanggil', message: 'pemanggil angka `capaian_ratarata` tidak dikenal', line: 1, col: 9, hint: 'maksud Anda `capaian_rata_rata`?' },
  },
  {
    name: 'pemanggil angka tanpa argumennya',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: 'Capaian {{capaian}}.\n' },
    expect: { code: 'narasi/argumen', message: '`capaian` memerlukan indikator', line: 1, col: 9, hint: 'mis. {{capaian "iku-akip"}}' },
  },
  {
    name: 'program menunjuk sasaran yang tidak ada',
    file: 'renstra.yaml',
    edit: ['    sasaran: sasaran-satu', '    sasaran: sasaran-dua'],
    expect: { code: 'aturan/id-menggantung', message: 'sasaran `sasaran-dua` tidak ada', line: 28, col: 14, hint: 'pengenal yang ada: sasaran-satu' },
  },
  {
    name: 'skala predikat yang tidak ada',
    file: 'renstra.yaml',
    edit: ['            polaritas: turun', '            polaritas: turun\n            skala_predikat: akp'],
    expect: { code: 'aturan/id-menggantung', message: 'skala `akp` tidak ada', line: 23, col: 29, hint: 'maksud Anda `akip`?' },
  },
  {
    name: 'pengenal unit kerja ganda',
    file: 'instansi.yaml',
    edit: ['  - id: bidang-satu', '  - id: sekretariat'],
    expect: { code: 'aturan/id-ganda', message: 'pengenal `sekretariat` dipakai dua kali untuk unit kerja', line: 17, col: 9 },
  },
  {
    name: 'target predikat pada indikator tanpa skala',
    file: '2024/pk.yaml',
    edit: ['iku-satu: 90', 'iku-satu:\n    predikat: BB\n    nilai: 90'],
    expect: { code: 'aturan/predikat-tanpa-skala', message: 'indikator `iku-satu` memakai predikat tetapi tidak menyebut skala', line: 3, col: 5 },
  },
  {
    name: 'kinerja setahun ditulis bersama keempat triwulan',
    file: '2024/anggaran.yaml',
    edit: ['            realisasi:\n', '            realisasi:\n              k: 12\n'],
    expect: { code: 'aturan/triwulan-ganda', message: '`realisasi.k` setahun ditulis bersama `k` keempat triwulan', line: 17, col: 15 },
  },
  {
    name: 'berkas tahunan yang tidak dikenal (peringatan)',
    file: '2024/realisasii.yaml',
    edit: { content: 'indikator: {}\n' },
    expect: { severity: 'peringatan', code: 'berkas/tak-dikenal', message: 'berkas realisasii.yaml tidak dikenal dan tidak dibaca', line: 1, col: 1 },
  },
  {
    name: 'golongan ditulis salah',
    file: 'instansi.yaml',
    edit: ['  pangkat: Pembina Tingkat I', '  pangkat: Pembina Tingkat I\n  golongan: 4/b'],
    expect: { code: 'skema/pola', message: 'golongan tidak sesuai bentuk yang diminta: tertulis "4/b"', line: 10, col: 13 },
  },
  {
    name: 'pengenal dengan huruf besar dan spasi',
    file: '2024/anggaran.yaml',
    edit: ['      - id: keg-satu', '      - id: Kegiatan Satu'],
    expect: { code: 'skema/pengenal', message: 'pengenal hanya boleh huruf kecil, angka dan tanda hubung: tertulis "Kegiatan Satu"', line: 4, col: 13, hint: 'tulis kegiatan-satu' },
  },
  {
    name: 'periode Renstra terbalik',
    file: 'renstra.yaml',
    edit: ['  awal: 2022\n  akhir: 2026', '  awal: 2026\n  akhir: 2022'],
    expect: { code: 'aturan/periode', message: 'periode Renstra berakhir (2022) sebelum dimulai (2026)', line: 4, col: 10 },
  },
  {
    name: 'daftar sub kegiatan kosong',
    file: '2024/anggaran.yaml',
    edit: { content: 'program:\n  - id: prog-satu\n    kegiatan:\n      - id: keg-satu\n        nama: Kegiatan Satu\n        sub_kegiatan: []\n' },
    expect: { code: 'skema/daftar-kosong', message: 'daftar `sub_kegiatan` tidak boleh kosong', line: 6, col: 23 },
  },
  {
    name: 'teks di tempat daftar',
    file: 'instansi.yaml',
    edit: ['unit_kerja:', 'fungsi: menyelenggarakan urusan\nunit_kerja:'],
    expect: { code: 'skema/tipe', message: 'fungsi harus daftar (baris-baris diawali "- "): tertulis "menyelenggarakan urusan"', line: 14, col: 9 },
  },
  {
    name: 'realisasi ditulis sekaligus dihitung',
    file: '2024/realisasi.yaml',
    edit: ['    dari: capaian-kegiatan', '    dari: capaian-kegiatan\n    nilai: 100'],
    expect: { code: 'skema/pilih-satu', message: 'tulis salah satu saja: `nilai` atau `dari`', line: 7, col: 5 },
  },
  {
    name: 'instansi.yaml tidak ada',
    file: 'instansi.yaml',
    edit: { remove: true },
    expect: { code: 'berkas/wajib', message: 'berkas instansi.yaml tidak ada', line: 1, col: 1 },
  },
];
