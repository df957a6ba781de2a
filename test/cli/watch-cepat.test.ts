// The fast preview of `kinerja watch`: the body printed chapter by chapter and only the pieces
// whose input changed printed again at a save. What it shows must be the document a full build
// makes of the same data: the same pages, the same text on each, the same page labels and
// bookmarks — proven on the reference LKjIP after a narrative that grows a chapter by pages
// (every later page number, overlay and Daftar Isi entry moves) and a changed figure.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { printPreview, type Pencetak, type SesiPratinjau } from '../../src/build.ts';
import { Printer } from '../../src/print/index.ts';
import { potongIsi, POTONG } from '../../src/render/potong.ts';
import { CetakanTersimpan, potongBab } from '../../src/watch/cetakan.ts';
import { readPdf } from '../pdf-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-watch-cepat-'));
const printer = new Printer();
afterAll(async () => {
  await printer.dispose();
  rmSync(dir, { recursive: true, force: true });
});
const diam = { log: () => undefined, err: () => undefined };
const body = (html: string) => html.slice(html.indexOf('>', html.indexOf('<body')) + 1, html.lastIndexOf('</body>'));

describe('potongBab', () => {
  const head = '<!doctype html><html><head><style>p{}</style></head><body class="x">';
  const doc = (...blocks: string[]) => `${head}${blocks.join(POTONG)}</body></html>`;

  it('cuts at every mark, each piece a whole document with the same head', () => {
    const html = doc('<section class="bab"><h1>I</h1></section>', '<section class="bab"><h1>II</h1></section>', '<section class="lampiran"><p>L</p></section>');
    const pieces = potongBab(html, 0);
    expect(pieces.map(body)).toEqual(['<section class="bab"><h1>I</h1></section>', '<section class="bab"><h1>II</h1></section>', '<section class="lampiran"><p>L</p></section>']);
    for (const p of pieces) expect(p.startsWith(head) && p.endsWith('</body></html>')).toBe(true);
    // More pieces than the build's, at the same marks: the same body when put together.
    expect(pieces.length).toBeGreaterThan(potongIsi(html, 2).length);
    expect(pieces.map(body).join(POTONG)).toBe(body(html));
  });

  it('keeps a wrapper with nothing in it with its neighbour instead of printing a blank page', () => {
    const html = doc('<section class="bab"><h1>I</h1></section>', '<section class="lampiran-lebar"><table></table></section>', '\n<section class="bab lanjut" data-bab="1">\n</section>\n');
    const pieces = potongBab(html, 0).map(body);
    expect(pieces).toHaveLength(2);
    expect(pieces[1]).toBe(`<section class="lampiran-lebar"><table></table></section>${POTONG}\n<section class="bab lanjut" data-bab="1">\n</section>\n`);
    // And a body that opens with an empty wrapper gives it to the first piece with content.
    expect(potongBab(doc('<section class="bab">\n</section>', '<p>isi</p>'), 0).map(body)).toEqual([`<section class="bab">\n</section>${POTONG}<p>isi</p>`]);
  });

  it('puts short chapters together until a piece holds enough to be worth its own print', () => {
    const bab = (n: number, size: number) => `<section class="bab"><h1>${n}</h1><p>${'x'.repeat(size)}</p></section>`;
    const html = doc(bab(1, 5), bab(2, 5), bab(3, 40), bab(4, 5), bab(5, 5));
    const pieces = potongBab(html, 150).map(body); // each short chapter about 55 characters, the long one about 90
    expect(pieces).toEqual([[bab(1, 5), bab(2, 5), bab(3, 40)].join(POTONG), [bab(4, 5), bab(5, 5)].join(POTONG)]);
    expect(pieces.join(POTONG)).toBe(body(html));
  });
});

describe('the fast preview equals a full build', () => {
  /** The two PDFs read back as a reader would: same pages, same text on each, labels, bookmarks. */
  async function sama(cepat: string, penuh: string): Promise<string[]> {
    const a = await readPdf(readFileSync(cepat));
    const b = await readPdf(readFileSync(penuh));
    expect(a.pages.length).toBe(b.pages.length);
    a.pages.forEach((t, i) => expect(t, `halaman ${i + 1}`).toBe(b.pages[i]));
    expect(a.labels).toEqual(b.labels);
    expect(a.bookmarks).toEqual(b.bookmarks);
    return a.pages;
  }

  it('after a chapter grows by pages, then after a figure changes: same pages, text, labels and bookmarks; unchanged pieces not printed again', { timeout: 900_000 }, async () => {
    const folder = join(dir, 'setda');
    cpSync('data/setda-paser', folder, { recursive: true });
    // What reaches Chromium, by kind of print.
    const panggilan: string[] = [];
    const catat: Pencetak = {
      print: (...a) => (panggilan.push('print'), printer.print(...a)),
      printHeld: (...a) => (panggilan.push('printHeld'), printer.printHeld(...a)),
      reprint: (...a) => (panggilan.push('reprint'), printer.reprint(...a)),
      lepas: (h) => printer.lepas(h),
    };
    const cetakan = new CetakanTersimpan(catat);
    const sesi: SesiPratinjau = { potong: potongBab, nomorLalu: {} };
    const pertama = await printPreview(folder, 'lkjip', cetakan, join(dir, 'a'), diam, sesi);
    cetakan.selesai();
    expect(cetakan.statistik.disimpan).toBe(0);

    // Bab I grows by about two pages of new prose: every later page number, overlay and Daftar
    // Isi entry moves, the later chapters' own pieces do not change.
    const maksud = join(folder, '2024/narasi/bab1-maksud.md');
    const paragraf = 'Penyusunan laporan ini juga menjadi bahan evaluasi internal atas pelaksanaan program dan kegiatan pada setiap bagian, sehingga capaian yang belum memenuhi target dapat ditelusuri penyebabnya sejak awal tahun anggaran berikutnya dan ditindaklanjuti dalam rencana kerja. ';
    writeFileSync(maksud, `${readFileSync(maksud, 'utf8')}\n${Array.from({ length: 12 }, () => paragraf.repeat(3)).join('\n\n')}\n`);
    let sebelum = { ...cetakan.statistik };
    panggilan.length = 0;
    const tumbuh = await printPreview(folder, 'lkjip', cetakan, join(dir, 'b'), diam, sesi);
    cetakan.selesai();
    expect(cetakan.statistik.disimpan - sebelum.disimpan).toBeGreaterThan(0);
    expect(tumbuh.pages).toBeGreaterThan(pertama.pages);
    // The front matter was printed with the last numbers, which no longer hold: printed again with the new ones.
    expect(panggilan).toContain('reprint');
    await sama(tumbuh.path, (await printPreview(folder, 'lkjip', printer, join(dir, 'c'), diam)).path);

    // Then a figure printed in several chapters and the front matter.
    const realisasi = join(folder, '2024/realisasi.yaml');
    const asli = readFileSync(realisasi, 'utf8');
    const diubah = asli.replace(/nilai: 1\d\d(\.\d+)?\n/, 'nilai: 119.5\n');
    expect(diubah).not.toBe(asli);
    writeFileSync(realisasi, diubah);
    sebelum = { ...cetakan.statistik };
    panggilan.length = 0;
    const angka = await printPreview(folder, 'lkjip', cetakan, join(dir, 'd'), diam, sesi);
    cetakan.selesai();
    expect(cetakan.statistik.dicetak - sebelum.dicetak).toBeGreaterThan(0);
    // No page moved: the front matter printed once with the last numbers is the final one.
    expect(panggilan).not.toContain('reprint');
    expect(sesi.nomorLalu!.nomor!.length).toBeGreaterThan(20);
    const penuh = await printPreview(folder, 'lkjip', printer, join(dir, 'e'), diam);
    const teks = await sama(angka.path, penuh.path);
    // Without the structure tree (tags are for the delivered file, which a build writes).
    const strukturnya = async (f: string) => (await PDFDocument.load(readFileSync(f))).catalog.has(PDFName.of('StructTreeRoot'));
    expect(await strukturnya(angka.path)).toBe(false);
    expect(await strukturnya(penuh.path)).toBe(true);
    expect(teks.join('\n')).toContain('119,5');
  });
});
