// A slash between words in a fixed-layout table's cell is a place to break the line (issue 13):
// "Bulanan/Triwulanan/Semesteran" broke as "Triwulanan/S" / "emesteran" in the RKT's narrow column.
import { describe, expect, it } from 'vitest';
import { breakLongWords } from '../../src/render/long-words.ts';

const sel = (teks: string, kelas = 'data tetap') => breakLongWords(`<table class="${kelas}"><tr><td>${teks}</td></tr></table>`);

describe('a slash between words', () => {
  it('lets a fixed-layout cell break after it, never inside the words around it', () => {
    const out = sel('Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD');
    expect(out.replace(/\u00ad/g, '')).toContain('Bulanan/<wbr>Triwulanan/<wbr>Semesteran');
    expect(out.replace(/\u00ad/g, '').replace(/<wbr>/g, '')).toBe('<table class="data tetap"><tr><td>Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD</td></tr></table>');
  });

  it('leaves figures, dates and automatic-layout tables alone', () => {
    expect(sel('1/2 dan 12/2024')).toContain('<td>1/2 dan 12/2024</td>');
    expect(sel('Bulanan/Triwulanan', 'data')).toContain('<td>Bulanan/Triwulanan</td>');
  });
});
