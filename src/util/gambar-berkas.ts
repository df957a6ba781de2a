// An image an agency keeps in its folder (a figure of the outline; later the logo): found inside
// that folder only, known by its bytes rather than its name, read far enough to know its size and
// that it is whole, bounded in bytes and pixels, and, for an SVG, cleaned of everything that could
// run or reach outside it. Every refusal is a problem in words (code, message, hint) whose place
// the caller knows.
//
// SVG cleaning: svgo parses (sax, strict XML) and writes the tree back, and its `removeScripts`
// runs as a second net; svgo has no plugin for foreign objects, external references or CSS that
// fetches, so `bersihkanPohon` below walks the parsed tree for those, and CSS (a <style> element,
// a style attribute, a presentation attribute with url()) is parsed with css-tree, the parser svgo
// itself uses. Nothing here edits raw SVG or CSS text with a pattern.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, posix, sep } from 'node:path';
import { createRequire } from 'node:module';
import type * as CssTree from 'css-tree';
import type { CssNode, List, ListItem } from 'css-tree';
import type * as ImageSize from 'image-size';
import type * as Svgo from 'svgo';
import type { XastElement, XastParent } from 'svgo';
import { formatAngka } from '../format/index.ts';
import { errnoOf, saidOf, systemMessage } from '../diagnostics/system-error.ts';
import { isRefusal, readRegularFile } from '../load/read-text.ts';
import { didYouMean } from './suggest.ts';

// The libraries load when an image is first read, not with every command: svgo with css-tree
// takes a few hundred milliseconds, which `check` on data without images should not pay.
const muat = createRequire(import.meta.url);
let pustaka: { svgo: typeof Svgo; css: typeof CssTree; imageSize: typeof ImageSize.imageSize } | undefined;
function lib(): NonNullable<typeof pustaka> {
  return (pustaka ??= { svgo: muat('svgo') as typeof Svgo, css: muat('css-tree') as typeof CssTree, imageSize: (muat('image-size') as typeof ImageSize).imageSize });
}

export type JenisGambar = 'png' | 'jpeg' | 'svg';

/** What an image is, once read: for an SVG, `bytes` are the cleaned SVG (what prints) and `dibuang` what was taken out. */
export interface Gambar {
  jenis: JenisGambar;
  /** Its size in CSS pixels (a JPEG turned by its EXIF orientation already turned). */
  lebar: number;
  tinggi: number;
  bytes: Buffer;
  dibuang: string[];
}

/** Why an image is refused: the caller adds the place. */
export interface MasalahGambar {
  code: string;
  message: string;
  hint: string;
}

export interface BatasGambar {
  byte: number;
  piksel: number;
}

/** A page needs far less: a 3,000-pixel-wide picture is already sharp across an A4 page. */
export const BATAS_GAMBAR: BatasGambar = { byte: 10 * 1024 * 1024, piksel: 40_000_000 };

export const TIPE_GAMBAR: Record<JenisGambar, string> = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' };
const NAMA: Record<JenisGambar, string> = { png: 'PNG', jpeg: 'JPEG', svg: 'SVG' };
const AKHIRAN: Record<JenisGambar, string> = { png: 'png', jpeg: 'jpg', svg: 'svg' };

export function adalahMasalah(x: object): x is MasalahGambar {
  return 'message' in x && 'code' in x;
}

/** The kind a file name promises: `.png`, `.jpg`/`.jpeg`, `.svg` (any case). */
export function jenisDariNama(nama: string): JenisGambar | undefined {
  const ext = extname(nama).toLowerCase();
  return ext === '.png' ? 'png' : ext === '.jpg' || ext === '.jpeg' ? 'jpeg' : ext === '.svg' ? 'svg' : undefined;
}

/** One decimal at most, none when it is 0: `11`, `10,5`. */
const satuDesimal = (x: number) => {
  const r = Math.round(x * 10) / 10;
  return formatAngka(r, Number.isInteger(r) ? 0 : 1);
};
const ukuranBerkas = (n: number) => (n < 1024 * 1024 ? `${satuDesimal(n / 1024)} KB` : `${satuDesimal(n / 1024 / 1024)} MB`);
const mp = (n: number) => satuDesimal(n / 1_000_000);

// ————— where the file is —————

const CONTOH = '`gambar/struktur-organisasi.png`';

/**
 * Where the image written `tulis` (relative to the agency folder `folder`) is: in the year's folder
 * `tahunFolder` when it has a file at the same path, else in the agency's. Never outside `folder`:
 * no URL, no absolute path, no `..`, no symbolic link that leads out. `tampil` names the file found
 * relative to the agency folder, as messages show it.
 */
export function letakGambar(folder: string, tulis: string, tahunFolder?: string): { abs: string; tampil: string } | MasalahGambar {
  const jalur = tulis.trim();
  if (jalur === '') return { code: 'gambar/jalur', message: 'jalur gambar kosong', hint: `tulis jalur berkasnya dari folder instansi, mis. ${CONTOH}` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(jalur) && !/^[a-z]:[\\/]/i.test(jalur))
    return { code: 'gambar/dari-luar', message: `gambar hanya diambil dari folder instansi, tidak dari alamat: tertulis "${jalur}"`,
      hint: `unduh atau salin gambarnya ke folder instansi, lalu tulis jalurnya, mis. ${CONTOH}` };
  if (isAbsolute(jalur) || /^[a-z]:[\\/]/i.test(jalur) || jalur.startsWith('\\'))
    return { code: 'gambar/jalur', message: `jalur gambar harus relatif terhadap folder instansi: tertulis "${jalur}"`,
      hint: `salin gambarnya ke folder instansi dan tulis jalurnya dari folder itu, mis. ${CONTOH}` };
  if (jalur.includes('\\'))
    return { code: 'gambar/jalur', message: `jalur gambar memakai garis miring terbalik (\\): tertulis "${jalur}"`,
      hint: `tulis dengan garis miring biasa: \`${jalur.replace(/\\/g, '/')}\`` };
  if (jalur.split('/').includes('..'))
    return { code: 'gambar/di-luar-folder', message: `jalur gambar keluar dari folder instansi (..): tertulis "${jalur}"`,
      hint: `salin gambarnya ke dalam folder instansi, mis. ke gambar/, lalu tulis ${CONTOH}` };
  if (!jenisDariNama(jalur))
    return { code: 'gambar/jenis', message: `gambar harus PNG, JPEG atau SVG: tertulis "${jalur}"`,
      hint: 'simpan ulang gambarnya sebagai PNG (bagan, tangkapan layar) atau JPEG (foto) dari program gambar, lalu tulis nama berkas barunya' };
  const normal = posix.normalize(jalur);
  const calon = [...(tahunFolder ? [{ abs: join(tahunFolder, normal), root: tahunFolder }] : []), { abs: join(folder, normal), root: folder }];
  const ada = calon.find((c) => adaBerkas(c.abs));
  if (!ada) return tidakAda(folder, normal, tahunFolder);
  const tampil = posix.relative(folder.split(sep).join('/'), ada.abs.split(sep).join('/'));
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(folder);
    real = realpathSync(ada.abs);
  } catch (e) {
    const code = errnoOf(e) ?? 'EIO';
    if (code === 'ENOENT')
      return { code: 'gambar/tautan-putus', message: `gambar "${tampil}" adalah tautan simbolik ke berkas yang tidak ada`,
        hint: 'hapus tautan itu dan salin berkas gambarnya sendiri ke tempatnya' };
    return { code: `sistem/${code.toLowerCase()}`, message: systemMessage(code, 'membaca gambar', `"${tampil}"`), hint: saidOf(code).hint };
  }
  if (!real.startsWith(realRoot + sep))
    return { code: 'gambar/di-luar-folder', message: `gambar "${tampil}" adalah tautan simbolik ke luar folder instansi`,
      hint: 'salin berkas gambarnya ke dalam folder instansi, jangan memakai tautan simbolik' };
  return { abs: real, tampil };
}

/** Whether something is at `abs` (a broken link too); a path through a file (ENOTDIR) is nothing. */
function adaBerkas(abs: string): boolean {
  try {
    return lstatSync(abs, { throwIfNoEntry: false }) !== undefined;
  } catch (e) {
    return errnoOf(e) !== 'ENOTDIR'; // anything else is said by realpath below
  }
}

function tidakAda(folder: string, jalur: string, tahunFolder?: string): MasalahGambar {
  const sub = posix.dirname(jalur);
  const nama = new Set<string>();
  for (const root of [tahunFolder, folder])
    if (root)
      for (const f of bacaFolder(join(root, sub))) if (jenisDariNama(f)) nama.add(sub === '.' ? f : `${sub}/${f}`);
  const tahun = tahunFolder ? ` (juga tidak di folder tahun ${posix.basename(tahunFolder.split(sep).join('/'))}/)` : '';
  return { code: 'gambar/tidak-ada', message: `berkas gambar "${jalur}" tidak ada di folder instansi${tahun}`,
    hint: didYouMean(jalur, nama) ?? `simpan gambarnya di folder instansi dan tulis jalurnya dari folder itu, mis. ${CONTOH}` };
}

function bacaFolder(abs: string): string[] {
  try {
    return statSync(abs).isDirectory() ? readdirSync(abs) : [];
  } catch {
    return [];
  }
}

// ————— what the bytes are —————

const SIG_PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SIG_JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/**
 * A sniff of the first bytes, for the message (the parse in `bersihkanSvg` decides): an SVG starts
 * with `<svg`, after processing instructions, comments and a DOCTYPE.
 */
function svgAwal(head: string): boolean {
  return /^\s*(<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!doctype\s+svg(?:[^>[]|\[[\s\S]*?\])*>\s*)*<([a-z_][\w.-]*:)?svg[\s>/]/i.test(head);
}

/** What the bytes are: one of ours, or what they look like in words. */
function isiBerkas(b: Buffer): { jenis?: JenisGambar; kata: string } {
  if (b.subarray(0, 8).equals(SIG_PNG)) return { jenis: 'png', kata: 'gambar PNG' };
  if (b.subarray(0, 3).equals(SIG_JPEG)) return { jenis: 'jpeg', kata: 'gambar JPEG' };
  const ascii = b.subarray(0, 12).toString('latin1');
  if (/^GIF8[79]a/.test(ascii)) return { kata: 'gambar GIF' };
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return { kata: 'gambar WebP' };
  if (ascii.startsWith('%PDF-')) return { kata: 'dokumen PDF' };
  if (ascii.startsWith('PK\x03\x04')) return { kata: 'arsip ZIP (mis. dokumen Word atau Excel)' };
  const head = b.subarray(0, 1024).toString('utf8').replace(/^\uFEFF/, '');
  if (svgAwal(head)) return { jenis: 'svg', kata: 'gambar SVG' };
  if (/^\s*<(!doctype html|html|head|body)\b/i.test(head)) return { kata: 'halaman HTML' };
  if (/^[\t\n\r\x20-\x7e\u00a0-\uffff]*$/.test(head)) return { kata: 'teks biasa' };
  return { kata: 'data yang tidak dikenal' };
}

const CRC_TABEL = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABEL[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** What is broken in a PNG's chunks, if anything: each whole and with its CRC, IHDR first, IDAT, then IEND. */
function pngRusak(b: Buffer): string | undefined {
  let o = 8;
  let idat = false;
  while (o + 12 <= b.length) {
    const len = b.readUInt32BE(o);
    const type = b.toString('latin1', o + 4, o + 8);
    if (o + 12 + len > b.length) return `berkas terpotong di tengah bagian ${type}`;
    if (o === 8 && type !== 'IHDR') return 'kepala gambar (IHDR) tidak ada di awal';
    if (crc32(b.subarray(o + 4, o + 8 + len)) !== b.readUInt32BE(o + 8 + len)) return `bagian ${type} rusak (CRC tidak cocok)`;
    if (type === 'IDAT') idat = true;
    if (type === 'IEND') return idat ? undefined : 'tidak berisi data piksel (IDAT)';
    o += 12 + len;
  }
  return 'berkas terpotong: penanda akhir (IEND) tidak ada';
}

/** What is broken in a JPEG's segments, if anything: each whole, a frame (SOF) before the scan, an end (EOI) after it. */
function jpegRusak(b: Buffer): string | undefined {
  let o = 2;
  let sof = false;
  while (o + 4 <= b.length) {
    if (b[o] !== 0xff) return `penanda segmen rusak (byte ${o})`;
    const m = b[o + 1]!;
    if (m === 0xff) {
      o++;
      continue;
    }
    if (m === 0x01 || (m >= 0xd0 && m <= 0xd8)) {
      o += 2;
      continue;
    }
    if (m === 0xd9) return 'berkas berakhir sebelum data gambarnya';
    const len = b.readUInt16BE(o + 2);
    if (len < 2 || o + 2 + len > b.length) return 'berkas terpotong di tengah segmen';
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) sof = true;
    if (m === 0xda) {
      if (!sof) return 'ukuran gambarnya (SOF) tidak ada';
      // In the entropy-coded data a 0xFF is always followed by 0x00 or a restart marker: FFD9 is the end.
      return b.indexOf(Buffer.from([0xff, 0xd9]), o + 2 + len) >= 0 ? undefined : 'berkas terpotong: penanda akhir (EOI) tidak ada';
    }
    o += 2 + len;
  }
  return 'berkas terpotong sebelum data gambarnya';
}

/**
 * The image at `abs` (its real path, from `letakGambar`), checked: its bytes are the kind its name
 * says, it is whole (PNG chunks and CRCs, JPEG segments to the end marker; an SVG parses), its size
 * is readable and within `batas`; an SVG comes back cleaned. `tampil`: its name in messages.
 */
export function bacaGambar(abs: string, tampil: string, batas: BatasGambar = BATAS_GAMBAR): Gambar | MasalahGambar {
  const jenis = jenisDariNama(abs);
  if (!jenis)
    return { code: 'gambar/jenis', message: `gambar harus PNG, JPEG atau SVG: tertulis "${tampil}"`,
      hint: 'simpan ulang gambarnya sebagai PNG (bagan, tangkapan layar) atau JPEG (foto), lalu tulis nama berkas barunya' };
  const nama = NAMA[jenis];
  const perkecil = 'perkecil gambarnya di program gambar (lebar 3.000 piksel sudah tajam untuk satu halaman), atau simpan foto sebagai JPEG';
  const size = statSync(abs, { throwIfNoEntry: false })?.size ?? 0;
  if (size > batas.byte)
    return { code: 'gambar/terlalu-besar', message: `gambar "${tampil}" terlalu besar: ${ukuranBerkas(size)} (batas ${ukuranBerkas(batas.byte)})`, hint: perkecil };
  const bytes = readRegularFile(abs, `gambar "${tampil}"`, batas.byte);
  if (isRefusal(bytes)) return bytes;
  const simpanUlang = `simpan ulang gambarnya sebagai ${nama} dari program gambar (mis. "Export" → ${nama})`;
  if (bytes.length === 0) return { code: 'gambar/kosong', message: `gambar "${tampil}" kosong (0 byte)`, hint: simpanUlang };
  const isi = isiBerkas(bytes);
  // Text that does not look like an SVG at first sight still goes to the parser, which decides.
  if (isi.jenis !== jenis && !(jenis === 'svg' && isi.kata === 'teks biasa'))
    return { code: 'gambar/isi-salah', message: `gambar "${tampil}" bukan gambar ${nama}: isinya ${isi.kata}`,
      hint: isi.jenis ? `ganti nama berkasnya agar berakhiran .${AKHIRAN[isi.jenis]}, lalu tulis nama itu di gambar:` : simpanUlang };
  const rusak = (alasan: string, hint = `berkasnya rusak atau terpotong saat disalin: salin ulang dari sumber aslinya, atau ${simpanUlang}`): MasalahGambar =>
    ({ code: 'gambar/rusak', message: `gambar "${tampil}" tidak dapat dibaca: ${alasan}`, hint });
  let cetak = bytes;
  let dibuang: string[] = [];
  if (jenis === 'svg') {
    let teks: string;
    try {
      teks = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      return rusak('bukan teks UTF-8', 'simpan ulang SVG-nya dengan pengodean UTF-8 (di program gambar: "Plain SVG")');
    }
    try {
      const bersih = bersihkanSvg(teks);
      cetak = Buffer.from(bersih.svg, 'utf8');
      dibuang = bersih.dibuang;
    } catch (e) {
      const err = e as { reason?: string; line?: number; message?: string };
      if (e instanceof BukanSvg) return { code: 'gambar/isi-salah', message: `gambar "${tampil}" bukan gambar SVG: ${err.message}`, hint: simpanUlang };
      return rusak(err.line ? `XML-nya salah di baris ${err.line}: ${err.reason}` : String(err.message ?? e),
        'buka SVG-nya di program gambar dan simpan ulang (mis. "Plain SVG"); tag yang tidak ditutup adalah sebab yang paling sering');
    }
  } else {
    const cacat = jenis === 'png' ? pngRusak(bytes) : jpegRusak(bytes);
    if (cacat) return rusak(cacat);
  }
  let ukuran: { width: number; height: number; orientation?: number };
  try {
    ukuran = lib().imageSize(cetak);
  } catch {
    return jenis === 'svg'
      ? rusak('SVG-nya tidak menyatakan ukurannya (width dan height, atau viewBox)', 'tambahkan viewBox pada elemen <svg>, mis. viewBox="0 0 800 600"')
      : rusak('ukurannya tidak terbaca');
  }
  const [lebar, tinggi] = (ukuran.orientation ?? 1) >= 5 ? [ukuran.height, ukuran.width] : [ukuran.width, ukuran.height];
  if (!(lebar > 0 && tinggi > 0)) return rusak(`ukurannya ${lebar} × ${tinggi} piksel`);
  if (lebar * tinggi > batas.piksel)
    return { code: 'gambar/terlalu-besar',
      message: `gambar "${tampil}" terlalu besar: ${formatAngka(lebar)} × ${formatAngka(tinggi)} piksel (${mp(lebar * tinggi)} megapiksel, batas ${mp(batas.piksel)} megapiksel)`,
      hint: jenis === 'svg' ? 'SVG-nya menyatakan ukuran yang tidak wajar: tulis width dan height sebesar gambarnya, atau hanya viewBox' : perkecil };
  return { jenis, lebar, tinggi, bytes: cetak, dibuang };
}

// ————— SVG cleaning —————

/** Well-formed XML whose root is not <svg>. */
export class BukanSvg extends Error {}

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Elements that run, embed or fetch, in any namespace (lower-case local names). */
const BERBAHAYA = new Set(['script', 'handler', 'listener', 'foreignobject', 'iframe', 'embed', 'object', 'frame', 'frameset', 'applet', 'link', 'meta', 'base', 'audio', 'video', 'portal']);
const ANIMASI = new Set(['animate', 'set', 'animatemotion', 'animatetransform', 'animatecolor']);
const ATRIBUT_URL = new Set(['href', 'src']);
const FUNGSI_URL = new Set(['url', 'src', 'image', 'image-set', '-webkit-image-set', 'cross-fade', '-webkit-cross-fade']);

const lokal = (nama: string) => nama.slice(nama.indexOf(':') + 1);
const awalan = (nama: string) => (nama.includes(':') ? nama.slice(0, nama.indexOf(':')) : '');
const pendek = (s: string) => (s.length > 50 ? `${s.slice(0, 47)}…` : s);

/** A reference that stays in the picture: `#id`, empty (the SVG itself), or an embedded raster image. */
function rujukanDalam(nilai: string): boolean {
  // Browsers drop leading/trailing controls and spaces, and tabs and newlines anywhere, in a URL.
  const v = nilai.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  return v === '' || v.startsWith('#') || /^data:image\/(png|jpeg|gif|webp)[;,]/i.test(v);
}

/** The first reference out of the picture in a piece of parsed CSS, as written. */
function rujukanLuarCss(node: CssNode): string | undefined {
  let luar: string | undefined;
  const { walk, ident } = lib().css;
  walk(node, (n) => {
    if (luar) return;
    if (n.type === 'Url' && !rujukanDalam(n.value)) luar = `url(${n.value})`;
    else if (n.type === 'Function' && FUNGSI_URL.has(ident.decode(n.name).toLowerCase()))
      walk(n, (s) => {
        if (!luar && s.type === 'String' && !rujukanDalam(s.value)) luar = `${n.name}("${s.value}")`;
      });
    // What css-tree could not parse is kept only when nothing in it could name a URL.
    else if (n.type === 'Raw' && /\\|url|image|src|@import|\(/i.test(n.value)) luar = n.value.trim();
  });
  return luar;
}

/** CSS with every @import and every declaration or at-rule that names a URL outside the picture taken out. */
function bersihkanCss(css: string, konteks: 'stylesheet' | 'declarationList', tempat: string, catat: (s: string) => void): string {
  const { parse, walk, ident, generate } = lib().css;
  const ast = parse(css, { context: konteks, onParseError: () => undefined });
  const buang: [List<CssNode>, ListItem<CssNode>][] = [];
  walk(ast, {
    enter(node: CssNode, item: ListItem<CssNode>, list: List<CssNode>) {
      if (!list) return;
      if (node.type === 'Atrule') {
        const nama = ident.decode(node.name).toLowerCase();
        if (nama === 'namespace') return walk.skip; // its url() names a namespace, nothing is fetched
        const luar = nama === 'import' ? `@import` : node.prelude ? rujukanLuarCss(node.prelude) : undefined;
        if (luar) {
          catat(`${luar === '@import' ? '@import' : `@${nama} ${pendek(luar)}`} di ${tempat}`);
          buang.push([list, item]);
          return walk.skip;
        }
        return;
      }
      if (node.type === 'Declaration' || node.type === 'Raw') {
        const luar = rujukanLuarCss(node);
        if (luar) {
          catat(`${node.type === 'Declaration' ? `${node.property}: ` : ''}${pendek(luar)} di ${tempat}`);
          buang.push([list, item]);
        }
        return walk.skip;
      }
      return;
    },
  });
  for (const [list, item] of buang) list.remove(item);
  return generate(ast);
}

/** Cleans `el` in place; false when the element itself goes. `ns`: the namespaces declared above it. */
function bersihkanElemen(el: XastElement, nsAtas: Record<string, string>, catat: (s: string) => void): boolean {
  const ns = { ...nsAtas };
  for (const [nama, nilai] of Object.entries(el.attributes))
    if (nama === 'xmlns' || nama.startsWith('xmlns:')) ns[nama === 'xmlns' ? '' : lokal(nama)] = nilai;
  const kecil = lokal(el.name).toLowerCase();
  if (BERBAHAYA.has(kecil)) {
    catat(`<${el.name}>`);
    return false;
  }
  if (ns[awalan(el.name)] === XHTML) {
    catat(`elemen HTML <${el.name}>`);
    return false;
  }
  if (ANIMASI.has(kecil)) {
    const sasaran = lokal(el.attributes['attributeName'] ?? '').toLowerCase();
    if (ATRIBUT_URL.has(sasaran) || sasaran.startsWith('on')) {
      catat(`animasi <${el.name}> yang mengubah ${el.attributes['attributeName']}`);
      return false;
    }
  }
  for (const [nama, nilai] of Object.entries(el.attributes)) {
    const a = lokal(nama).toLowerCase();
    if (nama === 'xmlns' || nama.startsWith('xmlns:')) continue;
    if (a.startsWith('on')) catat(`atribut peristiwa ${nama} pada <${el.name}>`);
    else if (nama === 'xml:base') catat(`atribut xml:base pada <${el.name}>`);
    else if (ATRIBUT_URL.has(a)) {
      if (rujukanDalam(nilai)) continue;
      catat(`rujukan ke luar ${nama}="${pendek(nilai.trim())}" pada <${el.name}>`);
    } else if (a === 'style') {
      const css = bersihkanCss(nilai, 'declarationList', `atribut style <${el.name}>`, catat);
      if (css.trim()) el.attributes[nama] = css;
      else delete el.attributes[nama];
      continue;
    } else if (/[(\\]/.test(nilai)) {
      const luar = rujukanLuarCss(lib().css.parse(nilai, { context: 'value', onParseError: () => undefined }));
      if (!luar) continue;
      catat(`rujukan ke luar ${nama}="${pendek(luar)}" pada <${el.name}>`);
    } else continue;
    delete el.attributes[nama];
  }
  if (kecil === 'style') {
    const css = el.children.map((c) => (c.type === 'text' || c.type === 'cdata' ? c.value : '')).join('');
    el.children = [{ type: 'text', value: bersihkanCss(css, 'stylesheet', '<style>', catat) }];
    return true;
  }
  bersihkanPohon(el, ns, catat);
  return true;
}

function bersihkanPohon(induk: XastParent, ns: Record<string, string>, catat: (s: string) => void): void {
  induk.children = induk.children.filter((node) => {
    if (node.type === 'doctype') return false; // a DTD is never needed; its entities are already expanded
    if (node.type === 'instruction') {
      if (node.name === 'xml') return true;
      catat(`instruksi <?${node.name}?>`);
      return false;
    }
    if (node.type === 'element') return bersihkanElemen(node, ns, catat);
    return true;
  });
}

/**
 * An SVG with nothing that runs or reaches outside it: no <script> (nor handler, listener, HTML
 * element, frame or embed), no event attribute, no <foreignObject>, no href/src to anything but
 * `#id` or an embedded PNG/JPEG/GIF/WebP, no url()/image-set()/@import in CSS to anything else, no
 * processing instruction but the XML declaration, no DOCTYPE. Shapes, gradients, styles and text
 * stay as they are. `dibuang`: what was taken out, in words, each once (with a count when repeated).
 * Throws svgo's parse error (with `line` and `reason`) when the text is not well-formed XML, and
 * `BukanSvg` when its root is not <svg>.
 */
export function bersihkanSvg(teks: string): { svg: string; dibuang: string[] } {
  const semua: string[] = [];
  const catat = (s: string) => semua.push(s);
  const { data } = lib().svgo.optimize(teks, {
    plugins: [
      {
        name: 'kinerjaBersihkan',
        fn: (root) => {
          const akar = root.children.filter((c) => c.type === 'element');
          if (akar.length !== 1 || lokal(akar[0]!.name) !== 'svg') throw new BukanSvg(`elemen akarnya <${akar[0]?.name ?? ''}>, bukan <svg>`);
          bersihkanPohon(root, {}, catat);
          return null;
        },
      },
      'removeScripts',
    ],
    js2svg: { pretty: false },
  });
  const hitung = new Map<string, number>();
  for (const s of semua) hitung.set(s, (hitung.get(s) ?? 0) + 1);
  return { svg: data, dibuang: [...hitung].map(([s, n]) => (n > 1 ? `${s} (${n}×)` : s)) };
}
