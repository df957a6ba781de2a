// The cells of one sheet of an XLSX workbook (Office Open XML: a zip of XML parts), read with
// node:zlib alone: the zip's central directory, the workbook's sheet list and relations, the
// shared strings, and the sheet's `<c r="D7" t="s"><v>3</v></c>` cells. Only what an answer sheet
// holds is read (text, numbers, booleans, inline strings); formulas give their cached value.
// Sizes are bounded before anything is inflated (a zip bomb is refused, not unpacked).
import { inflateRawSync } from 'node:zlib';
import type { Diagnostics } from '../../diagnostics/index.ts';
import { didYouMean } from '../../util/suggest.ts';
import type { Lembar, Sel } from './lembar.ts';

const MAX_BAGIAN = 64 * 1024 * 1024;

interface Entri {
  nama: string;
  metode: number;
  ukuranZip: number;
  ukuran: number;
  offset: number;
}

class BukanXlsx extends Error {}

function daftarZip(b: Buffer): Map<string, Entri> {
  // End of central directory: 22 bytes, at most 64 KiB of comment after it.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--)
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new BukanXlsx('bukan arsip zip');
  const n = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const out = new Map<string, Entri>();
  for (let k = 0; k < n; k++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) throw new BukanXlsx('direktori zip rusak');
    const panjangNama = b.readUInt16LE(p + 28);
    const e: Entri = {
      metode: b.readUInt16LE(p + 10),
      ukuranZip: b.readUInt32LE(p + 20),
      ukuran: b.readUInt32LE(p + 24),
      offset: b.readUInt32LE(p + 42),
      nama: b.toString('utf8', p + 46, p + 46 + panjangNama),
    };
    out.set(e.nama, e);
    p += 46 + panjangNama + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return out;
}

function isi(b: Buffer, zip: Map<string, Entri>, nama: string): string | undefined {
  const e = zip.get(nama);
  if (!e) return undefined;
  if (e.ukuran > MAX_BAGIAN) throw new BukanXlsx(`bagian ${nama} terlalu besar`);
  const p = e.offset;
  if (p + 30 > b.length || b.readUInt32LE(p) !== 0x04034b50) throw new BukanXlsx('arsip zip rusak');
  const mulai = p + 30 + b.readUInt16LE(p + 26) + b.readUInt16LE(p + 28);
  const data = b.subarray(mulai, mulai + e.ukuranZip);
  if (e.metode === 0) return data.toString('utf8');
  if (e.metode !== 8) throw new BukanXlsx(`metode pemampatan ${e.metode} tidak dikenal`);
  return inflateRawSync(data, { maxOutputLength: MAX_BAGIAN }).toString('utf8');
}

const ENTITAS: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function teksXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITAS[e] ?? m),
  );
}

/** The text of a string item: its `<t>` runs, without phonetic guides. */
function teksRun(xml: string): string {
  return [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)].map((m) => teksXml(m[1] ?? '')).join('');
}

const atribut = (tag: string, nama: string) => tag.match(new RegExp(`\\b${nama}="([^"]*)"`))?.[1];

/** `D7` → column 4, row 7. */
function alamat(ref: string): { kolom: number; baris: number } | undefined {
  const m = /^([A-Z]{1,3})([0-9]+)$/.exec(ref);
  if (!m) return undefined;
  const kolom = [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { kolom, baris: Number(m[2]) };
}

function hurufKolom(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The sheet's XML part: the named sheet, or the first; undefined (reported) when the name is not there. */
function bagianLembar(b: Buffer, zip: Map<string, Entri>, file: string, diags: Diagnostics, nama?: string): string | undefined {
  const wb = isi(b, zip, 'xl/workbook.xml');
  if (wb === undefined) throw new BukanXlsx('xl/workbook.xml tidak ada');
  const sheets = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({ nama: teksXml(atribut(m[0], 'name') ?? ''), rid: atribut(m[0], 'r:id') }));
  if (!sheets.length) throw new BukanXlsx('buku kerja tanpa lembar');
  const pilih = nama === undefined ? sheets[0]! : sheets.find((s) => s.nama === nama);
  if (!pilih) {
    diags.error('survei/lembar', `lembar \`${nama}\` tidak ada di buku kerja ini`, { file, line: 1, col: 1 },
      didYouMean(nama!, sheets.map((s) => s.nama)) ?? `lembar yang ada: ${sheets.map((s) => `\`${s.nama}\``).join(', ')}`);
    return undefined;
  }
  const rels = isi(b, zip, 'xl/_rels/workbook.xml.rels') ?? '';
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find((m) => atribut(m[0], 'Id') === pilih.rid);
  const target = rel ? atribut(rel[0], 'Target')! : `worksheets/sheet${sheets.indexOf(pilih) + 1}.xml`;
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const xml = isi(b, zip, path);
  if (xml === undefined) throw new BukanXlsx(`bagian ${path} tidak ada`);
  return xml;
}

/** Rows of cells of the sheet, each cell with its address; undefined (with a located error) for a file that is no workbook. */
export function bacaXlsx(b: Buffer, file: string, diags: Diagnostics, nama?: string): Lembar | undefined {
  try {
    const zip = daftarZip(b);
    const xml = bagianLembar(b, zip, file, diags, nama);
    if (xml === undefined) return undefined;
    const shared = [...(isi(b, zip, 'xl/sharedStrings.xml') ?? '').matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((m) => teksRun(m[1] ?? ''));
    const baris = new Map<number, (Sel | undefined)[]>();
    let barisKini = 0;
    for (const m of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      barisKini = Number(atribut(m[0], 'r') ?? barisKini + 1);
      let kolomKini = 0;
      for (const c of (m[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const ref = atribut(`<c ${c[1]}>`, 'r');
        const pos = ref ? alamat(ref) : { kolom: kolomKini + 1, baris: barisKini };
        if (!pos) continue;
        kolomKini = pos.kolom;
        const t = atribut(`<c ${c[1]}>`, 't') ?? 'n';
        const dalam = c[2] ?? '';
        const v = dalam.match(/<v>([\s\S]*?)<\/v>/)?.[1];
        let teks = '';
        if (t === 's') teks = v === undefined ? '' : (shared[Number(v)] ?? '');
        else if (t === 'inlineStr') teks = teksRun(dalam.match(/<is>([\s\S]*?)<\/is>/)?.[1] ?? '');
        else if (t === 'b') teks = v === '1' ? 'TRUE' : 'FALSE';
        else teks = v === undefined ? '' : teksXml(v);
        const row = baris.get(pos.baris) ?? baris.set(pos.baris, []).get(pos.baris)!;
        row[pos.kolom - 1] = { teks, baris: pos.baris, kolom: pos.kolom, alamat: `${hurufKolom(pos.kolom)}${pos.baris}` };
      }
    }
    return { berkas: file, baris: [...baris].sort((a, b2) => a[0] - b2[0]).map(([nomor, sel]) => ({ nomor, sel: Array.from(sel, (s) => s) })) };
  } catch (e) {
    if (!(e instanceof BukanXlsx) && !(e instanceof RangeError) && !(e instanceof Error && 'code' in e)) throw e;
    diags.error('survei/xlsx-rusak', `berkas ini tidak dapat dibaca sebagai buku kerja Excel (XLSX): ${e.message}`, { file, line: 1, col: 1 },
      'buka berkas di Excel atau LibreOffice lalu simpan ulang sebagai "Excel Workbook (.xlsx)", atau ekspor sebagai "CSV UTF-8"');
    return undefined;
  }
}
