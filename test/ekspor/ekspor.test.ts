// kinerja ekspor: the reference LKjIP's tables into a workbook, read back. Every numbered table
// and every lampiran table is a sheet; every cell equals the printed cell (a figure as a number
// whose display format gives back the printed text); every figure is in the PDF's text; the same
// data gives the same bytes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eksporDokumen, tabelDokumen } from '../../src/ekspor/index.ts';
import { angkaCetak, kolomLembar } from '../../src/ekspor/buku.ts';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import { loadInstansi } from '../../src/load/index.ts';
import { validate } from '../../src/validate/index.ts';
import { computeTahun } from '../../src/compute/index.ts';
import { renderIsi } from '../../src/render/index.ts';
import { buildDocuments } from '../../src/build.ts';
import { readPdf } from '../pdf-text.ts';

const FOLDER = 'data/setda-paser';
let dir: string;
let wb: ExcelJS.Workbook;
let bytes: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kinerja-ekspor-'));
  const e = await eksporDokumen('lkjip', FOLDER, { outDir: dir });
  bytes = readFileSync(e.path);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A number cell back to the text its display format shows in id-ID. */
function tampil(v: number, fmt: string): string {
  const d = /\.(0+)/.exec(fmt)?.[1]?.length ?? 0;
  const s = new Intl.NumberFormat('id-ID', { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: fmt.includes('#,##0') }).format(v).replace('-', '−');
  const pre = /^"([^"]*)"/.exec(fmt)?.[1] ?? '';
  const post = /"([^"]*)"$/.exec(fmt.replace(/^"[^"]*"/, ''))?.[1] ?? '';
  return pre + s + post;
}

function model() {
  const diags = new Diagnostics();
  const v = validate(loadInstansi(FOLDER, diags), diags)!;
  return computeTahun(v.data, 2024);
}

describe('ekspor lkjip of the reference agency', () => {
  it('has a sheet for every numbered table of the document, named by its number, and the lampiran', () => {
    const captions = [...renderIsi(model()).html.matchAll(/<span class="nomor">Tabel ([\d.]+)<\/span>/g)].map((m) => `Tabel ${m[1]}`);
    expect(captions.length).toBeGreaterThan(15);
    const names = wb.worksheets.map((w) => w.name);
    for (const c of captions) expect(names).toContain(c);
    expect(names).toEqual(expect.arrayContaining(['Lampiran 1', 'Lampiran 2', 'Lampiran 3']));
    // The quarterly lampiran, printed in pieces over pages, is one sheet.
    expect(names.filter((n) => n.startsWith('Lampiran 3'))).toEqual(['Lampiran 3']);
    expect(wb.getWorksheet('Tabel 3.4')!.getCell(1, 1).value).toBe('Tabel 3.4 Pengukuran Indikator Kinerja Utama Tahun 2024');
  });

  it('every cell is the printed cell: figures as numbers with an id-ID display format, headers frozen', () => {
    const tabel = tabelDokumen(model(), 'lkjip');
    expect(tabel).toHaveLength(wb.worksheets.length);
    let angka = 0;
    let ganda = 0;
    tabel.forEach((t, i) => {
      const ws = wb.worksheets[i]!;
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 + t.kepala.length });
      const kolom = kolomLembar(t);
      const sama = (cell: ExcelJS.Cell, teks: string, body: boolean) => {
        if (body && angkaCetak(teks)) {
          expect(typeof cell.value, `${ws.name} ${cell.address}`).toBe('number');
          expect(tampil(cell.value as number, cell.numFmt), `${ws.name} ${cell.address}`).toBe(teks);
          angka++;
        } else expect(cell.value ?? '', `${ws.name} ${cell.address}`).toBe(teks);
      };
      [...t.kepala, ...t.badan, ...t.kaki].forEach((row, r) =>
        row.forEach((sel, c) => {
          if (sel.tertutup) return;
          const body = r >= t.kepala.length;
          // A stacked cell (kinerja above rupiah) is two sheet cells, the kinerja first.
          if (body && sel.kolom === 1 && kolom.ganda[c]) {
            sama(ws.getCell(2 + r, kolom.awal[c]!), sel.k ?? '', true);
            sama(ws.getCell(2 + r, kolom.awal[c]! + 1), sel.teks, true);
            ganda++;
          } else sama(ws.getCell(2 + r, kolom.awal[c]!), sel.teks, body);
        }),
      );
    });
    expect(angka).toBeGreaterThan(1000);
    expect(ganda).toBeGreaterThan(100);
    // Known figures of the reference report: the AKIP capaian and the agency's total pagu.
    const t34 = wb.getWorksheet('Tabel 3.4')!;
    expect(t34.getCell('G3').value).toBe(97.12);
    expect(t34.getCell('G3').numFmt).toBe('0.00');
    // The quarterly lampiran prints each quarter's K above its rupiah in one cell: two columns
    // here, both numbers (C, D: target and pagu; the agency's row has a pagu only).
    const l3 = wb.getWorksheet('Lampiran 3')!;
    expect(l3.getCell('C4').value).toBe(null);
    expect(l3.getCell('D4').value).toBe(256384931909);
    expect(l3.getCell('D4').numFmt).toBe('#,##0');
    const sub = l3.getColumn(1).values.findIndex((v) => v === 'Penataan Administrasi Pemerintahan');
    expect(sub).toBeGreaterThan(4);
    // Its target with the unit is text ("2 Dokumen"), the pagu a number; its quarter I both numbers.
    expect(l3.getCell(sub, 3).value).toMatch(/^\d+ \p{L}+/u);
    expect(typeof l3.getCell(sub, 4).value).toBe('number');
    expect(typeof l3.getCell(sub, 5).value).toBe('number');
    expect(typeof l3.getCell(sub, 6).value).toBe('number');
    expect(String(l3.getCell(3 + l3.rowCount - 3, 1).value ?? '') + String(l3.getCell(l3.rowCount, 1).value)).toContain('dua kolom');
  });

  it('the same data gives the same bytes', async () => {
    const again = await eksporDokumen('lkjip', FOLDER, { outDir: join(dir, 'lagi') });
    expect(readFileSync(again.path).equals(bytes)).toBe(true);
  });

  it('every figure of the workbook is in the printed PDF', async () => {
    const out = { log: () => undefined, err: () => undefined };
    const report = await buildDocuments(['lkjip'], [FOLDER], { outDir: join(dir, 'pdf') }, out);
    expect(report.failed).toEqual([]);
    const pdf = await readPdf(readFileSync(report.written[0]!.path));
    const text = pdf.pages.join('\n').replace(/\u00ad/g, '');
    let n = 0;
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value !== 'number') return;
          const shown = tampil(cell.value, cell.numFmt);
          expect(text.includes(shown), `${ws.name} ${cell.address}: ${shown}`).toBe(true);
          n++;
        }),
      );
    expect(n).toBeGreaterThan(1000);
  }, 240_000);
});

describe('ekspor rencana-aksi', () => {
  it('one sheet for the program tables that follow one another, under one header; the title with its line breaks as spaces', async () => {
    const e = await eksporDokumen('rencana-aksi', 'data/setwan-paser', { outDir: join(dir, 'ra') });
    const ra = new ExcelJS.Workbook();
    await ra.xlsx.load(readFileSync(e.path) as unknown as ArrayBuffer);
    expect(ra.worksheets.map((w) => w.name)).toEqual(['RENCANA AKSI PENCAPAIAN SASARAN']);
    const ws = ra.worksheets[0]!;
    expect(ws.getCell(1, 1).value).toBe('RENCANA AKSI PENCAPAIAN SASARAN SEKRETARIAT DPRD KABUPATEN PASER TAHUN 2024');
    expect(ws.getCell(2, 1).value).toBe('No');
    // Both programs' rows, each under its sasaran, in the one sheet.
    const col = (ws.getColumn(1).values as unknown[]).map(String);
    expect(col.indexOf('A')).toBeGreaterThan(3);
    expect(col.indexOf('B')).toBeGreaterThan(col.indexOf('A'));
    expect(col).toContain('II');
  });
});
