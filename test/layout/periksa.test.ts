// Each rule of the layout check fails on a small PDF with its defect and passes a clean one.
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { Printer } from '../../src/print/index.ts';
import { baseAssets } from '../../src/render/engine.ts';
import { periksaTataLetak, type Aturan } from './periksa.ts';

const printer = new Printer();
afterAll(() => printer.close());
const assets = baseAssets();
const page = (body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><link rel="stylesheet" href="/styles/fonts.css"><style>body{font-family:Arimo;font-size:12pt;line-height:1.5;margin:0} @page{size:A4;margin:25mm} p{margin:0 0 6pt} .b{font-weight:700}</style></head><body>${body}</body></html>`;
const rules = async (body: string, aturan: Aturan) => (await periksaTataLetak(await printer.print(page(body), assets), { aturan: [aturan] })).map((t) => `${t.halaman}: ${t.pesan}`);

const prose = '<p>Capaian kinerja sasaran strategis tahun ini dihitung dari realisasi setiap indikator terhadap targetnya.</p>';
const ttd = '<p>Tana Paser, 28 Februari 2025</p><p class="b">Sekretaris Daerah</p><div style="height:20mm"></div><p class="b">Drs. KATSUL WIJAYA, M.Si</p><p>NIP. 19661211 198609 1 002</p>';
const table = '<table><tr><td>Sasaran</td><td>Indikator</td></tr><tr><td>Meningkatnya kualitas layanan</td><td>Nilai AKIP</td></tr></table>';

describe('layout check', () => {
  it('keterangan-sendiri: a table caption that ends a page, its table on the next', async () => {
    const bad = await rules(`${prose}<div style="height:200mm"></div><p class="b">Tabel 2.5</p><p class="b">Penetapan Kinerja Tahun 2024</p><div style="break-before:page">${table}</div>`, 'keterangan-sendiri');
    expect(bad).toEqual(['1: keterangan "Tabel 2.5" mengakhiri halaman tanpa baris tabel atau gambar sesudahnya']);
    expect(await rules(`${prose}<p class="b">Tabel 2.5</p><p class="b">Penetapan Kinerja Tahun 2024</p>${table}`, 'keterangan-sendiri')).toEqual([]);
  }, 60_000);

  it('ttd-sendiri: a page that holds only a signature block', async () => {
    const bad = await rules(`${prose}<div style="break-before:page">${ttd}</div>`, 'ttd-sendiri');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(/^2: halaman hanya berisi blok tanda tangan/);
    expect(await rules(`${prose}${ttd}`, 'ttd-sendiri')).toEqual([]);
  }, 60_000);

  it('angka-terpotong: an amount broken mid-number, "%" and "Rp" parted from their figure', async () => {
    const bad = await rules('<div style="width:22mm;overflow-wrap:anywhere">108.293.918.232</div><p>capaian 94,07<br>% dari target</p><p>sebesar Rp<br>20.260.000</p>', 'angka-terpotong');
    expect(bad.join('\n')).toMatch(/angka "108\.293\.918\.232" terpotong/);
    expect(bad.join('\n')).toMatch(/"%" di awal baris/);
    expect(bad.join('\n')).toMatch(/"Rp" di ujung baris/);
    expect(await rules('<div style="width:40mm">108.293.918.232</div><p>capaian 94,07&nbsp;%<br>dari target</p><p>sebesar<br>Rp&nbsp;20.260.000</p><p>Tahun 2024<br>2025</p>', 'angka-terpotong')).toEqual([]);
  }, 60_000);

  it('di-luar-halaman: text beyond the right margin or off the page', async () => {
    // Chromium clips what overflows its page box, or shrinks the whole page to fit: the defect a
    // reader would see (text cut at the edge) is drawn here with pdf-lib instead.
    const pdf = async (x: number) => {
      const doc = await PDFDocument.create();
      const p = doc.addPage([595, 842]);
      p.drawText('108.293.918.232', { x, y: 400, size: 10, font: await doc.embedFont(StandardFonts.Helvetica) });
      return doc.save();
    };
    const bad = await periksaTataLetak(await pdf(540), { aturan: ['di-luar-halaman'] });
    expect(bad.map((t) => t.pesan)).toEqual([expect.stringMatching(/^"108\.293\.918[.\d]*" di x 540–5\d\d, y 400 \(halaman 595 × 842 pt\)$/)]);
    expect(await periksaTataLetak(await pdf(300), { aturan: ['di-luar-halaman'] })).toEqual([]);
  }, 60_000);

  it('huruf-asing: a font that is not the bundled Arimo or Tinos', async () => {
    const bad = await rules(`${prose}<p style="font-family:'DejaVu Sans'">Kepala Bagian</p>`, 'huruf-asing');
    expect(bad[0]).toMatch(/^1: huruf \S*DejaVuSans bukan Arimo atau Tinos \("Kepala Bagian"\)/);
    expect(await rules(`${prose}<p style="font-family:Tinos">Kepala Bagian</p>`, 'huruf-asing')).toEqual([]);
  }, 60_000);

  it('terlalu-kecil: text under the 8 pt floor', async () => {
    const bad = await rules(`${prose}<p style="font-size:7pt">Rp 33,78 M</p>`, 'terlalu-kecil');
    expect(bad).toEqual(['1: 1 potong teks di bawah 8 pt (terkecil 7.0 pt: "Rp 33,78 M")']);
    expect(await rules(`${prose}<p style="font-size:8pt">Rp 33,78 M</p>`, 'terlalu-kecil')).toEqual([]);
    // A figure's lettering (a chart, a tree's node labels) is held to the same floor.
    expect(await rules(`${prose}<p style="font-size:7pt">TUJUAN</p><p class="b">Gambar 3.1 Pohon Kinerja Program</p>`, 'terlalu-kecil')).toEqual(['1: 1 potong teks di bawah 8 pt (terkecil 7.0 pt: "TUJUAN")']);
  }, 60_000);

  it('halaman-pendek: a page of two lines whose chapter goes on over the page', async () => {
    const full = prose.repeat(14);
    const bad = await rules(`${full}<div style="break-before:page">${prose}</div><div style="break-before:page">${prose}</div>`, 'halaman-pendek');
    expect(bad).toEqual(['2: hanya 2 baris isi ("Capaian kinerja sasaran strategis tahun"), padahal bab atau bagiannya berlanjut di halaman berikut']);
    // The same short page ending its chapter (the next opens with a chapter title), or the document.
    expect(await rules(`${full}<div style="break-before:page">${prose}</div><h1 style="break-before:page;font-size:14pt">BAB II</h1>${prose}`, 'halaman-pendek')).toEqual([]);
    expect(await rules(`${full}<div style="break-before:page">${prose}</div>`, 'halaman-pendek')).toEqual([]);
  }, 60_000);

  it('judul-di-akhir: a heading at the foot of a page, its text on the next', async () => {
    const bad = await rules(`${prose}<div style="height:222mm"></div><p class="b">B. Capaian Kinerja Organisasi</p><div style="break-before:page">${prose}</div>`, 'judul-di-akhir');
    expect(bad).toEqual(['1: judul "B. Capaian Kinerja Organisasi" mengakhiri halaman, isinya di halaman berikut']);
    expect(await rules(`${prose}<div style="height:200mm"></div><p class="b">B. Capaian Kinerja Organisasi</p>${prose}`, 'judul-di-akhir')).toEqual([]);
    // A signature's bold name on the right, or a figure's centred caption, at the foot is no heading.
    expect(await rules(`${prose}<div style="height:222mm"></div><p class="b" style="text-align:right">Drs. KATSUL WIJAYA</p><div style="break-before:page">${prose}</div>`, 'judul-di-akhir')).toEqual([]);
  }, 60_000);

  it('kata-terpotong: a word broken without a hyphen', async () => {
    const bad = await rules('<p>kegiatan yang diselenggaraka<br>n oleh sekretariat</p><p>Penyelenggara<br>an rapat</p>', 'kata-terpotong');
    expect(bad).toEqual(['1: kata terpotong tanpa tanda hubung: "diselenggaraka" / "n"', '1: kata terpotong tanpa tanda hubung: "Penyelenggara" / "an"']);
    expect(await rules('<p>kegiatan yang diselengga-<br>rakan oleh sekretariat</p><p>rapat yang<br>diselenggarakan dewan</p>', 'kata-terpotong')).toEqual([]);
  }, 60_000);
});
