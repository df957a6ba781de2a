// Bad inputs around what is optional (issue 12, deliverable 6): a K without an indicator to
// measure it by, a signing date of month and year written wrong. Same harness as cases.ts.
import type { BadCase } from './cases.ts';

const INDIKATOR = `            indikator:
              uraian: Jumlah dokumen
              satuan: Dokumen
              target: 12
              agregasi: jumlah
`;

export const OPSIONAL_CASES: BadCase[] = [
  {
    name: 'K ditulis untuk sub kegiatan tanpa indikator',
    file: '2024/anggaran.yaml',
    edit: [INDIKATOR, ''],
    expect: {
      code: 'aturan/k-tanpa-indikator',
      message: '`realisasi.tw1.k` ditulis, tetapi sub kegiatan `sub-satu` tidak mempunyai indikator keluaran',
      line: 13,
      col: 17,
      hint: 'tambahkan `indikator:` (uraian, satuan, target) pada sub kegiatan ini, atau hapus `k`: tanpa indikator tidak ada kinerja yang diukur',
    },
  },
  {
    name: 'tanggal bulan-tahun dengan bulan yang tidak ada',
    file: '2024/pk.yaml',
    edit: ['target:', 'tanggal: 2024-13\ntarget:'],
    expect: { code: 'skema/tanggal', message: 'tanggal bukan bulan yang ada: tertulis "2024-13"', line: 1, col: 10, hint: 'tulis bulan dan tahun sebagai TTTT-BB, mis. 2024-01 untuk Januari 2024' },
  },
  {
    name: 'tanggal bulan-tahun ditulis dengan nama bulan',
    file: '2024/pk.yaml',
    edit: ['target:', 'tanggal: Januari 2024\ntarget:'],
    expect: { code: 'skema/tanggal', message: 'tanggal bukan tanggal yang ada: tertulis "Januari 2024"', line: 1, col: 10, hint: 'tulis 2024-01' },
  },
];
