// Read a data file as text, refusing what an author's editor may have mangled, and what is not
// a data file at all: a folder, a FIFO (reading it blocks forever), a device (/dev/zero never
// ends), a socket, a file far larger than any data file, a symlink that leads nowhere or out.
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import type { Diagnostics } from '../diagnostics/index.ts';
import { errnoOf, systemDiagnostic } from '../diagnostics/system-error.ts';
import { checkHiddenChars } from './hidden-chars.ts';

/** The largest YAML or Markdown file read: the biggest real one (an LKjIP's anggaran) is ~60 KB. */
export const MAX_DATA_BYTES = 5 * 1024 * 1024;

/** Why a file was not read: a diagnostic without its place, which the caller knows best. */
export interface Refusal {
  code: string;
  message: string;
  hint: string;
}

export function isRefusal(r: Buffer | Refusal): r is Refusal {
  return !Buffer.isBuffer(r);
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'pipa bernama (FIFO)';
  if (st.isSocket()) return 'soket';
  if (st.isCharacterDevice()) return 'perangkat karakter';
  if (st.isBlockDevice()) return 'perangkat blok';
  return 'jenis khusus';
}

function notAFile(st: Stats, shown: string): Refusal {
  if (st.isDirectory())
    return { code: 'berkas/folder-bukan-berkas', message: `${shown} adalah folder, padahal di sini harus berkas`,
      hint: 'pindahkan atau ganti nama folder itu; data ditulis dalam berkas teks biasa' };
  return { code: 'berkas/bukan-berkas-biasa', message: `${shown} bukan berkas biasa, melainkan ${kindOf(st)}; tidak dibaca`,
    hint: `hapus ${shown} dan simpan datanya sebagai berkas teks biasa` };
}

function fromSystem(e: unknown, shown: string): Refusal {
  const d = systemDiagnostic(e, 'membaca', shown);
  return { code: d.code, message: d.message, hint: d.hint! };
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
}

/**
 * The bytes of a regular file of at most `limit` bytes, or why not. The file is opened
 * non-blocking and checked on its descriptor, so a FIFO put in its place is never waited on.
 */
export function readRegularFile(abs: string, shown: string, limit = MAX_DATA_BYTES): Buffer | Refusal {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    // A socket cannot be opened (ENXIO); say what it is rather than what open said.
    const st = statSync(abs, { throwIfNoEntry: false });
    if (st && !st.isFile() && errnoOf(e) !== 'EACCES') return notAFile(st, shown);
    return fromSystem(e, shown);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return notAFile(st, shown);
    if (st.size > limit)
      return { code: 'berkas/terlalu-besar', message: `${shown} terlalu besar: ${mb(st.size)} MB (batas ${mb(limit)} MB)`,
        hint: 'berkas data biasanya di bawah 100 KB: periksa bahwa ini berkas yang dimaksud, atau pecah isinya' };
    // Read what fstat promised, and no more: a file that grows meanwhile is not followed.
    const bytes = Buffer.alloc(st.size);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return bytes.subarray(0, got);
  } catch (e) {
    return fromSystem(e, shown);
  } finally {
    closeSync(fd);
  }
}

/**
 * Where `abs` really is, if it stays inside `root`; otherwise reports why (a symlink out of the
 * data folder, a symlink to nothing, a loop) at the file's first line and returns undefined.
 */
export function realInside(abs: string, shown: string, root: string, diags: Diagnostics, display: (p: string) => string): string | undefined {
  const at = { file: display(abs), line: 1, col: 1 };
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT' && lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) {
      diags.error('berkas/tautan-putus', `${shown} adalah tautan simbolik ke berkas yang tidak ada`, at,
        `tujuannya ${readlinkSync(abs)}: hapus tautan itu dan salin berkas aslinya ke tempatnya`);
      return undefined;
    }
    diags.add(systemDiagnostic(e, 'membaca', shown, at));
    return undefined;
  }
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch (e) {
    diags.add(systemDiagnostic(e, 'membaca', display(root)));
    return undefined;
  }
  if (real !== abs && !real.startsWith(realRoot + sep)) {
    // Outside the working folder a relative path (../../dev/zero) says less than the absolute one.
    const where = display(real).startsWith('..') ? real : display(real);
    diags.error('berkas/di-luar-folder', `berkas menunjuk ke luar folder data (${where})`, at,
      'salin berkasnya ke dalam folder instansi, jangan memakai tautan simbolik');
    return undefined;
  }
  return real;
}

/**
 * Returns the text, or undefined (with a diagnostic) when it cannot be read or is not UTF-8.
 * `file` is where diagnostics point; `shown`, how messages name the file (relative to the
 * instansi folder, so that a message reads the same on every machine).
 */
export function readText(absPath: string, file: string, diags: Diagnostics, shown = file): string | undefined {
  const read = readRegularFile(absPath, shown);
  if (isRefusal(read)) {
    diags.error(read.code, read.message, { file, line: 1, col: 1 }, read.hint);
    return undefined;
  }
  const bytes = read;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, bad).toString('utf8');
    const line = before.split('\n').length;
    const col = before.length - before.lastIndexOf('\n');
    diags.error(
      'berkas/bukan-utf8',
      `berkas bukan UTF-8: byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} tidak dapat dibaca`,
      { file, line, col },
      'simpan ulang berkas dengan pengodean UTF-8 (di editor: "Save with Encoding" → UTF-8)',
    );
    return undefined;
  }
  if (text.startsWith('\uFEFF')) {
    diags.warn('berkas/bom', 'berkas diawali tanda BOM', { file, line: 1, col: 1 }, 'simpan sebagai "UTF-8" tanpa BOM');
    text = text.slice(1);
  }
  checkHiddenChars(text, file, diags);
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n;
  }
  return 0;
}
