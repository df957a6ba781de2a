// Answer files the shared spreadsheet reader (src/util/lembar) must take or refuse as the survey's
// own reader did: Excel's "Unicode Text" (UTF-16, tabs), a quote never closed (at the quote), a
// file named .xlsx that is no workbook, and a workbook whose part would inflate past the limit (a
// zip bomb: refused from the zip's directory, never unpacked) — each at its file, row and column.
import { describe, expect, it } from 'vitest';
import { formatAngka } from '../../src/format/index.ts';
import { csv, periksa, surveiYaml } from './fixture.ts';
import { tulisXlsx, zip } from './xlsx-tulis.ts';

const unit = (berkas: string) => surveiYaml('', `  - {id: loket, nama: Loket, berkas: ${berkas}}`);
const BARIS = [[1, 3, 3, 3, 3, 3, 3, 3, 3, 3], [2, 4, 4, 4, 4, 4, 4, 4, 4, 4]];

describe('answer files through the shared reader', () => {
  it('UTF-16 with tabs (Excel "Unicode Text") reads as the comma CSV does', () => {
    const teks = '\uFEFF' + csv(BARIS, undefined, '\t').replace(/\n/g, '\r\n');
    const h = periksa({ '2024/survei.yaml': unit('survei/loket.csv'), '2024/survei/loket.csv': Buffer.from(teks, 'utf16le') });
    expect(h.diags).toEqual([]);
    expect(formatAngka(h.m!.survei!.unit[0]!.konversi!, 2)).toBe('87,50');
  });

  it('a quote never closed: at the line and character of the quote', () => {
    const teks = csv(BARIS) + '3,3,3,"3,3,3,3,3,3,3\n';
    const h = periksa({ '2024/survei.yaml': unit('survei/loket.csv'), '2024/survei/loket.csv': teks });
    expect(h.diags.map((d) => [d.code, d.message, d.at?.line, d.at?.col])).toEqual([['survei/csv-kutip', 'tanda kutip yang dibuka di baris 4 tidak pernah ditutup', 4, 7]]);
  });

  it('a file named .xlsx that is no workbook', () => {
    const h = periksa({ '2024/survei.yaml': unit('survei/loket.xlsx'), '2024/survei/loket.xlsx': csv(BARIS) });
    expect(h.diags.map((d) => [d.code, d.message, d.at?.line])).toEqual([['survei/xlsx-rusak', 'berkas ini tidak dapat dibaca sebagai buku kerja Excel (XLSX): bukan arsip zip', 1]]);
  });

  it('a part that would inflate past 64 MB is refused unread', () => {
    const baik = tulisXlsx([['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'], ...BARIS]);
    expect(periksa({ '2024/survei.yaml': unit('survei/loket.xlsx'), '2024/survei/loket.xlsx': baik }).diags).toEqual([]);
    const bom = zip([['xl/workbook.xml', '<workbook/>'], ['xl/media/nol.bin', Buffer.alloc(65 * 1024 * 1024)]]);
    expect(bom.length).toBeLessThan(200 * 1024);
    const h = periksa({ '2024/survei.yaml': unit('survei/loket.xlsx'), '2024/survei/loket.xlsx': bom });
    expect(h.diags.map((d) => [d.code, d.message])).toEqual([['survei/xlsx-rusak', 'berkas ini tidak dapat dibaca sebagai buku kerja Excel (XLSX): bagian xl/media/nol.bin terlalu besar']]);
  });
});
