// Names typed by hand (issue 14, deliverable 3): the type of a legal basis is data, and its title
// or a citation in narrative that says another type is an error; another region's name in prose
// or a table cell is a warning naming the agency's own.
import type { BadCase } from './cases.ts';

/** instansi.yaml of the fixture with one legal basis; `jenis` is on line 17, `tipe` on 16. */
export const DASAR = (tipe: string, jenis: string): [string, string] => [
  'unit_kerja:',
  `dasar_hukum:\n  - id: perbup-uji-1-2023\n    tipe: ${tipe}\n    jenis: ${jenis}\n    nomor: "1"\n    tahun: 2023\n    tentang: Susunan Organisasi Dinas Contoh\nunit_kerja:`,
];

export const FAKTA_NAMA: BadCase[] = [
  {
    name: 'jenis dasar hukum tidak sesuai tipenya',
    file: 'instansi.yaml',
    edit: DASAR('perda', 'Peraturan Bupati Uji'),
    expect: {
      code: 'aturan/dasar-hukum-tipe',
      message: 'dasar hukum `perbup-uji-1-2023`: jenis "Peraturan Bupati Uji" bukan Peraturan Daerah (tipe: perda)',
      line: 17,
      col: 12,
      hint: 'bila peraturannya memang Peraturan Bupati, tulis tipe: perbup; bila tidak, awali jenisnya dengan "Peraturan Daerah"',
      also: { file: 'instansi.yaml', line: 16, col: 11 },
    },
  },
  {
    name: 'narasi menyebut Peraturan Daerah untuk dasar hukum yang Peraturan Bupati',
    file: '2024/narasi/bab1-maksud.md',
    edit: ['{{tahun}}.', '{{tahun}}, sesuai Peraturan Daerah Nomor 1 Tahun 2023 tentang Susunan Organisasi Dinas Contoh.'],
    also: { file: 'instansi.yaml', edit: DASAR('perbup', 'Peraturan Bupati Uji') },
    expect: {
      code: 'teks/dasar-hukum-tipe',
      message: '"Peraturan Daerah Nomor 1 Tahun 2023" di narasi, padahal dasar hukum `perbup-uji-1-2023` bernomor 1 tahun 2023 adalah Peraturan Bupati',
      line: 1,
      col: 85,
      hint: 'tulis {{dasar_hukum "perbup-uji-1-2023"}} (Peraturan Bupati Uji Nomor 1 Tahun 2023 tentang Susunan Organisasi Dinas Contoh)',
      also: { file: 'instansi.yaml', line: 16, col: 11 },
    },
  },
  {
    name: 'narasi menyingkat Perda dengan nomor ditulis 01',
    file: '2024/narasi/bab1-maksud.md',
    edit: ['{{tahun}}.', '{{tahun}} (Perda Uji No. 01 Tahun 2023).'],
    also: { file: 'instansi.yaml', edit: DASAR('perbup', 'Peraturan Bupati Uji') },
    expect: {
      code: 'teks/dasar-hukum-tipe',
      message: '"Perda Uji No. 01 Tahun 2023" di narasi, padahal dasar hukum `perbup-uji-1-2023` bernomor 1 tahun 2023 adalah Peraturan Bupati',
      line: 1,
      col: 78,
      hint: 'tulis {{dasar_hukum "perbup-uji-1-2023"}} (Peraturan Bupati Uji Nomor 1 Tahun 2023 tentang Susunan Organisasi Dinas Contoh)',
      also: { file: 'instansi.yaml', line: 16, col: 11 },
    },
  },
  {
    name: 'nama kabupaten lain di narasi',
    file: '2024/narasi/bab1-maksud.md',
    edit: ['{{tahun}}.', '{{tahun}}.\n\nLaporan ini disusun oleh Dinas Contoh Kabupaten Berau sebagai bahan evaluasi.'],
    expect: {
      severity: 'peringatan',
      code: 'teks/daerah-lain',
      message: 'nama daerah lain "Kabupaten Berau" di narasi; instansi ini milik Kabupaten Uji',
      line: 3,
      col: 39,
      hint: 'bila yang dimaksud daerah sendiri, tulis {{pemda}} (Kabupaten Uji); bila memang daerah lain, biarkan atau tulis asalnya: (sumber: …)',
    },
  },
  {
    name: 'nama kota lain di sel tabel sendiri',
    file: '2024/tabel/kerja-sama.yaml',
    edit: {
      content:
        'judul: Kerja Sama Daerah\nkolom:\n  - { id: mitra, judul: Mitra, jenis: teks }\n  - { id: bidang, judul: Bidang, jenis: teks }\nbaris:\n  - mitra: Pemerintah Kota Samarinda\n    bidang: Pertukaran data kependudukan\n',
    },
    expect: {
      severity: 'peringatan',
      code: 'teks/daerah-lain',
      message: 'nama daerah lain "Kota Samarinda" di sel tabel; instansi ini milik Kabupaten Uji',
      line: 6,
      col: 23,
      hint: 'bila yang dimaksud daerah sendiri, tulis {{pemda}} (Kabupaten Uji); bila memang daerah lain, biarkan atau tulis asalnya: (sumber: …)',
    },
  },
];
