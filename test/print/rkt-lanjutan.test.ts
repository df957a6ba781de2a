// The RKT's wide table continued over pages (issue 13): one table per program whose head — the
// sasaran, the program, their indicators, targets and pagu, then the column titles — Chromium
// repeats on every page, so no continuation page has blank group columns. Read back from Setwan
// Luwu Timur's RKT, whose first program runs over two pages.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf, type PdfReadBack } from '../pdf-text.ts';

const out = mkdtempSync(join(tmpdir(), 'kinerja-rkt-lanjutan-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
let pdf: PdfReadBack;
beforeAll(async () => {
  expect(await main(['build', 'rkt', 'data/setwan-lutim', '--out', out], { log: () => undefined, err: () => undefined })).toBe(0);
  pdf = await readPdf(readFileSync(join(out, 'setwan-lutim', 'rkt-2024.pdf')));
}, 180_000);

const flat = (s: string) => s.replace(/\u00ad/g, '').replace(/\s+/g, ' ');

describe('the RKT table over several pages', () => {
  it('every page of it says its sasaran and program above the column titles', () => {
    const pages = pdf.pages.map(flat).filter((p) => p.includes('Indikator Sub Kegiatan'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pages) {
      expect(p).toMatch(/Sasaran Renstra .*Indikator Kinerja Sasaran — Target .*Program .*Indikator Program — Target .*Anggaran \(Rp\) .*Kegiatan Sub Kegiatan Indikator Sub Kegiatan Target Anggaran \(Rp\) Ket\./);
    }
  });

  it('a program continued on the next page repeats its sasaran, program and pagu there', () => {
    const program = 'Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD';
    const pages = pdf.pages.map(flat).filter((p) => p.includes(program));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pages) {
      expect(p).toContain('Meningkatnya Pelayanan Kinerja Kesekretariatan Dalam Mendukung Fungsi Legislasi');
      expect(p).toContain('Persentase Kegiatan Legislasi yang difasilitasi: 90 %');
      expect(p).toContain('16.487.571.661');
    }
    // Its rows are not printed twice: each sub kegiatan once in the document.
    expect(pdf.pages.map(flat).join(' ').match(/Pengawasan Kode Etik DPRD 3 Laporan|Jumlah Laporan Hasil Pengawasan Kode Etik/g)).toHaveLength(1);
  });

  it('the table ends with the agency total', () => {
    expect(pdf.pages.map(flat).join(' ')).toMatch(/Jumlah anggaran 28\.\d{3}\.\d{3}\.\d{3}|Jumlah anggaran [\d.]+/);
  });
});
