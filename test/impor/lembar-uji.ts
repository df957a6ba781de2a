// Spreadsheets made by the tests, in the layout of a SIPD budget export: a title, a header of two
// rows with merged cells (Realisasi over TW I–IV), program and kegiatan rows with their sums, sub
// kegiatan rows, a JUMLAH row. Each test changes what it needs.
import { mkdtempSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export type Sel = string | number | null;

export interface Sub {
  kode: string;
  nama: string;
  pagu: Sel;
  tw: Sel[];
}

export const SUBS: Sub[] = [
  { kode: '1.01.01.2.01.0001', nama: 'Penyusunan Dokumen Perencanaan Perangkat Daerah', pagu: 1000000, tw: [100000, 200000, 300000, null] },
  { kode: '1.01.01.2.01.0002', nama: 'Koordinasi dan Penyusunan Laporan Capaian Kinerja', pagu: 500000, tw: [50000, 60000, 70000, 80000] },
  { kode: '1.01.01.2.01.0003', nama: 'Penyediaan Gaji dan Tunjangan ASN', pagu: 2000000, tw: [500000, 500000, 500000, 500000] },
];

const num = (v: Sel) => (typeof v === 'number' ? v : 0);
const sum = (subs: Sub[], f: (s: Sub) => Sel) => subs.reduce((a, s) => a + num(f(s)), 0);

/** The rows of the sheet (1-based row r is rows[r-1]); the header is rows 3–4. */
export function barisSipd(subs: Sub[] = SUBS): Sel[][] {
  const total = (kode: string, nama: string): Sel[] => [kode, nama, sum(subs, (s) => s.pagu), ...[0, 1, 2, 3].map((q) => sum(subs, (s) => s.tw[q] ?? null)), sum(subs, (s) => s.tw.reduce<number>((a, v) => a + num(v), 0))];
  return [
    ['LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN TA 2024', null, null, null, null, null, null, null],
    [],
    ['Kode', 'Uraian', 'Anggaran', 'Realisasi', null, null, null, 'Jumlah Realisasi'],
    [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null],
    total('1.01.01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota'),
    total('1.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah'),
    ...subs.map((s) => [s.kode, s.nama, s.pagu, ...s.tw, s.tw.reduce<number>((a, v) => a + num(v), 0)]),
    total('JUMLAH', ''),
  ];
}

export async function xlsx(rows: Sel[][], merges = ['A1:H1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:G3', 'H3:H4'], nama = 'Realisasi'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Petunjuk').getCell('A1').value = 'Lembar ini bukan data';
  const ws = wb.addWorksheet(nama);
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  for (const m of merges) {
    // A merge keeps only its first cell's value, as Excel does.
    ws.mergeCells(m);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A CSV as Excel on Windows saves it in Indonesia: semicolons, Windows-1252, "1.234.567,00". */
export function csv(rows: Sel[][]): Buffer {
  const text = rows.map((r) => r.map((v) => (v === null ? '' : typeof v === 'number' ? idr(v) : /[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(';')).join('\r\n') + '\r\n';
  return Buffer.from(text, 'latin1');
}

export const idr = (n: number) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2 }).format(n);

/** A fresh agency folder with the fixture's anggaran.yaml for 2024; returns [folder, anggaran.yaml]. */
export function instansi(yaml = join(import.meta.dirname, '../fixtures/impor/anggaran.yaml')): [string, string, string] {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-impor-'));
  const folder = join(dir, 'inst');
  mkdirSync(join(folder, '2024'), { recursive: true });
  const target = join(folder, '2024', 'anggaran.yaml');
  copyFileSync(yaml, target);
  return [dir, folder, target];
}

export function tulis(dir: string, name: string, bytes: Buffer | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}
