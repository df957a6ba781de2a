// A program target against its kegiatan's (issue 14, deliverable 5): renstra.yaml says a program
// indicator adds up from its kegiatan (`agregasi: jumlah`/`rata-rata`); the fixture's one
// kegiatan gets an indicator of the same satuan (written in another case, as authors do).
import type { AlsoEdit, BadCase } from './cases.ts';

/** renstra.yaml: a second program indicator, `agregasi` on line 40, its 2024 target on line 42. */
export const PROGRAM = (agregasi: string, target: number): [string, string] => [
  '        target:\n          2024: 100\n',
  `        target:\n          2024: 100\n      - id: ikp-dokumen\n        uraian: Jumlah dokumen perencanaan tersusun\n        satuan: Dokumen\n        polaritas: naik\n        agregasi: ${agregasi}\n        target:\n          2024: ${target}\n`,
];
/** anggaran.yaml: the kegiatan's indicator, its target on line 9. */
export const KEGIATAN = (satuan: string, target: number): AlsoEdit => ({
  file: '2024/anggaran.yaml',
  edit: ['        nama: Kegiatan Satu\n', `        nama: Kegiatan Satu\n        indikator:\n          uraian: Dokumen perencanaan tersusun\n          satuan: ${satuan}\n          target: ${target}\n`],
});

export const FAKTA_PROGRAM: BadCase[] = [
  {
    name: 'target program tidak sama dengan jumlah target kegiatannya',
    file: 'renstra.yaml',
    edit: PROGRAM('jumlah', 20),
    also: KEGIATAN('dokumen', 12),
    expect: {
      code: 'aturan/target-program-kegiatan',
      message: 'target 2024 indikator program `ikp-dokumen` adalah 20 Dokumen, sedangkan jumlah target kegiatannya 12',
      line: 42,
      col: 17,
      hint: 'samakan target program dengan jumlah target kegiatannya, perbaiki target kegiatan di anggaran.yaml, atau hapus `agregasi` bila indikator ini tidak dihitung dari kegiatan',
      also: { file: '2024/anggaran.yaml', line: 9, col: 19 },
    },
  },
  {
    name: 'agregasi tanpa kegiatan bersatuan sama',
    file: 'renstra.yaml',
    edit: PROGRAM('jumlah', 12),
    also: KEGIATAN('laporan', 12),
    expect: {
      severity: 'peringatan',
      code: 'aturan/agregasi-tanpa-kegiatan',
      message: 'indikator program `ikp-dokumen` dijumlahkan dari kegiatannya (`agregasi: jumlah`), tetapi tidak ada kegiatan program `prog-satu` tahun 2024 dengan satuan "Dokumen"',
      line: 40,
      col: 19,
      hint: 'samakan satuan indikator kegiatannya di anggaran.yaml, atau hapus `agregasi`',
    },
  },
  {
    name: 'nama kegiatan berbeda dari nomenklatur kodenya',
    file: '2024/anggaran.yaml',
    edit: ['        nama: Kegiatan Satu\n', '        kode: 2.16.01.2.02\n        nama: Administrasi Keuangan\n'],
    expect: {
      severity: 'peringatan',
      code: 'aturan/nomenklatur-nama',
      message: 'nama kegiatan 2.16.01.2.02 "Administrasi Keuangan" berbeda dari nomenklatur Permendagri 90/2019: "Administrasi Keuangan Perangkat Daerah"',
      line: 6,
      col: 15,
      hint: 'tulis nama sesuai nomenklatur (Kepmendagri 050-5889/2021), atau periksa kodenya; bila pemda memakai nama lain yang sah, biarkan',
    },
  },
  {
    name: 'nama program berbeda dari nomenklatur kodenya',
    file: 'renstra.yaml',
    edit: ['  - id: prog-satu\n    nama: Program Satu\n', '  - id: prog-satu\n    kode: 4.01.02\n    nama: Program Pemerintahan dan Kesra\n'],
    expect: {
      severity: 'peringatan',
      code: 'aturan/nomenklatur-nama',
      message: 'nama program 4.01.02 "Program Pemerintahan dan Kesra" berbeda dari nomenklatur Permendagri 90/2019: "Program Pemerintahan dan Kesejahteraan Rakyat"',
      line: 28,
      col: 11,
      hint: 'tulis nama sesuai nomenklatur (Kepmendagri 050-5889/2021), atau periksa kodenya; bila pemda memakai nama lain yang sah, biarkan',
    },
  },
  {
    name: 'agregasi pada indikator sasaran',
    file: 'renstra.yaml',
    edit: ['            polaritas: turun\n', '            polaritas: turun\n            agregasi: jumlah\n'],
    expect: {
      severity: 'peringatan',
      code: 'aturan/agregasi-bukan-program',
      message: '`agregasi` indikator sasaran `iku-dua` tidak dipakai: hanya indikator program yang dihitung dari kegiatannya',
      line: 23,
      col: 23,
      hint: 'hapus `agregasi` dari indikator ini',
    },
  },
  {
    name: 'pemanggil angka kegiatan dengan kode yang tidak ada',
    file: '2024/narasi/bab1-maksud.md',
    edit: ['{{tahun}}.', '{{tahun}}; pagu kegiatan {{pagu_kegiatan "2.16.01.2.99"}}.'],
    expect: {
      code: 'aturan/id-menggantung',
      message: 'kegiatan `2.16.01.2.99` tidak ada (dipanggil oleh `pagu_kegiatan`)',
      line: 1,
      col: 92,
      hint: 'yang ada: keg-satu',
    },
  },
];
