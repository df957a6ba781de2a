// A realisasi that is the agency's own LHE total (issue 14, labels and missing rules): `dari:
// nilai-lhe` with its year's components, and a number typed by hand where the LHE gives it.
import type { AlsoEdit, BadCase } from './cases.ts';

/** iku-satu read on the AKIP scale, the one the LHE predikat uses. */
export const AKIP: AlsoEdit = {
  file: 'renstra.yaml',
  edit: ['            polaritas: naik\n            target:\n              2024: 90', '            polaritas: naik\n            skala_predikat: akip\n            target:\n              2024: 90'],
};

/** An LHE of 2024 whose components add up to 71,2 (BB); `pelaporan` left out when `sebagian`. */
export function evaluasi(sebagian = false): AlsoEdit {
  const k = (id: string, nama: string, bobot: number, nilai: number | undefined) =>
    `    - id: ${id}\n      nama: ${nama}\n      bobot: ${bobot}\n      nilai:\n        2023: ${bobot / 2}\n${nilai === undefined ? '' : `        2024: ${nilai}\n`}`;
  return {
    file: '2024/evaluasi.yaml',
    edit: {
      content:
        'lhe:\n  evaluator: Inspektorat Kabupaten Uji\n  komponen:\n' +
        k('perencanaan', 'Perencanaan Kinerja', 30, 22.5) +
        k('pengukuran', 'Pengukuran Kinerja', 30, 20.2) +
        k('pelaporan', 'Pelaporan Kinerja', 15, sebagian ? undefined : 11) +
        k('evaluasi-internal', 'Evaluasi Akuntabilitas Kinerja Internal', 25, 17.5),
    },
  };
}

export const LHE: BadCase[] = [
  {
    name: 'realisasi diketik berbeda dari nilai LHE',
    file: '2024/realisasi.yaml',
    edit: ['    nilai: 99', '    nilai: {predikat: BB, nilai: 72.2}'],
    also: [AKIP, evaluasi()],
    expect: {
      code: 'aturan/realisasi-beda-lhe',
      message: 'realisasi 2024 `iku-satu` ditulis BB (72,2), sedangkan nilai LHE 2024 (jumlah nilai komponennya di evaluasi.yaml) adalah 71,2',
      line: 3,
      col: 12,
      hint: 'hapus `nilai:` dan tulis `dari: nilai-lhe`: realisasi dihitung dari komponen LHE, dengan predikatnya',
      also: { file: '2024/evaluasi.yaml', line: 4, col: 5 },
    },
  },
  {
    name: 'realisasi diketik sama dengan nilai LHE (peringatan)',
    file: '2024/realisasi.yaml',
    edit: ['    nilai: 99', '    nilai: 71.20'],
    also: [AKIP, evaluasi()],
    expect: {
      severity: 'peringatan',
      code: 'aturan/realisasi-dari-lhe',
      message: 'realisasi 2024 `iku-satu` (71,2) sama dengan nilai LHE 2024 yang dihitung dari komponennya; salinan ini bisa tertinggal bila LHE diperbaiki',
      line: 3,
      col: 12,
      hint: 'ganti `nilai:` dengan `dari: nilai-lhe`',
      also: { file: '2024/evaluasi.yaml', line: 4, col: 5 },
    },
  },
  {
    name: 'realisasi dari nilai LHE yang belum lengkap (peringatan)',
    file: '2024/realisasi.yaml',
    edit: ['    nilai: 99', '    dari: nilai-lhe'],
    also: [AKIP, evaluasi(true)],
    expect: {
      severity: 'peringatan',
      code: 'aturan/lhe-sebagian',
      message: 'nilai LHE 2024 belum lengkap: komponen `pelaporan` belum bernilai; realisasi `iku-satu` dicetak "belum tersedia"',
      line: 3,
      col: 11,
      hint: 'isi nilai 2024 komponen itu di evaluasi.yaml (`lhe.komponen`)',
      also: { file: '2024/evaluasi.yaml', line: 20, col: 9 },
    },
  },
  {
    name: 'realisasi dari nilai LHE tahun yang tidak dimuat',
    file: '2024/realisasi.yaml',
    edit: ['    nilai: 99', '    dari: nilai-lhe\n    tahun_data: 2022'],
    also: [AKIP, evaluasi()],
    expect: {
      code: 'aturan/sumber-realisasi',
      message: 'realisasi `iku-satu` dihitung dari nilai LHE 2022, tetapi evaluasi.yaml tidak memuat nilai komponen LHE tahun itu',
      line: 3,
      col: 11,
      hint: 'isi nilai 2022 setiap komponen `lhe` di evaluasi.yaml tahun ini, atau tulis `tahun_data:` tahun LHE yang dimaksud',
    },
  },
  {
    name: 'realisasi dari nilai LHE tanpa evaluasi.yaml',
    file: '2024/realisasi.yaml',
    edit: ['    nilai: 99', '    dari: nilai-lhe'],
    expect: {
      code: 'aturan/sumber-realisasi',
      message: 'realisasi `iku-satu` dihitung dari nilai LHE 2024, tetapi evaluasi.yaml tidak memuat nilai komponen LHE tahun itu',
      line: 3,
      col: 11,
    },
  },
  {
    // evaluasi.yaml holds numbers only: the LHE and AKIP predikat are computed, never typed, so
    // there is no label there to check against its scale; the schema refuses one.
    name: 'predikat diketik di komponen LHE',
    file: '2024/evaluasi.yaml',
    edit: { content: 'lhe:\n  evaluator: Inspektorat\n  predikat: BB\n  komponen: []\n' },
    expect: { code: 'skema/kunci-tak-dikenal', message: 'kunci `predikat` tidak dikenal', line: 3, col: 3 },
  },
];
