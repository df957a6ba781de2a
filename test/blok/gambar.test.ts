// The block `gambar` (issue 12, images): every bad image is an error at the outline's line with
// its message, a hostile SVG prints without its hostile parts but with its shapes, and the view
// gives the page the checked bytes under a name of ours with a numbered caption. The images are in
// test/fixtures/gambar (made by its buat.mjs); the contexts are built by hand, as the outline's
// walker will build them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { afterAll, describe, expect, it } from 'vitest';
import { Diagnostics, KinerjaError, type Location } from '../../src/diagnostics/index.ts';
import type { Assets } from '../../src/print/index.ts';
import { gambar, type OpsiGambar } from '../../src/render/blok/gambar.ts';
import type { BlokKonteks, PeriksaKonteks } from '../../src/render/blok/types.ts';
import { bacaGambar, bersihkanSvg } from '../../src/util/gambar-berkas.ts';

const ROOT = join(import.meta.dirname, '../..');
const FOLDER = join(ROOT, 'test/fixtures/gambar');
const TAHUN = join(FOLDER, '2024');
const TEMPLAT = Handlebars.compile(readFileSync(join(ROOT, 'templates/blok/gambar.hbs'), 'utf8'));

const BARIS: Record<string, number> = { berkas: 7, judul: 8, lebar: 9 };
const at = (opsi?: string): Location => ({ file: 'kerangka/lkjip.yaml', line: BARIS[opsi ?? ''] ?? 6, col: 5 });

function periksa(berkas: string, lain: Partial<OpsiGambar> = {}, folder = FOLDER, tahunFolder = TAHUN): Diagnostics {
  const diags = new Diagnostics();
  const k = { data: {}, tahun: 2024, folder, tahunFolder, diags, at, tabelSendiri: {} } as unknown as PeriksaKonteks;
  gambar.periksa!(k, { berkas, judul: 'Struktur Organisasi', ...lain });
  return diags;
}

function konteks(): BlokKonteks & { assets: Assets } {
  let n = 0;
  return {
    folder: FOLDER,
    tahunFolder: TAHUN,
    assets: new Map(),
    gambar: () => ({ nomor: `2.${++n}`, id: `gambar-2-${n}` }),
  } as unknown as BlokKonteks & { assets: Assets };
}

const sementara: string[] = [];
afterAll(() => sementara.forEach((d) => rmSync(d, { recursive: true, force: true })));
function folderSementara(): string {
  const d = mkdtempSync(join(tmpdir(), 'kinerja-gambar-uji-'));
  sementara.push(d);
  mkdirSync(join(d, 'gambar'));
  return d;
}

describe('periksa: a bad image is an error at the line of `gambar:`', () => {
  const kasus: [string, string, RegExp, RegExp?][] = [
    ['gambar/tidak-ada.png', 'gambar/tidak-ada', /^berkas gambar "gambar\/tidak-ada.png" tidak ada di folder instansi \(juga tidak di folder tahun 2024\/\)$/],
    ['bagam.png', 'gambar/tidak-ada', /"bagam.png" tidak ada/, /^maksud Anda `bagan.png`\?$/],
    ['../luar.png', 'gambar/di-luar-folder', /keluar dari folder instansi \(\.\.\): tertulis "\.\.\/luar.png"/],
    ['/etc/logo.png', 'gambar/jalur', /harus relatif terhadap folder instansi: tertulis "\/etc\/logo.png"/],
    ['https://contoh.test/bagan.png', 'gambar/dari-luar', /tidak dari alamat: tertulis "https:\/\/contoh.test\/bagan.png"/],
    ['gambar\\bagan.png', 'gambar/jalur', /garis miring terbalik/, /`gambar\/bagan.png`/],
    ['bagan.gif', 'gambar/jenis', /^gambar harus PNG, JPEG atau SVG: tertulis "bagan.gif"$/],
    ['terpotong.png', 'gambar/rusak', /^gambar "terpotong.png" tidak dapat dibaca: berkas terpotong di tengah bagian IDAT$/],
    ['foto-terpotong.jpg', 'gambar/rusak', /^gambar "foto-terpotong.jpg" tidak dapat dibaca: berkas terpotong: penanda akhir \(EOI\) tidak ada$/],
    ['png-bernama.jpg', 'gambar/isi-salah', /^gambar "png-bernama.jpg" bukan gambar JPEG: isinya gambar PNG$/, /berakhiran \.png/],
    ['teks.png', 'gambar/isi-salah', /^gambar "teks.png" bukan gambar PNG: isinya teks biasa$/],
    ['raksasa.png', 'gambar/terlalu-besar', /^gambar "raksasa.png" terlalu besar: 10\.000 × 5\.000 piksel \(50 megapiksel, batas 40 megapiksel\)$/],
    ['raksasa.svg', 'gambar/terlalu-besar', /100\.000 × 100\.000 piksel \(10\.000 megapiksel, batas 40 megapiksel\)/],
    ['rusak.svg', 'gambar/rusak', /^gambar "rusak.svg" tidak dapat dibaca: XML-nya salah di baris 4/],
    ['tanpa-ukuran.svg', 'gambar/rusak', /tidak menyatakan ukurannya/, /viewBox/],
  ];
  it.each(kasus)('%s → %s', (berkas, code, message, hint) => {
    const d = periksa(berkas);
    expect(d.list).toHaveLength(1);
    const [e] = d.errors;
    expect(e).toMatchObject({ code, at: at('berkas') });
    expect(e!.message).toMatch(message);
    expect(e!.hint).toBeTruthy();
    if (hint) expect(e!.hint).toMatch(hint);
  });

  it('over 10 MB is refused before it is read, with the limit in the message', () => {
    const d = folderSementara();
    writeFileSync(join(d, 'gambar/besar.png'), Buffer.concat([readFileSync(join(FOLDER, 'bagan.png')), Buffer.alloc(11 * 1024 * 1024)]));
    const [e] = periksa('gambar/besar.png', {}, d, join(d, '2024')).errors;
    expect(e).toMatchObject({ code: 'gambar/terlalu-besar', message: 'gambar "gambar/besar.png" terlalu besar: 11 MB (batas 10 MB)', at: at('berkas') });
  });

  it('a symbolic link out of the agency folder, or to nothing, is refused; one inside is followed', () => {
    const d = folderSementara();
    symlinkSync(join(FOLDER, 'bagan.png'), join(d, 'gambar/luar.png'));
    symlinkSync(join(d, 'gambar/hilang.png'), join(d, 'gambar/putus.png'));
    writeFileSync(join(d, 'gambar/asli.png'), readFileSync(join(FOLDER, 'bagan.png')));
    symlinkSync(join(d, 'gambar/asli.png'), join(d, 'gambar/dalam.png'));
    const tahun = join(d, '2024');
    expect(periksa('gambar/luar.png', {}, d, tahun).errors[0]).toMatchObject({
      code: 'gambar/di-luar-folder', message: 'gambar "gambar/luar.png" adalah tautan simbolik ke luar folder instansi', at: at('berkas') });
    expect(periksa('gambar/putus.png', {}, d, tahun).errors[0]).toMatchObject({ code: 'gambar/tautan-putus', at: at('berkas') });
    expect(periksa('gambar/dalam.png', {}, d, tahun).list).toEqual([]);
  });

  it('a folder named like an image is not read', () => {
    const d = folderSementara();
    mkdirSync(join(d, 'gambar/folder.png'));
    expect(periksa('gambar/folder.png', {}, d, join(d, '2024')).errors[0]).toMatchObject({ code: 'berkas/folder-bukan-berkas', at: at('berkas') });
  });

  it('an empty title and a width outside 10–100 % are errors at their own lines', () => {
    const d = periksa('foto.jpg', { judul: ' ', lebar: 150 });
    expect(d.errors.map((e) => [e.code, e.at])).toEqual([['gambar/judul', at('judul')], ['gambar/lebar', at('lebar')]]);
    expect(d.errors[1]!.message).toBe('lebar gambar adalah persen dari lebar teks, 10 sampai 100: tertulis 150');
  });

  it('good PNG, JPEG and SVG pass without a word', () => {
    for (const f of ['bagan.png', 'foto.jpg', 'bagan.svg']) expect(periksa(f).list).toEqual([]);
  });

  it('a hostile SVG passes with one warning that names what was removed', () => {
    const d = periksa('jahat.svg');
    expect(d.errors).toEqual([]);
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatchObject({ code: 'gambar/svg-dibersihkan', at: at('berkas') });
    expect(d.warnings[0]!.message).toMatch(/^SVG "jahat.svg" dibersihkan sebelum dicetak, yang dibuang: instruksi <\?xml-stylesheet\?>; atribut peristiwa onload pada <svg>; <script> \(2×\); @import di <style>; .*; dan \d+ lainnya$/);
  });
});

describe('bersihkanSvg', () => {
  const jahat = readFileSync(join(FOLDER, 'jahat.svg'), 'utf8');
  const { svg, dibuang } = bersihkanSvg(jahat);

  it('leaves none of the hostile parts', () => {
    for (const bagian of ['<script', 'script>', 'onload', 'onclick', 'onmouseover', 'foreignObject', 'iframe', 'contoh.test', '@import', 'javascript:', 'data:text', 'xml-stylesheet', 'DOCTYPE', 'ENTITY', 'lain.svg', '<set', 'teks HTML'])
      expect(svg).not.toContain(bagian);
  });

  it('keeps its shapes, its own references and its safe styles', () => {
    for (const bagian of ['<rect id="bingkai" class="latar aman" x="10" y="10" width="120" height="60"/>', '<circle id="bulat"', 'fill="url(#tidak-ada)"', 'style="stroke:red"',
      '<path id="jalur" d="M10 100 L290 100" stroke="black"/>', '.latar{stroke:#000}.aman{fill:#2ca02c}', 'href="data:image/png;base64,iVBORw0KGgo', '<text x="200" y="130">klik</text>'])
      expect(svg).toContain(bagian);
    expect(svg.startsWith('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('says each thing it removed, and a cleaned SVG is clean', () => {
    expect(dibuang).toEqual([
      'instruksi <?xml-stylesheet?>',
      'atribut peristiwa onload pada <svg>',
      '<script> (2×)',
      '@import di <style>',
      'fill: url(http://contoh.test/pola.svg#p) di <style>',
      'atribut peristiwa onclick pada <rect>',
      'atribut peristiwa onmouseover pada <rect>',
      'filter: url(https://contoh.test/f.svg#x) di atribut style <circle>',
      'rujukan ke luar marker-end="url(http://contoh.test/m.svg#m)" pada <path>',
      'rujukan ke luar xlink:href="https://contoh.test/jejak.png" pada <image>',
      'rujukan ke luar href="http://contoh.test/e.png" pada <image>', // through the DOCTYPE's entity
      'rujukan ke luar href="lain.svg#ikon" pada <use>',
      'rujukan ke luar href="javascript:alert(4)" pada <a>',
      'rujukan ke luar xlink:href="data:text/html,<script>alert(5)</script>" pada <a>',
      'animasi <set> yang mengubah href',
      '<foreignObject>',
      '<h:script>',
    ]);
    expect(bersihkanSvg(svg)).toEqual({ svg, dibuang: [] });
  });

  it('a clean SVG keeps everything, internal url(#…) and href="#…" included', () => {
    const r = bersihkanSvg(readFileSync(join(FOLDER, 'bagan.svg'), 'utf8'));
    expect(r.dibuang).toEqual([]);
    for (const bagian of ['xlink:href="#kotak"', 'href="#kotak"', 'style="fill:url(#g)"', 'fill="url(#g)"', '.isi{fill:url(#g)}', '<linearGradient id="g">', '>Sekretaris</text>'])
      expect(r.svg).toContain(bagian);
  });

  it('sees through CSS escapes, CDATA, image-set, upper case, prefixes and a default HTML namespace', () => {
    const r = bersihkanSvg(`<svg:svg xmlns:svg="http://www.w3.org/2000/svg" viewBox="0 0 10 10" ONLOAD="x()">
      <svg:style><![CDATA[@IMPORT 'a.css'; .a { fill: red } .b { background: image-set("http://contoh.test/a.png" 1x) }]]></svg:style>
      <svg:rect width="5" height="5" style="fill: u\\72l(http://contoh.test/x); stroke: blue" cursor="url(http://contoh.test/c.cur), auto"/>
      <svg:script>x()</svg:script>
      <div xmlns="http://www.w3.org/1999/xhtml"><img src="http://contoh.test/i.png"/></div>
    </svg:svg>`);
    expect(r.svg).not.toMatch(/contoh\.test|import|onload|script|<div|a\.css/i);
    expect(r.svg).toContain('.a{fill:red}');
    expect(r.svg).toContain('<svg:rect width="5" height="5" style="stroke:blue"/>');
    expect(r.dibuang).toHaveLength(7);
  });

  it('refuses what is not an SVG, and XML that is not well formed', () => {
    expect(() => bersihkanSvg('<html><body/></html>')).toThrow('elemen akarnya <html>, bukan <svg>');
    expect(() => bersihkanSvg('<svg><g></svg>')).toThrow(/Unexpected close tag/);
  });
});

describe('bacaGambar', () => {
  it('gives the kind and size of each, from its bytes', () => {
    expect(bacaGambar(join(FOLDER, 'bagan.png'), 'bagan.png')).toMatchObject({ jenis: 'png', lebar: 64, tinggi: 40, dibuang: [] });
    expect(bacaGambar(join(FOLDER, 'foto.jpg'), 'foto.jpg')).toMatchObject({ jenis: 'jpeg', lebar: 200, tinggi: 120 });
    expect(bacaGambar(join(FOLDER, 'bagan.svg'), 'bagan.svg')).toMatchObject({ jenis: 'svg', lebar: 400, tinggi: 200 });
  });

  it('takes its limits as a parameter (the logo will have its own)', () => {
    expect(bacaGambar(join(FOLDER, 'raksasa.png'), 'raksasa.png', { byte: 10 * 1024 * 1024, piksel: 45_500_000 })).toMatchObject({
      code: 'gambar/terlalu-besar', message: 'gambar "raksasa.png" terlalu besar: 10.000 × 5.000 piksel (50 megapiksel, batas 45,5 megapiksel)' });
    expect(bacaGambar(join(FOLDER, 'foto.jpg'), 'foto.jpg', { byte: 2048, piksel: 40_000_000 })).toMatchObject({
      code: 'gambar/terlalu-besar', message: 'gambar "foto.jpg" terlalu besar: 2,9 KB (batas 2 KB)' });
  });
});

describe('view: the checked bytes under a name of ours, and a numbered caption', () => {
  it('registers the year folder\'s file as /gambar/1.png and prints the caption and source', () => {
    const k = konteks();
    const data = gambar.view(k, { berkas: 'bagan.png', judul: 'Struktur Organisasi <Sekretariat>', sumber: 'Peraturan Bupati Nomor 41 Tahun 2022' })!;
    expect([...k.assets.keys()]).toEqual(['/gambar/1.png']);
    const aset = k.assets.get('/gambar/1.png')!;
    expect(aset.type).toBe('image/png');
    expect(aset.file).toBeUndefined();
    expect(Buffer.from(aset.body as Uint8Array).equals(readFileSync(join(TAHUN, 'bagan.png')))).toBe(true);
    expect(TEMPLAT(data).trim()).toBe(
      '<figure class="gambar gambar-berkas"><img src="/gambar/1.png" alt="Struktur Organisasi &lt;Sekretariat&gt;" width="32" height="20">' +
        '<figcaption id="gambar-2-1"><span class="nomor">Gambar 2.1</span> Struktur Organisasi &lt;Sekretariat&gt;</figcaption>' +
        '<p class="sumber">Sumber: Peraturan Bupati Nomor 41 Tahun 2022</p></figure>',
    );
  });

  it('gives an SVG its cleaned bytes; one file is registered once; width and the landscape page are set', () => {
    const k = konteks();
    const a = gambar.view(k, { berkas: 'jahat.svg', judul: 'Pohon Kinerja', lebar: 80, halaman: 'lebar' })!;
    const b = gambar.view(k, { berkas: 'foto.jpg', judul: 'Rapat Evaluasi' })!;
    const c = gambar.view(k, { berkas: 'jahat.svg', judul: 'Pohon Kinerja (ulang)' })!;
    expect([...k.assets.keys()]).toEqual(['/gambar/1.svg', '/gambar/2.jpg']);
    expect([a['src'], b['src'], c['src']]).toEqual(['/gambar/1.svg', '/gambar/2.jpg', '/gambar/1.svg']);
    const svg = Buffer.from(k.assets.get('/gambar/1.svg')!.body as Uint8Array).toString('utf8');
    expect(k.assets.get('/gambar/1.svg')!.type).toBe('image/svg+xml');
    expect(svg).toBe(bersihkanSvg(readFileSync(join(FOLDER, 'jahat.svg'), 'utf8')).svg);
    expect(svg).not.toContain('script');
    const html = TEMPLAT(a);
    expect(html).toContain('<figure class="gambar gambar-berkas gambar-lebar"><img src="/gambar/1.svg" alt="Pohon Kinerja" width="300" height="150" style="width: 80%">');
    expect(html).toContain('<figcaption id="gambar-2-1"><span class="nomor">Gambar 2.1</span> Pohon Kinerja</figcaption></figure>');
    expect(TEMPLAT(b)).toContain('<span class="nomor">Gambar 2.2</span> Rapat Evaluasi');
  });

  it('a caption without a number (front matter) has no "Gambar", and no empty id', () => {
    const k = { ...konteks(), gambar: () => ({ id: 'gambar-depan-1' }) } as unknown as BlokKonteks;
    expect(TEMPLAT(gambar.view(k, { berkas: 'foto.jpg', judul: 'Kantor' })!)).toContain('<figcaption id="gambar-depan-1">Kantor</figcaption>');
    const tanpaId = { ...konteks(), gambar: () => ({ id: '' }) } as unknown as BlokKonteks;
    expect(TEMPLAT(gambar.view(tanpaId, { berkas: 'foto.jpg', judul: 'Kantor' })!)).toContain('<figcaption>Kantor</figcaption>');
  });

  it('a file that went bad after check stops the build with its message', () => {
    expect(() => gambar.view(konteks(), { berkas: 'terpotong.png', judul: 'x' })).toThrow(KinerjaError);
    try {
      gambar.view(konteks(), { berkas: 'terpotong.png', judul: 'x' });
    } catch (e) {
      expect((e as KinerjaError).diagnostics[0]).toMatchObject({ code: 'gambar/rusak' });
    }
  });
});
