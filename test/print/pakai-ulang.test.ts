// A tab that keeps its document for the next print with the same head and files (watch's
// preview, PrintOptions.pakaiUlang): only the body is replaced, and what prints is what a fresh
// load of the same HTML prints.
import { afterAll, describe, expect, it } from 'vitest';
import { Chromium, type Assets } from '../../src/print/chromium.ts';
import { readPdf } from '../pdf-text.ts';

const chromium = new Chromium();
afterAll(() => chromium.end());

const assets: Assets = new Map();
const kepala = (judul: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${judul}</title><style>@page{size:A5;margin:15mm} h1{break-before:page}</style></head><body class="isi">`;
const dokumen = (judul: string, isi: string, akhir = '') => `${kepala(judul)}${isi}</body>${akhir}</html>`;
const bab = (...judul: string[]) => judul.map((j) => `<h1>${j}</h1><p>Uraian ${j}.</p>`).join('');
const opsi = (pakaiUlang?: string) => ({ tagged: false, pakaiUlang });
const teks = async (pdf: Uint8Array) => (await readPdf(pdf)).pages;

describe('pakaiUlang', () => {
  it('puts a new body in the tab that shows a document with the same head and files, printing what a fresh load prints', async () => {
    await chromium.print(dokumen('A', bab('Satu')), assets, opsi('s1'));
    const sebelum = { ...chromium.statistik };
    // Three pages now, and a style sheet after </body> (as a DRAF mark is), which the parser moves into the body.
    const html = dokumen('A', bab('Dua', 'Tiga', 'Empat'), '<style>body::after{content:"TANDA AKHIR"}</style>');
    const diganti = await chromium.print(html, assets, opsi('s1'));
    expect(chromium.statistik.isiDiganti - sebelum.isiDiganti).toBe(1);
    expect(chromium.statistik.dimuat).toBe(sebelum.dimuat);
    const segar = await chromium.print(html, assets, opsi());
    expect(await teks(diganti)).toEqual(await teks(segar));
    expect((await teks(diganti)).join('\n')).toMatch(/Dua[\s\S]*Tiga[\s\S]*Empat[\s\S]*TANDA AKHIR/);
    expect(await teks(diganti)).toHaveLength(3);
  });

  it('loads the page afresh for another head, other files, or a print that does not ask', async () => {
    await chromium.print(dokumen('B', bab('Satu')), assets, opsi('s2'));
    const sebelum = { ...chromium.statistik };
    await chromium.print(dokumen('B lain', bab('Dua')), assets, opsi('s2'));
    await chromium.print(dokumen('B lain', bab('Tiga')), assets, opsi('s3'));
    await chromium.print(dokumen('B lain', bab('Empat')), assets, opsi());
    expect(chromium.statistik.isiDiganti).toBe(sebelum.isiDiganti);
    expect(chromium.statistik.dimuat - sebelum.dimuat).toBe(3);
  });
});

describe('long documents', () => {
  it('print one at a time, while a short one prints beside them', async () => {
    const panjang = (n: number) => dokumen(`P${n}`, `<h1>Dokumen ${n}</h1>` + `<p>${'kata '.repeat(60)}</p>`.repeat(1100));
    expect(panjang(1).length).toBeGreaterThan(300_000);
    const hasil = await Promise.all([chromium.print(panjang(1), assets, opsi()), chromium.print(panjang(2), assets, opsi()), chromium.print(dokumen('S', bab('Pendek')), assets, opsi())]);
    expect(chromium.statistik.besarSerentak).toBe(1);
    expect((await teks(hasil[0]))[0]).toContain('Dokumen 1');
    expect((await teks(hasil[1]))[0]).toContain('Dokumen 2');
    expect((await teks(hasil[2])).join('')).toContain('Pendek');
  });
});
