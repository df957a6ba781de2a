// Hostile and faulty inputs for the load and validate stages (issue 11, deliverable 7): control
// and bidi characters, YAML directives, numbers in other notations, anchors, aliases and tags,
// nesting that would exhaust a parser, and files that are not what their name says. Each has
// its exact message and place; the harness (bad-inputs.test.ts) also builds each one and
// checks the build refuses and touches nothing. Cases that need more than an edit of the
// fixture (a FIFO, permissions, a logo's bytes) are in hostile-load.test.ts.
import type { BadCase } from './cases.ts';

const KENDALI = 'hapus karakter tak terlihat ini (biasanya terbawa saat menyalin dari terminal, PDF atau pengolah kata); ketik ulang teks di sekitarnya bila perlu';
const PENGARAH = 'hapus karakter ini: ia membalik urutan tampilan teks, sehingga yang terbaca berbeda dari yang tertulis';
const ESCAPE = 'hapus escape ini: teks di data ditulis apa adanya, tanpa karakter tak terlihat';

const hidden = (name: string) => `${name} tidak boleh ada di berkas data`;

/** Lines nested `depth` deep by indentation, `- a` list items (Markdown) or `a:` keys (YAML). */
const indented = (depth: number, item: string) => Array.from({ length: depth }, (_, i) => ' '.repeat(2 * i) + item).join('\n') + '\n';

export const HOSTILE_LOAD: BadCase[] = [
  // ── control characters, raw, in every kind of place ──────────────────────────────────────
  {
    name: 'ESC yang menghapus baris di nama instansi',
    file: 'instansi.yaml',
    edit: ['nama: Dinas Contoh', 'nama: Dinas \x1b[2K\x1b[1GContoh'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+001B (ESC)'), line: 2, col: 13, hint: KENDALI },
  },
  {
    name: 'NUL di nama kepala',
    file: 'instansi.yaml',
    edit: ['  nama: SITI AMINAH', '  nama: SITI\x00 AMINAH'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+0000 (NUL)'), line: 6, col: 13 },
  },
  {
    name: 'BEL di jabatan atasan',
    file: 'instansi.yaml',
    edit: ['  jabatan: Bupati Uji', '  jabatan: Bupati\x07 Uji'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+0007 (BEL)'), line: 13, col: 18 },
  },
  {
    name: 'BS yang menimpa huruf di tempat',
    file: 'instansi.yaml',
    edit: ['tempat: Kota Uji', 'tempat: Kota X\x08Uji'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+0008 (BS)'), line: 4, col: 15 },
  },
  {
    name: 'VT di nama unit kerja',
    file: 'instansi.yaml',
    edit: ['    nama: Sekretariat', '    nama: Sekre\x0btariat'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+000B (VT)'), line: 16, col: 16 },
  },
  {
    name: 'FF (pindah halaman) di uraian tujuan',
    file: 'renstra.yaml',
    edit: ['    uraian: Tujuan pertama', '    uraian: Tujuan\x0c pertama'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+000C (FF)'), line: 7, col: 19 },
  },
  {
    name: 'DEL di dalam kunci',
    file: '2024/pk.yaml',
    edit: ['  iku-satu: 90', '  iku-satu\x7f: 90'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+007F (DEL)'), line: 2, col: 11 },
  },
  {
    name: 'CSI (C1) di komentar',
    file: '2024/realisasi.yaml',
    edit: ['    nilai: 99', '    nilai: 99 # \u009b2J'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+009B (CSI)'), line: 3, col: 17 },
  },
  {
    name: 'NEL (C1) di nama sub kegiatan',
    file: '2024/anggaran.yaml',
    edit: ['nama: Sub Kegiatan Satu', 'nama: Sub\u0085Kegiatan Satu'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+0085 (NEL)'), line: 8, col: 22 },
  },
  {
    name: 'SUB (Ctrl-Z akhir berkas DOS) di akhir berkas',
    file: '2024/belanja.yaml',
    edit: ['realisasi: 900000\n', 'realisasi: 900000\n\x1a'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+001A (SUB)'), line: 9, col: 1 },
  },
  {
    name: 'urutan ESC penyembunyi teks di depan kunci',
    file: '2024/dokumen.yaml',
    edit: ['  kertas: A4', '  \x1b[8mkertas: A4'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+001B (ESC)'), line: 3, col: 3 },
  },
  {
    name: 'US di pengenal unit kerja',
    file: 'instansi.yaml',
    edit: ['  - id: bidang-satu', '  - id: bidang\x1fsatu'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+001F (US)'), line: 17, col: 15 },
  },
  {
    name: 'SOH di satuan indikator',
    file: 'renstra.yaml',
    edit: ['satuan: Aduan', 'satuan: Adu\x01an'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+0001 (SOH)'), line: 21, col: 24 },
  },
  {
    name: 'PAD (C1 pertama) di nama program',
    file: 'renstra.yaml',
    edit: ['    nama: Program Satu', '    nama: Program\u0080 Satu'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+0080 (PAD)'), line: 27, col: 18 },
  },
  {
    name: 'APC (C1 terakhir) di nama kegiatan',
    file: '2024/anggaran.yaml',
    edit: ['nama: Kegiatan Satu', 'nama: Kegiatan Satu\u009f'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+009F (APC)'), line: 5, col: 28 },
  },
  {
    name: 'pemisah baris Unicode di uraian indikator',
    file: 'renstra.yaml',
    edit: ['uraian: Jumlah aduan', 'uraian: Jumlah\u2028aduan'],
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter pemisah U+2028 (LSEP)'), line: 20, col: 27 },
  },
  // ── bidi overrides and isolates ("Trojan Source") ───────────────────────────────────────
  {
    name: 'RLO membalik nama penanda tangan',
    file: 'instansi.yaml',
    edit: ['  nama: SITI AMINAH', '  nama: SITI \u202eHANIMA'],
    expect: { code: 'teks/pengarah-teks', message: hidden('karakter pengarah teks U+202E (RLO)'), line: 6, col: 14, hint: PENGARAH },
  },
  {
    name: 'LRO di nama atasan',
    file: 'instansi.yaml',
    edit: ['  nama: BUDI SANTOSO', '  nama: BUDI\u202d SANTOSO'],
    expect: { code: 'teks/pengarah-teks', message: hidden('karakter pengarah teks U+202D (LRO)'), line: 12, col: 13 },
  },
  {
    name: 'RLE di uraian indikator',
    file: 'renstra.yaml',
    edit: ['uraian: Persentase layanan tuntas', 'uraian: Persentase \u202blayanan tuntas'],
    expect: { code: 'teks/pengarah-teks', message: hidden('karakter pengarah teks U+202B (RLE)'), line: 13, col: 32 },
  },
  {
    name: 'LRE di tempat',
    file: 'instansi.yaml',
    edit: ['tempat: Kota Uji', 'tempat: Kota\u202a Uji'],
    expect: { code: 'teks/pengarah-teks', message: hidden('karakter pengarah teks U+202A (LRE)'), line: 4, col: 13 },
  },
  {
    name: 'PDF (pengarah) di pemerintah daerah',
    file: 'instansi.yaml',
    edit: ['pemerintah_daerah: Kabupaten Uji', 'pemerintah_daerah: Kabupaten\u202c Uji'],
    expect: { code: 'teks/pengarah-teks', message: hidden('karakter pengarah teks U+202C (PDF)'), line: 3, col: 29 },
  },
  {
    name: 'LRI di penanggung jawab',
    file: '2024/anggaran.yaml',
    edit: ['penanggung_jawab: sekretariat', 'penanggung_jawab: sekretariat\u2066'],
    expect: { code: 'teks/pengarah-teks', message: hidden('karakter pengarah teks U+2066 (LRI)'), line: 9, col: 42 },
  },
  {
    name: 'PDI di komentar setelah NIP',
    file: 'instansi.yaml',
    edit: ['  nip: "197503152000032001"', '  nip: "197503152000032001" # \u2069'],
    expect: { code: 'teks/pengarah-teks', message: hidden('karakter pengarah teks U+2069 (PDI)'), line: 10, col: 31 },
  },
  {
    name: 'FSI di uraian kegiatan anggaran',
    file: '2024/anggaran.yaml',
    edit: ['uraian: Jumlah dokumen', 'uraian: \u2068Jumlah dokumen'],
    expect: { code: 'teks/pengarah-teks', message: hidden('karakter pengarah teks U+2068 (FSI)'), line: 11, col: 23 },
  },
  {
    name: 'tanda arah RLM di nama (peringatan)',
    file: 'instansi.yaml',
    edit: ['nama: Dinas Contoh', 'nama: Dinas\u200f Contoh'],
    expect: { severity: 'peringatan', code: 'teks/tanda-arah', message: hidden('tanda arah teks U+200F (RLM)'), line: 2, col: 12 },
  },
  // ── in narrative Markdown ───────────────────────────────────────────────────────────────
  {
    name: 'ESC pewarna terminal di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: 'Baris pertama.\nCapaian \x1b[32mOK\x1b[0m tercatat.\n' },
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+001B (ESC)'), line: 2, col: 9 },
  },
  {
    name: 'NUL di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: 'Capaian\x00 {{capaian_rata_rata}}.\n' },
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+0000 (NUL)'), line: 1, col: 8 },
  },
  {
    name: 'RLO di sekitar pemanggil angka di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: 'Paragraf satu.\n\nCapaian \u202e{{capaian "iku-satu"}}\u202c tercatat.\n' },
    expect: { code: 'teks/pengarah-teks', message: hidden('karakter pengarah teks U+202E (RLO)'), line: 3, col: 9 },
  },
  {
    name: 'DCS (C1) di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: 'Satu.\nDua \u0090 tiga.\n' },
    expect: { code: 'teks/karakter-kendali', message: hidden('karakter kendali U+0090 (DCS)'), line: 2, col: 5 },
  },
  {
    name: 'RLI di judul narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: '# Ringkasan \u2067Eksekutif\n\nIsi.\n' },
    expect: { code: 'teks/pengarah-teks', message: hidden('karakter pengarah teks U+2067 (RLI)'), line: 1, col: 13 },
  },
  // ── control characters written as escapes in double quotes ─────────────────────────────
  {
    name: 'escape \\e di nama instansi',
    file: 'instansi.yaml',
    edit: ['nama: Dinas Contoh Kabupaten Uji', 'nama: "Dinas \\e[31mContoh Kabupaten Uji"'],
    expect: { code: 'teks/karakter-kendali', message: 'karakter kendali U+001B (ESC) ditulis sebagai escape "\\e"', line: 2, col: 14, hint: ESCAPE },
  },
  {
    name: 'escape \\x07 di tempat',
    file: 'instansi.yaml',
    edit: ['tempat: Kota Uji', 'tempat: "Kota\\x07 Uji"'],
    expect: { code: 'teks/karakter-kendali', message: 'karakter kendali U+0007 (BEL) ditulis sebagai escape "\\x07"', line: 4, col: 14 },
  },
  {
    name: 'escape \\u202E di nama kepala',
    file: 'instansi.yaml',
    edit: ['  nama: SITI AMINAH', '  nama: "SITI \\u202EHANIMA"'],
    expect: { code: 'teks/pengarah-teks', message: 'karakter pengarah teks U+202E (RLO) ditulis sebagai escape "\\u202E"', line: 6, col: 15 },
  },
  {
    name: 'escape \\0 di uraian program',
    file: 'renstra.yaml',
    edit: ['    nama: Program Satu', '    nama: "Program\\0Satu"'],
    expect: { code: 'teks/karakter-kendali', message: 'karakter kendali U+0000 (NUL) ditulis sebagai escape "\\0"', line: 27, col: 19 },
  },
  {
    name: 'escape \\N (NEL) di nama kegiatan',
    file: '2024/anggaran.yaml',
    edit: ['nama: Kegiatan Satu', 'nama: "Kegiatan\\NSatu"'],
    expect: { code: 'teks/karakter-kendali', message: 'karakter kendali U+0085 (NEL) ditulis sebagai escape "\\N"', line: 5, col: 24 },
  },
  {
    name: 'escape \\U00002066 di kunci bertanda petik',
    file: '2024/pk.yaml',
    edit: ['  iku-dua: 10', '  "iku-dua\\U00002066": 10'],
    expect: { code: 'teks/pengarah-teks', message: 'karakter pengarah teks U+2066 (LRI) ditulis sebagai escape "\\U00002066"', line: 3, col: 11 },
  },
  // ── YAML directives ─────────────────────────────────────────────────────────────────────
  {
    name: '%YAML 1.1 di awal anggaran',
    file: '2024/anggaran.yaml',
    edit: ['program:\n', '%YAML 1.1\n---\nprogram:\n'],
    expect: { code: 'yaml/petunjuk', message: 'petunjuk YAML "%YAML 1.1" tidak dipakai: data ini ditulis dalam YAML 1.2 biasa', line: 1, col: 1,
      hint: 'hapus baris ini (dan baris --- sesudahnya): di bawah %YAML 1.1, 0x1F, 1_000 dan yes dibaca sebagai angka atau ya/tidak' },
  },
  {
    name: '%YAML 1.2 pun ditolak (satu bentuk saja)',
    file: '2024/pk.yaml',
    edit: ['target:\n', '%YAML 1.2\n---\ntarget:\n'],
    expect: { code: 'yaml/petunjuk', message: 'petunjuk YAML "%YAML 1.2" tidak dipakai: data ini ditulis dalam YAML 1.2 biasa', line: 1, col: 1 },
  },
  {
    name: '%TAG di awal instansi',
    file: 'instansi.yaml',
    edit: ['id: dinas-contoh\n', '# dibuat otomatis\n%TAG !k! tag:kinerja,2024:\n---\nid: dinas-contoh\n'],
    expect: { code: 'yaml/petunjuk', message: 'petunjuk YAML "%TAG !k! tag:kinerja,2024:" tidak dipakai: data ini ditulis dalam YAML 1.2 biasa', line: 2, col: 1 },
  },
  // ── numbers in another notation ─────────────────────────────────────────────────────────
  {
    name: 'pagu heksadesimal',
    file: '2024/anggaran.yaml',
    edit: ['pagu: 1000000', 'pagu: 0xF4240'],
    expect: { code: 'yaml/angka', message: 'angka ditulis dalam heksadesimal: tertulis "0xF4240"', line: 15, col: 19, hint: 'tulis angka desimal biasa, misalnya 1000000' },
  },
  {
    name: 'pagu oktal',
    file: '2024/anggaran.yaml',
    edit: ['pagu: 1000000', 'pagu: 0o3641100'],
    expect: { code: 'yaml/angka', message: 'angka ditulis dalam oktal: tertulis "0o3641100"', line: 15, col: 19, hint: 'tulis angka desimal biasa, misalnya 1000000' },
  },
  {
    name: 'pagu berpangkat',
    file: '2024/anggaran.yaml',
    edit: ['pagu: 1000000', 'pagu: 1e6'],
    expect: { code: 'yaml/angka', message: 'angka ditulis dengan pangkat (eksponen): tertulis "1e6"', line: 15, col: 19, hint: 'tulis angka desimal biasa, misalnya 1000000' },
  },
  {
    name: 'pagu bertanda +',
    file: '2024/anggaran.yaml',
    edit: ['pagu: 1000000', 'pagu: +1000000'],
    expect: { code: 'yaml/angka', message: 'angka ditulis dengan tanda +: tertulis "+1000000"', line: 15, col: 19, hint: 'tulis angka desimal biasa, misalnya 1000000' },
  },
  {
    name: 'rupiah triwulan berpangkat huruf besar',
    file: '2024/anggaran.yaml',
    edit: ['rp: 200000\n              tw2', 'rp: 2E5\n              tw2'],
    expect: { code: 'yaml/angka', message: 'angka ditulis dengan pangkat (eksponen): tertulis "2E5"', line: 19, col: 21, hint: 'tulis angka desimal biasa, misalnya 200000' },
  },
  {
    name: 'realisasi tak hingga',
    file: '2024/realisasi.yaml',
    edit: ['nilai: 99', 'nilai: .inf'],
    expect: { code: 'yaml/angka', message: 'angka ditulis sebagai tak hingga: tertulis ".inf"', line: 3, col: 12,
      hint: 'tulis angka desimal biasa, misalnya 1500000; bila belum ada nilainya, tulis null' },
  },
  {
    name: 'realisasi minus tak hingga',
    file: '2024/realisasi.yaml',
    edit: ['nilai: 8', 'nilai: -.Inf'],
    expect: { code: 'yaml/angka', message: 'angka ditulis sebagai tak hingga: tertulis "-.Inf"', line: 5, col: 12 },
  },
  {
    name: 'realisasi NaN',
    file: '2024/realisasi.yaml',
    edit: ['nilai: 99', 'nilai: .NaN'],
    expect: { code: 'yaml/angka', message: 'angka ditulis sebagai bukan-angka (NaN): tertulis ".NaN"', line: 3, col: 12 },
  },
  {
    name: 'target diawali nol (YAML 1.1 membacanya oktal)',
    file: '2024/pk.yaml',
    edit: ['iku-satu: 90', 'iku-satu: 090'],
    expect: { code: 'yaml/angka', message: 'angka ditulis dengan nol di depan: tertulis "090"', line: 2, col: 13,
      hint: 'tulis angka desimal biasa, misalnya 90; bila ini kode, tulis di antara tanda petik: "090"' },
  },
  {
    name: 'target tanpa nol di depan titik',
    file: '2024/pk.yaml',
    edit: ['iku-dua: 10', 'iku-dua: .5'],
    expect: { code: 'yaml/angka', message: 'angka ditulis tanpa 0 di depan titik: tertulis ".5"', line: 3, col: 12, hint: 'tulis angka desimal biasa, misalnya 0.5' },
  },
  {
    name: 'target diakhiri titik',
    file: '2024/pk.yaml',
    edit: ['iku-dua: 10', 'iku-dua: 10.'],
    expect: { code: 'yaml/angka', message: 'angka ditulis dengan titik di akhir: tertulis "10."', line: 3, col: 12, hint: 'tulis angka desimal biasa, misalnya 10' },
  },
  {
    name: 'tahun target heksadesimal sebagai kunci',
    file: 'renstra.yaml',
    edit: ['              2024: 90', '              0x7E8: 90'],
    expect: { code: 'yaml/angka', message: 'angka ditulis dalam heksadesimal: tertulis "0x7E8"', line: 17, col: 15, hint: 'tulis angka desimal biasa, misalnya 2024' },
  },
  {
    name: 'awal periode oktal',
    file: 'renstra.yaml',
    edit: ['  awal: 2022', '  awal: 0o3746'],
    expect: { code: 'yaml/angka', message: 'angka ditulis dalam oktal: tertulis "0o3746"', line: 3, col: 9, hint: 'tulis angka desimal biasa, misalnya 2022' },
  },
  {
    name: 'target kinerja bertanda +',
    file: '2024/anggaran.yaml',
    edit: ['target: 12', 'target: +12'],
    expect: { code: 'yaml/angka', message: 'angka ditulis dengan tanda +: tertulis "+12"', line: 13, col: 23, hint: 'tulis angka desimal biasa, misalnya 12' },
  },
  {
    name: 'anggaran belanja desimal berpangkat negatif',
    file: '2024/belanja.yaml',
    edit: ['anggaran: 1000000', 'anggaran: 1.0e+6'],
    expect: { code: 'yaml/angka', message: 'angka ditulis dengan pangkat (eksponen): tertulis "1.0e+6"', line: 7, col: 19, hint: 'tulis angka desimal biasa, misalnya 1000000' },
  },
  {
    name: 'pagu dengan garis bawah pengelompokan (YAML 1.1)',
    file: '2024/anggaran.yaml',
    edit: ['pagu: 1000000', 'pagu: 1_000_000'],
    expect: { code: 'skema/angka-indonesia', message: 'pagu harus angka bulat rupiah: tertulis "1_000_000", tulis 1000000', line: 15, col: 19 },
  },
  {
    name: 'realisasi dengan garis bawah dan koma desimal',
    file: '2024/realisasi.yaml',
    edit: ['nilai: 99', 'nilai: 1_099,5'],
    expect: { code: 'skema/nilai', message: 'nilai harus angka, atau predikat dengan angka: tertulis "1_099,5"', line: 3, col: 12, hint: 'tulis 1099.5' },
  },
  // ── anchors, aliases, tags ──────────────────────────────────────────────────────────────
  {
    name: 'jangkar YAML pada target',
    file: '2024/pk.yaml',
    edit: ['iku-satu: 90\n  iku-dua: 10', 'iku-satu: &t 90\n  iku-dua: *t'],
    expect: { code: 'yaml/jangkar', message: 'jangkar YAML &t tidak dipakai di data ini', line: 2, col: 13,
      hint: 'hapus &t dan tulis nilainya langsung di setiap tempat yang memerlukannya' },
  },
  {
    name: 'alias YAML pada target',
    file: '2024/pk.yaml',
    edit: ['iku-satu: 90\n  iku-dua: 10', 'iku-satu: &t 90\n  iku-dua: *t'],
    expect: { code: 'yaml/alias', message: 'alias YAML *t tidak dipakai di data ini', line: 3, col: 12,
      hint: 'tulis nilainya langsung di sini: setiap fakta ditulis sekali, di barisnya sendiri' },
  },
  {
    name: 'alias ke jangkar yang tidak ada',
    file: '2024/realisasi.yaml',
    edit: ['nilai: 99', 'nilai: *tidak_ada'],
    expect: { code: 'yaml/alias', message: 'alias *tidak_ada menunjuk jangkar &tidak_ada yang tidak ada', line: 3, col: 12,
      hint: 'teks yang diawali * ditulis di antara tanda petik, mis. "*tidak_ada"; alias YAML tidak dipakai di data ini' },
  },
  {
    name: 'catatan kaki diawali * terbaca sebagai alias',
    file: 'renstra.yaml',
    edit: ['    uraian: Tujuan pertama', '    uraian: *catatan'],
    expect: { code: 'yaml/alias', message: 'alias *catatan menunjuk jangkar &catatan yang tidak ada', line: 7, col: 13 },
  },
  {
    name: 'bom alias (billion laughs)',
    file: '2024/belanja.yaml',
    edit: {
      content: ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        .concat('bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill('*' + 'abcdefghi'[i]).join(',')}]`))
        .join('\n') + '\nkelompok: *i\n',
    },
    expect: { code: 'yaml/jangkar', message: 'jangkar YAML &a tidak dipakai di data ini', line: 1, col: 4 },
  },
  {
    name: 'kunci gabung << dengan alias',
    file: '2024/anggaran.yaml',
    edit: ['            realisasi:\n              tw1:\n                k: 3\n                rp: 200000', '            realisasi:\n              tw1: &tw\n                k: 3\n                rp: 200000\n              tw0:\n                <<: *tw'],
    expect: { code: 'yaml/alias', message: 'alias YAML *tw tidak dipakai di data ini', line: 21, col: 21 },
  },
  {
    name: 'jangkar pada kumpulan periode',
    file: 'renstra.yaml',
    edit: ['periode:\n', 'periode: &periode\n'],
    expect: { code: 'yaml/jangkar', message: 'jangkar YAML &periode tidak dipakai di data ini', line: 2, col: 10 },
  },
  {
    name: 'tanda tipe !!binary di nama',
    file: 'instansi.yaml',
    edit: ['nama: Dinas Contoh Kabupaten Uji', 'nama: !!binary RGluYXMgQ29udG9o'],
    expect: { code: 'yaml/tanda-tipe', message: 'tanda tipe YAML !!binary tidak dipakai di data ini', line: 2, col: 7,
      hint: 'hapus tandanya; teks yang harus tetap teks (mis. kode "012") ditulis di antara tanda petik' },
  },
  {
    name: 'tanda tipe !!float pada target',
    file: '2024/pk.yaml',
    edit: ['iku-satu: 90', 'iku-satu: !!float "90"'],
    expect: { code: 'yaml/tanda-tipe', message: 'tanda tipe YAML !!float tidak dipakai di data ini', line: 2, col: 13 },
  },
  {
    name: 'tanda tipe buatan !include',
    file: 'instansi.yaml',
    edit: ['tempat: Kota Uji', 'tempat: !include /etc/passwd'],
    expect: { code: 'yaml/tanda-tipe', message: 'tanda tipe YAML !include tidak dipakai di data ini', line: 4, col: 9 },
  },
  {
    name: 'tanda tipe !!js/function',
    file: '2024/dokumen.yaml',
    edit: ['kertas: A4', 'kertas: !!js/function "function(){}"'],
    expect: { code: 'yaml/tanda-tipe', message: 'tanda tipe YAML !!js/function tidak dipakai di data ini', line: 3, col: 11 },
  },
  // ── nesting that would exhaust a parser ─────────────────────────────────────────────────
  {
    name: '10.000 kurung [ bersarang di YAML',
    file: '2024/anggaran.yaml',
    edit: ['uraian: Jumlah dokumen', 'uraian: ' + '['.repeat(10_000) + ']'.repeat(10_000)],
    expect: { code: 'yaml/terlalu-dalam', message: 'kurung [ atau { bersarang lebih dari 50 tingkat', line: 11, col: 73 },
  },
  {
    name: '10.000 kurung { bersarang di YAML',
    file: '2024/dokumen.yaml',
    edit: ['kertas: A4', 'kertas: ' + '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000)],
    expect: { code: 'yaml/terlalu-dalam', message: 'kurung [ atau { bersarang lebih dari 50 tingkat', line: 3, col: 11 + 4 * 50 },
  },
  {
    name: 'indentasi YAML 500 tingkat',
    file: '2024/realisasi.yaml',
    edit: { content: indented(500, 'a:') },
    expect: { code: 'yaml/terlalu-dalam', message: 'susunan YAML terlalu dalam: lebih dari 120 kolom indentasi', line: 62, col: 1 },
  },
  {
    name: 'daftar YAML 10.000 tingkat dalam satu baris',
    file: '2024/dokumen.yaml',
    edit: { content: 'lkjip:\n  kertas:\n    ' + '- '.repeat(10_000) + 'A4\n' },
    expect: { code: 'yaml/terlalu-dalam', message: 'susunan YAML terlalu dalam: lebih dari 120 kolom indentasi', line: 3, col: 1 },
  },
  // ── Markdown nesting ────────────────────────────────────────────────────────────────────
  {
    name: '10.000 tanda > di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: 'Pembuka.\n\n' + '>'.repeat(10_000) + ' teks\n' },
    expect: { code: 'narasi/terlalu-dalam', message: 'kutipan ">" dan daftar bersarang lebih dari 8 tingkat', line: 3, col: 9 },
  },
  {
    name: '10.000 kurung [ di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: '['.repeat(10_000) + 'tautan' + ']'.repeat(10_000) + '\n' },
    expect: { code: 'narasi/terlalu-dalam', message: 'kurung siku [ bersarang lebih dari 8 tingkat', line: 1, col: 9,
      hint: 'tutup setiap [ dengan ]; untuk menulis [ apa adanya, awali dengan \\' },
  },
  {
    name: '10.000 tanda * di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: 'Awal ' + '*'.repeat(10_000) + 'tebal' + '*'.repeat(10_000) + '\n' },
    expect: { code: 'narasi/terlalu-dalam', message: 'tanda * atau _ bertumpuk lebih dari 8 tingkat', line: 1, col: 6 },
  },
  {
    name: 'penekanan bertumpuk *a *b *c … di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: '*a '.repeat(10_000) + 'x' + ' b*'.repeat(10_000) + '\n' },
    expect: { code: 'narasi/terlalu-dalam', message: 'tanda * atau _ bertumpuk lebih dari 8 tingkat', line: 1, col: 25 },
  },
  {
    name: 'daftar berindentasi 1.000 tingkat di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: indented(1_000, '- butir') },
    expect: { code: 'narasi/terlalu-dalam', message: 'kutipan ">" dan daftar bersarang lebih dari 8 tingkat', line: 9, col: 17 },
  },
  {
    name: '10.000 penanda daftar dalam satu baris narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: '- '.repeat(10_000) + 'butir\n' },
    expect: { code: 'narasi/terlalu-dalam', message: 'kutipan ">" dan daftar bersarang lebih dari 8 tingkat', line: 1, col: 17 },
  },
  {
    name: 'kutipan dan daftar berselang 10.000 kali di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: '> 1. '.repeat(10_000) + 'teks\n' },
    expect: { code: 'narasi/terlalu-dalam', message: 'kutipan ">" dan daftar bersarang lebih dari 8 tingkat', line: 1, col: 21 },
  },
  {
    name: '10.000 gambar ![ bersarang di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: 'Teks.\n\n' + '!['.repeat(10_000) + 'x\n' },
    expect: { code: 'narasi/terlalu-dalam', message: 'kurung siku [ bersarang lebih dari 8 tingkat', line: 3, col: 18 },
  },
  // ── text that made a pattern rescan itself (minutes of CPU for 800 KB) ──────────────────
  {
    name: '200.000 kali "<a" tanpa ">" di nama (peringatan, cepat)',
    file: 'instansi.yaml',
    edit: ['nama: Dinas Contoh Kabupaten Uji', 'nama: "' + '<a'.repeat(200_000) + '<b>"'],
    expect: { severity: 'peringatan', code: 'teks/html', message: 'teks memuat tanda HTML <b>; dicetak apa adanya, bukan sebagai format', line: 2, col: 7 },
  },
  {
    name: '200.000 kali "<a" tanpa ">" di narasi',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: '<a'.repeat(200_000) + '<b> tebal\n' },
    expect: { code: 'narasi/html', message: 'HTML mentah tidak diizinkan di narasi: <b>', line: 1, col: 400_001 },
  },
  // ── files that are not what their name says ────────────────────────────────────────────
  {
    name: 'tautan simbolik ke berkas yang tidak ada',
    file: 'skala.yaml',
    edit: { symlink: 'test/fixtures/minimal/tidak-ada.yaml' },
    expect: { code: 'berkas/tautan-putus', message: 'skala.yaml adalah tautan simbolik ke berkas yang tidak ada', line: 1, col: 1 },
  },
  {
    name: 'tautan simbolik ke /dev/zero',
    file: '2024/evaluasi.yaml',
    edit: { symlink: '/dev/zero' },
    expect: { code: 'berkas/di-luar-folder', message: 'berkas menunjuk ke luar folder data (/dev/zero)', line: 1, col: 1 },
  },
  {
    name: 'tautan simbolik narasi ke /dev/random',
    file: '2024/narasi/penutup.md',
    edit: { symlink: '/dev/random' },
    expect: { code: 'berkas/di-luar-folder', message: 'berkas menunjuk ke luar folder data (/dev/random)', line: 1, col: 1 },
  },
  {
    name: 'berkas bernama tahun di tempat folder tahun',
    file: '2025',
    edit: { content: 'target: {}\n' },
    expect: { code: 'berkas/bukan-folder', message: '2025 bukan folder, padahal nama 2025 dipakai untuk folder data tahun 2025', line: 1, col: 1 },
  },
  {
    name: 'berkas bernama narasi di tempat folder narasi',
    file: '2025/narasi',
    edit: { content: 'Bab satu.\n' },
    expect: { code: 'berkas/bukan-folder', message: '2025/narasi bukan folder, padahal narasi ditulis di folder narasi/ berisi berkas .md', line: 1, col: 1 },
  },
  {
    name: 'berkas data lebih dari 5 MB',
    file: '2024/evaluasi.yaml',
    edit: { content: '# ' + 'x'.repeat(6 * 1024 * 1024) + '\n' },
    expect: { code: 'berkas/terlalu-besar', message: '2024/evaluasi.yaml terlalu besar: 6,0 MB (batas 5,0 MB)', line: 1, col: 1 },
  },
  {
    name: 'narasi lebih dari 5 MB',
    file: '2024/narasi/ringkasan-eksekutif.md',
    edit: { content: 'Teks. '.repeat(1_000_000) },
    expect: { code: 'berkas/terlalu-besar', message: '2024/narasi/ringkasan-eksekutif.md terlalu besar: 5,7 MB (batas 5,0 MB)', line: 1, col: 1 },
  },
];
