// Tables into one XLSX workbook (exceljs): a sheet per table named by its number ("Tabel 3.2"),
// the caption above, the header rows frozen, merged cells as printed. Every figure is a number
// with the display format of its printed text ("1.234.567" → #,##0, "97,12 %" → #,##0.00" %"),
// which Excel shows in id-ID as printed; totals are the printed values, not formulas (a formula
// over rounded figures would not always give the printed total). Column widths fit the text.
// The bytes depend on the data only: the workbook's dates are the document's, and the zip is
// written again with every entry dated the same (jszip), so the same data gives the same file.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SelHtml, TabelHtml } from './tabel-html.ts';

export interface Angka {
  nilai: number;
  format: string;
}

/** A printed figure as a number and its display format; undefined for text. */
export function angkaCetak(teks: string): Angka | undefined {
  const m = /^(Rp\.? ?)?([-−]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?( ?%)?$/.exec(teks);
  if (!m) return undefined;
  const [, rp, minus, bulat, desimal = '', persen] = m as unknown as [string, string | undefined, string, string, string | undefined, string | undefined];
  if (/^0\d/.test(bulat)) return undefined; // a code with a leading zero stays text
  const grouped = bulat.includes('.');
  const nilai = Number(`${minus ? '-' : ''}${bulat.replace(/\./g, '')}${desimal ? '.' + desimal : ''}`);
  let format = `${grouped ? '#,##0' : '0'}${desimal ? '.' + '0'.repeat(desimal.length) : ''}`;
  if (rp) format = `"${rp}"${format}`;
  if (persen) format += `"${persen}"`;
  return { nilai, format };
}

const TIPIS: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** Says how a stacked column was split, under the table (the printed cell had both in one). */
function tulisCatatanGanda(ws: ExcelJS.Worksheet, baris: number): void {
  ws.getCell(baris, 1).value = 'Kolom yang dicetak bertumpuk (kinerja di atas rupiah) ditulis dalam dua kolom: kinerja di kiri, rupiah di kanan.';
  ws.getCell(baris, 1).font = { italic: true };
}

/** A sheet name Excel accepts (31 characters, none of []:*?/\), unique in the workbook. */
function namaLembar(t: TabelHtml, i: number, dipakai: Set<string>): string {
  const lampiran = /^Lampiran\s+([\dIVX]+)/i.exec(t.judul);
  let nama = t.nomor ? `Tabel ${t.nomor}` : lampiran ? `Lampiran ${lampiran[1]}` : t.judul || `Tabel ${i + 1}`;
  nama = nama.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).trim();
  let n = nama;
  for (let k = 2; dipakai.has(n.toLowerCase()); k++) n = `${nama.slice(0, 31 - ` (${k})`.length)} (${k})`;
  dipakai.add(n.toLowerCase());
  return n;
}

export interface BukuMeta {
  judul: string;
  penulis: string;
  /** ISO date of the document: the workbook's created/modified and every zip entry's date. */
  tanggal: string;
}

export async function tulisBuku(tabel: TabelHtml[], meta: BukuMeta): Promise<Buffer> {
  const tanggal = new Date(`${meta.tanggal.length === 7 ? meta.tanggal + '-01' : meta.tanggal}T00:00:00Z`);
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.penulis;
  wb.lastModifiedBy = 'kinerja';
  wb.title = meta.judul;
  wb.created = tanggal;
  wb.modified = tanggal;
  wb.calcProperties.fullCalcOnLoad = false;
  const dipakai = new Set<string>();
  tabel.forEach((t, i) => tulisLembar(wb, t, namaLembar(t, i, dipakai)));
  const raw = await wb.xlsx.writeBuffer();
  // The zip again, every entry dated from the data (exceljs dates them by the clock).
  const src = await JSZip.loadAsync(raw as ArrayBuffer);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const f = src.files[name]!;
    if (f.dir) continue;
    out.file(name, await f.async('uint8array'), { date: tanggal, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/**
 * Where each column of a table goes in its sheet: a column of stacked cells (the quarterly
 * lampiran's kinerja above its rupiah) becomes two, the kinerja's first, so that both are
 * numbers a reader can sum; `awal[c]` is the first sheet column (1-based) of table column c.
 */
export function kolomLembar(t: TabelHtml): { awal: number[]; ganda: boolean[] } {
  const lebar = Math.max(1, ...[...t.kepala, ...t.badan, ...t.kaki].map((r) => r.length));
  const ganda = Array.from({ length: lebar }, (_, c) => [...t.badan, ...t.kaki].some((r) => r[c]?.k !== undefined && !r[c]!.tertutup));
  const awal: number[] = [];
  ganda.reduce((n, g, c) => ((awal[c] = n), n + (g ? 2 : 1)), 1);
  return { awal, ganda };
}

function tulisLembar(wb: ExcelJS.Workbook, t: TabelHtml, nama: string): void {
  const kepala = t.kepala.length;
  const ws = wb.addWorksheet(nama, { views: [{ state: 'frozen', ySplit: 1 + kepala, xSplit: 0 }] });
  ws.getCell(1, 1).value = t.nomor ? `Tabel ${t.nomor} ${t.judul}` : t.judul;
  ws.getCell(1, 1).font = { bold: true };
  const { awal, ganda } = kolomLembar(t);
  const akhir = (c: number) => awal[c]! + (ganda[c] ? 1 : 0);
  const panjang = Array.from({ length: akhir(awal.length - 1) + 1 }, () => 4);
  /** One figure or text into the cell at (row, col), bordered; its width counted when `ukur`. */
  const isi = (baris: number, kolom: number, teks: string, jenis: 'kepala' | 'badan' | 'kaki', ukur: boolean) => {
    const cell = ws.getCell(baris, kolom);
    const a = jenis === 'kepala' ? undefined : angkaCetak(teks);
    if (a) {
      cell.value = a.nilai;
      cell.numFmt = a.format;
    } else if (teks) cell.value = teks;
    cell.border = TIPIS;
    if (jenis !== 'badan') cell.font = { bold: true };
    cell.alignment = jenis === 'kepala' ? { horizontal: 'center', vertical: 'middle', wrapText: true } : { vertical: 'top', wrapText: !a };
    if (ukur) panjang[kolom - 1] = Math.max(panjang[kolom - 1]!, ...teks.split('\n').map((l) => l.length + (a ? 2 : 0)));
  };
  const tulisBaris = (rows: SelHtml[][], mulai: number, jenis: 'kepala' | 'badan' | 'kaki') => {
    rows.forEach((row, r) => {
      row.forEach((sel, c) => {
        if (sel.tertutup) return;
        const [dari, sampai] = [awal[c]!, akhir(c + sel.kolom - 1)];
        // A stacked column: the kinerja in the first of its two, the rest in the second.
        const pisah = jenis !== 'kepala' && sel.kolom === 1 && ganda[c];
        if (pisah) {
          isi(mulai + r, dari, sel.k ?? '', jenis, sel.baris === 1);
          ws.getCell(mulai + r, dari).border = TIPIS;
        }
        isi(mulai + r, pisah ? dari + 1 : dari, sel.teks, jenis, sel.baris === 1 && (pisah || dari === sampai));
        if (pisah ? sel.baris > 1 : dari !== sampai || sel.baris > 1) {
          if (pisah) ws.mergeCells(mulai + r, dari, mulai + r + sel.baris - 1, dari);
          ws.mergeCells(mulai + r, pisah ? dari + 1 : dari, mulai + r + sel.baris - 1, sampai);
        }
      });
    });
  };
  tulisBaris(t.kepala, 2, 'kepala');
  tulisBaris(t.badan, 2 + kepala, 'badan');
  tulisBaris(t.kaki, 2 + kepala + t.badan.length, 'kaki');
  if (ganda.some(Boolean)) tulisCatatanGanda(ws, 3 + kepala + t.badan.length + t.kaki.length + (t.sumber ? 1 : 0));
  if (t.sumber) ws.getCell(3 + kepala + t.badan.length + t.kaki.length, 1).value = t.sumber;
  // Widths that fit: the longest line of a column (a long text wraps at 60 characters).
  panjang.forEach((p, c) => (ws.getColumn(c + 1).width = Math.min(60, Math.max(6, p + 2))));
}
