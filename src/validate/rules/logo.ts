// The logo is checked by its bytes, not its name: a text file renamed .png printed a broken-image
// icon with exit 0. An SVG is a document that can carry scripts and fetch from the network;
// it is printed through <img> (where neither runs), but a logo has no need of either, and one
// that has them is refused here so that no later change of template can wake them.
import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Location } from '../../diagnostics/index.ts';
import { errnoOf, systemMessage, saidOf } from '../../diagnostics/system-error.ts';
import { isRefusal, readRegularFile } from '../../load/read-text.ts';
import type { RuleContext } from './context.ts';

/** A printed logo is a few hundred KB at most; 5 MB is already far more than a page needs. */
const MAX_LOGO_BYTES = 5 * 1024 * 1024;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** What the bytes look like, in words, for "bukan gambar PNG: isinya …". */
function looksLike(bytes: Buffer): string {
  if (bytes.length === 0) return 'kosong (0 byte)';
  if (startsWith(bytes, PNG)) return 'gambar PNG';
  if (startsWith(bytes, JPEG)) return 'gambar JPEG';
  if (bytes.subarray(0, 6).toString('latin1').match(/^GIF8[79]a/)) return 'gambar GIF';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'gambar WebP';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'dokumen PDF';
  const head = bytes.subarray(0, 512).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (svgStart(head)) return 'gambar SVG';
  if (/^<(!doctype html|html|head|body)\b/.test(head)) return 'halaman HTML';
  if (/^[\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]*$/.test(head)) return 'teks biasa';
  return 'data yang tidak dikenal';
}

/** An SVG starts with an optional XML declaration, comments and a DOCTYPE, then `<svg`. */
function svgStart(text: string): boolean {
  // A DOCTYPE may carry an internal subset ([…]): recognised here, refused by svgDanger (<!ENTITY).
  return /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!doctype\s+svg(?:[^>[]|\[[\s\S]*?\])*>\s*)*<svg[\s>\/]/i.test(text);
}

const KIND: Record<string, { name: string; sig?: number[]; ext: string }> = {
  png: { name: 'PNG', sig: PNG, ext: 'png' },
  jpg: { name: 'JPEG', sig: JPEG, ext: 'jpg' },
  jpeg: { name: 'JPEG', sig: JPEG, ext: 'jpg' },
  svg: { name: 'SVG', ext: 'svg' },
};

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** What in an SVG could run or reach out, if anything, with its line in the SVG. */
export function svgDanger(text: string): string | undefined {
  const checks: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
    [/<script\b/i, () => 'memuat <script>'],
    [/<foreignObject\b/i, () => 'memuat <foreignObject>'],
    [/<!ENTITY\b/i, () => 'memuat deklarasi <!ENTITY>'],
    [/[\s"'\/]on[a-z]+\s*=/i, (m) => `memuat atribut peristiwa ${m[0].slice(1).replace(/\s*=$/, '')}=`],
    [/@import\b/i, () => 'memuat @import'],
  ];
  for (const [re, say] of checks) {
    const m = re.exec(text);
    if (m) return `${say(m)} (baris ${lineOf(text, m.index)})`;
  }
  const refs = /(?:\b(?:xlink:)?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))|(?:url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\s*\))/gi;
  for (const m of text.matchAll(refs)) {
    const target = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '').trim();
    if (!target.startsWith('#') && !target.toLowerCase().startsWith('data:image/'))
      return `menunjuk ke luar gambar: ${m[0].length > 60 ? m[0].slice(0, 57) + '…' : m[0]} (baris ${lineOf(text, m.index)})`;
  }
  return undefined;
}

/** The problem with the logo's content, if any. */
function contentProblem(logo: string, ext: string, bytes: Buffer): { message: string; hint: string } | undefined {
  const kind = KIND[ext]!;
  const seen = looksLike(bytes);
  const resave = `simpan ulang gambarnya sebagai ${kind.name} dari program gambar (mis. "Export" → ${kind.name})`;
  if (bytes.length === 0) return { message: `logo "${logo}" kosong (0 byte)`, hint: resave };
  if (kind.sig) {
    if (startsWith(bytes, kind.sig)) return undefined;
    const other = Object.values(KIND).find((k) => k.name !== kind.name && seen === `gambar ${k.name}`);
    return { message: `logo "${logo}" bukan gambar ${kind.name}: isinya ${seen}`,
      hint: other ? `ganti nama berkasnya agar berakhiran .${other.ext}, lalu tulis nama itu di logo:` : resave };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { message: `logo "${logo}" bukan gambar SVG: isinya ${seen}`, hint: resave };
  }
  if (!svgStart(text)) return { message: `logo "${logo}" bukan gambar SVG: isinya ${seen}`, hint: resave };
  const danger = svgDanger(text);
  if (danger)
    return { message: `logo SVG "${logo}" ${danger}`,
      hint: 'logo cukup berisi gambar: hapus bagian itu (atau ekspor ulang sebagai "Plain SVG"), atau pakai logo PNG' };
  return undefined;
}

/** The logo must be an image inside the instansi folder, and be what its name says. */
export function checkLogo(ctx: RuleContext): void {
  const logo = ctx.data.instansi.logo;
  if (!logo) return;
  const at = ctx.src.at('instansi', ['logo']);
  const fail = (message: string, hint?: string, where: Location | undefined = at) => ctx.diags.error('aturan/logo', message, where, hint);
  const ext = /\.(png|jpe?g|svg)$/i.exec(logo)?.[1]?.toLowerCase();
  if (!ext) return fail(`logo harus gambar PNG, JPG atau SVG: tertulis "${logo}"`);
  let root: string;
  let real: string;
  try {
    root = realpathSync(ctx.data.folder);
    real = realpathSync(resolve(root, logo));
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'ENOENT') return fail(`berkas logo "${logo}" tidak ada di ${ctx.data.folder}`, 'simpan gambarnya di folder instansi dan tulis namanya, mis. `logo: logo.png`');
    return fail(systemMessage(code ?? 'EIO', 'membaca logo', `"${logo}"`), saidOf(code ?? 'EIO').hint);
  }
  if (!real.startsWith(root + sep)) return fail(`logo "${logo}" berada di luar folder instansi`, 'salin gambarnya ke dalam folder instansi');
  const bytes = readRegularFile(real, `logo "${logo}"`, MAX_LOGO_BYTES);
  if (isRefusal(bytes)) return fail(bytes.message, bytes.hint);
  const problem = contentProblem(logo, ext, bytes);
  if (problem) fail(problem.message, problem.hint);
}
