// The Daftar Isi numbers read from a front matter and written into another print of it (watch
// prints the front matter with the last save's numbers, src/build.ts printWithToc).
import { describe, expect, it } from 'vitest';
import { denganNomor, nomorHalaman } from '../../src/render/nomor-halaman.ts';

const depan = (...hal: string[]) =>
  `<ul class="toc">${hal.map((h, i) => `<li class="toc-1"><span class="judul">Bab ${i + 1}</span><span class="hal">${h}</span></li>`).join('')}</ul>`;

describe('nomor halaman', () => {
  it('reads every entry’s number in document order', () => {
    expect(nomorHalaman(depan('i', '1', '12'))).toEqual(['i', '1', '12']);
    expect(nomorHalaman('<p>tanpa daftar</p>')).toEqual([]);
  });

  it('writes numbers in order, leaving everything else as it was', () => {
    expect(denganNomor(depan('888', '888', 'viii'), ['3', '17', 'ii'])).toBe(depan('3', '17', 'ii'));
  });

  it('refuses numbers that are not as many as the entries', () => {
    expect(denganNomor(depan('888', '888'), ['3'])).toBeUndefined();
    expect(denganNomor(depan('888'), ['3', '4'])).toBeUndefined();
  });
});
