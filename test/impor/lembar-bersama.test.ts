// One spreadsheet reader (src/util/lembar) behind both paths that take spreadsheets in: `kinerja
// impor`'s budget export and the survey's answer files (src/load/survei). The same workbook, and
// the same CSV, read through both give the same cells at the same places, and the same kind of
// bad cell (an Excel error value where a figure belongs) is reported by each at its sheet's row
// and column, with the value as Excel shows it.
import { readFileSync, rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { Diagnostics, formatDiagnostic } from '../../src/diagnostics/index.ts';
import { imporAnggaran } from '../../src/impor/index.ts';
import { bacaLembar as bacaSurvei } from '../../src/load/survei/lembar.ts';
import { bacaLembar, type Lembar } from '../../src/util/lembar/index.ts';
import { periksa } from '../survei/fixture.ts';
import { barisSipd, csv, instansi, tulis } from './lembar-uji.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const JUDUL = ['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9', 'Pekerjaan'];

/** A workbook of two sheets: a SIPD export (Realisasi) and survey answers (Jawaban), each with `#N/A` in one cell. */
async function bukuKerja(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const r = wb.addWorksheet('Realisasi');
  barisSipd().forEach((row, i) => row.forEach((v, j) => v !== null && (r.getCell(i + 1, j + 1).value = v)));
  for (const m of ['A1:H1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:G3', 'H3:H4']) r.mergeCells(m);
  r.getCell('G8').value = { error: '#N/A' }; // sub kegiatan 1.01.01.2.01.0002, TW IV
  const j = wb.addWorksheet('Jawaban');
  j.addRow(JUDUL);
  j.addRow([1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 'Pegawai Swasta']);
  // As forms and people leave them: rich text, a formula's result, a number typed as text, blank padding.
  j.addRow([2, { richText: [{ text: '4' }] }, { formula: '1+2', result: 3 }, '3', { error: '#N/A' }, 3, 3, 3, 3, 3, 'Pensiunan – guru']);
  j.addRow([3, 4, 4, 4, 4, 4, 4, 4, 4, 4, '  ']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The cells of a sheet as both paths read them: [row, column, text] of every filled cell. */
function selImpor(l: Lembar): [number, number, string][] {
  return l.rows.flatMap((row, r) => row.flatMap((v, c) => (v === null ? [] : [[r + 1, c + 1, String(v)] as [number, number, string]])));
}
function selSurvei(abs: string, lembar?: string): [number, number, string][] {
  const d = new Diagnostics();
  const l = bacaSurvei(abs, abs, d, { lembar })!;
  expect(d.errors).toEqual([]);
  return l.baris.flatMap((b) => b.sel.flatMap((s) => (s && s.teks.trim() !== '' ? [[s.baris, s.kolom, s.teks] as [number, number, string]] : [])));
}

describe('one reader, two paths', () => {
  it('a workbook: every cell the same, at the same row and column, through impor and the survey', async () => {
    const [dir] = instansi();
    dirs.push(dir);
    const f = tulis(dir, 'dua.xlsx', await bukuKerja());
    const semua = bacaLembar(f);
    expect(semua.map((l) => l.nama)).toEqual(['Realisasi', 'Jawaban']);
    const jawaban = semua[1]!;
    expect(selSurvei(f, 'Jawaban')).toEqual(selImpor(jawaban));
    // The cells as Excel shows them: rich text joined, a formula's result, the error value's text.
    expect(jawaban.rows[2]!.slice(0, 5)).toEqual([2, '4', 3, '3', '#N/A']);
    expect(jawaban.tempat(3, 5)).toEqual({ file: `${f}[Jawaban]`, line: 3, col: 5 });
    // Merged header cells read as their master in both (impor's two-row header needs it).
    expect(selSurvei(f, 'Realisasi')).toEqual(selImpor(semua[0]!));
    expect(semua[0]!.rows[2]!.slice(3, 7)).toEqual(['Realisasi', 'Realisasi', 'Realisasi', 'Realisasi']);
    expect(semua[0]!.rentangTurun(3, 1)).toBe(2);
  });

  it('the same bad cell (#N/A) is said by each at its row and column', async () => {
    const bytes = await bukuKerja();
    const [dir, folder] = instansi();
    dirs.push(dir);
    const h = await imporAnggaran({ berkas: tulis(dir, 'sipd.xlsx', bytes), folder, lembar: 'Realisasi' });
    expect(h.diags.list.filter((d) => d.severity === 'galat').map((d) => formatDiagnostic(d).replace(/\/tmp\/[^/]+\//g, ''))).toEqual([
      'sipd.xlsx[Realisasi]:8:7  kode 1.01.01.2.01.0002, realisasi TW IV, sel G8: teks "#N/A" di tempat angka\n    tulis angka rupiah, misalnya 1.234.567, atau kosongkan bila belum dilaporkan',
    ]);
    const s = periksa({
      '2024/survei.yaml': 'periode: {mulai: 2024-07-01, selesai: 2024-09-30}\nprofil:\n  - {id: pekerjaan, nama: Pekerjaan}\nunit:\n  - {id: loket, nama: Loket, berkas: survei/loket.xlsx, lembar: Jawaban}\n',
      '2024/survei/loket.xlsx': bytes,
    });
    const galat = s.diags.filter((d) => d.severity === 'galat');
    expect(galat.map((d) => [d.code, d.message])).toEqual([['survei/jawaban-di-luar', 'jawaban "#N/A" untuk unsur `u4` (Biaya/Tarif) baris 3 di luar 1–4']]);
    expect(galat[0]!.at).toEqual({ file: expect.stringMatching(/2024\/survei\/loket\.xlsx$/), line: 3, col: 5 });
  });

  it('a CSV (Windows-1252, semicolons, as Excel saves it in Indonesia): the same cells, on the same lines, through both', () => {
    const [dir] = instansi();
    dirs.push(dir);
    // (csv() writes Latin-1 bytes: \x96 is Windows-1252's en dash; numbers as 1,00.)
    const rows = [JUDUL, [1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 'Pegawai; Swasta'], [2, 4, 4, 4, 4, 4, 4, 4, 4, 4, 'Pensiunan \x96 guru']];
    const f = tulis(dir, 'jawaban.csv', csv(rows));
    const [l] = bacaLembar(f);
    expect([l!.enkode, l!.pemisah]).toEqual(['Windows-1252', ';']);
    // A CSV's field is placed by its line and the character it starts at; impor names it by number.
    const survei = selSurvei(f);
    expect(survei.map(([, , t]) => t)).toEqual(selImpor(l!).map(([, , t]) => t));
    expect(survei.map(([r]) => r)).toEqual(selImpor(l!).map(([r, c]) => l!.tempat(r, c).line));
    const baris3 = readFileSync(f, 'latin1').split('\r\n')[2]!;
    expect(survei.find(([, , t]) => t.startsWith('Pensiunan'))).toEqual([3, baris3.indexOf('Pensiunan') + 1, 'Pensiunan – guru']);
    expect(survei.find(([, , t]) => t.startsWith('Pegawai'))).toEqual([2, expect.any(Number), 'Pegawai; Swasta']);
  });
});
