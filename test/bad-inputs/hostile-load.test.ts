// Hostile inputs that an edit of the fixture cannot make (test/bad-inputs/hostile-load.ts holds
// those): a logo's bytes, a FIFO or a socket where a data file belongs, a folder where a file
// belongs, a symlink loop, and system errors (EACCES, EMFILE, ENOSPC, EROFS, EIO…) simulated
// through node:fs, since the tests run as root where permissions do not bite. Each gets its
// exact message at its exact place; each error also fails `build` with exit 1, leaving the
// output folder, the temporary folder and the network untouched.
import { execFileSync } from 'node:child_process';
import * as realFs from 'node:fs';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { KinerjaError } from '../../src/diagnostics/index.ts';
import { describeSystemError } from '../../src/diagnostics/system-error.ts';
import { writeAtomic } from '../../src/finish/write-atomic.ts';
import { renderNarasi } from '../../src/render/narasi.ts';
import { checkFolder, FIXTURE } from './apply.ts';

/** Simulated system errors: a path ending in the key fails with the errno, in the named call. */
const faults: { call: string; suffix: string; code: string }[] = [];

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const wrap = <K extends 'openSync' | 'readdirSync' | 'writeFileSync' | 'mkdirSync' | 'renameSync' | 'fstatSync'>(name: K) =>
    ((...args: unknown[]) => {
      const path = typeof args[0] === 'number' ? `fd:${args[0]}` : String(args[0]);
      const f = faults.find((x) => x.call === name && path.endsWith(x.suffix));
      if (f) throw Object.assign(new Error(`${f.code}: simulated, ${name} '${path}'`), { code: f.code, syscall: name.replace(/Sync$/, ''), path });
      return (fs[name] as (...a: unknown[]) => unknown)(...args);
    }) as (typeof fs)[K];
  return { ...fs, openSync: wrap('openSync'), readdirSync: wrap('readdirSync'), writeFileSync: wrap('writeFileSync'), mkdirSync: wrap('mkdirSync'), renameSync: wrap('renameSync') };
});

const IZIN = 'periksa izin berkas dan foldernya (ls -l), mis. chmod u+rw, atau jalankan sebagai pemiliknya';

let connections = 0;
const listener: Server = createServer((s) => (connections++, s.destroy()));
let port = 0;
beforeAll(() => new Promise<void>((r) => listener.listen(0, '127.0.0.1', () => ((port = (listener.address() as { port: number }).port), r()))));
afterAll(() => new Promise((r) => listener.close(r)));

interface FsCase {
  name: string;
  /** Makes the hostile thing in a copy of the fixture. */
  setup: (dir: string) => void;
  file: string;
  expect: { severity?: 'galat' | 'peringatan'; code: string; message: string | ((dir: string) => string); line: number; col: number; hint?: string };
  /** Faults active while the case is checked and built. */
  faults?: { call: string; suffix: string; code: string }[];
}

function withLogo(dir: string, name: string, bytes: string | Uint8Array): void {
  const f = join(dir, 'instansi.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace('tempat: Kota Uji', `tempat: Kota Uji\nlogo: ${name}`));
  if (bytes !== '') writeFileSync(join(dir, name), bytes);
  else writeFileSync(join(dir, name), '');
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const SVG = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n${body}\n</svg>\n`;
const SVG_HINT = 'logo cukup berisi gambar: hapus bagian itu (atau ekspor ulang sebagai "Plain SVG"), atau pakai logo PNG';
const logoAt = { file: 'instansi.yaml', line: 5, col: 7 };

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

const sockets: Server[] = [];
afterAll(() => sockets.forEach((s) => s.close()));
function socketAt(path: string): void {
  rmSync(path, { force: true });
  const s = createServer();
  sockets.push(s);
  // listen() on a path creates the socket file synchronously enough for the check that follows.
  s.listen(path);
  for (let i = 0; i < 200 && !realFs.existsSync(path); i++) execFileSync('sleep', ['0.01']);
}

const CASES: FsCase[] = [
  // ── the logo, by its bytes ──────────────────────────────────────────────────────────────
  { name: 'logo: berkas teks berganti nama .png', setup: (d) => withLogo(d, 'logo.png', 'ini bukan gambar\n'), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo "logo.png" bukan gambar PNG: isinya teks biasa', ...logoAt,
      hint: 'simpan ulang gambarnya sebagai PNG dari program gambar (mis. "Export" → PNG)' } },
  { name: 'logo: berkas kosong', setup: (d) => withLogo(d, 'logo.png', ''), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo "logo.png" kosong (0 byte)', ...logoAt } },
  { name: 'logo: halaman HTML berganti nama .png', setup: (d) => withLogo(d, 'logo.png', '<!DOCTYPE html><html><body><script>fetch("x")</script></body></html>'), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo "logo.png" bukan gambar PNG: isinya halaman HTML', ...logoAt } },
  { name: 'logo: JPEG bernama .png', setup: (d) => withLogo(d, 'logo.png', JPEG), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo "logo.png" bukan gambar PNG: isinya gambar JPEG', ...logoAt,
      hint: 'ganti nama berkasnya agar berakhiran .jpg, lalu tulis nama itu di logo:' } },
  { name: 'logo: PNG bernama .jpg', setup: (d) => withLogo(d, 'logo.jpg', PNG), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo "logo.jpg" bukan gambar JPEG: isinya gambar PNG', ...logoAt } },
  { name: 'logo: PDF bernama .svg', setup: (d) => withLogo(d, 'logo.svg', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0xff])])), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo "logo.svg" bukan gambar SVG: isinya dokumen PDF', ...logoAt } },
  { name: 'logo: HTML bernama .svg', setup: (d) => withLogo(d, 'logo.svg', '<html><svg></svg></html>'), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo "logo.svg" bukan gambar SVG: isinya halaman HTML', ...logoAt } },
  { name: 'logo: SVG dengan <script>', setup: (d) => withLogo(d, 'logo.svg', SVG('<script>fetch("http://127.0.0.1/")</script>')), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo SVG "logo.svg" memuat <script> (baris 4)', ...logoAt, hint: SVG_HINT } },
  { name: 'logo: SVG dengan onload=', setup: (d) => withLogo(d, 'logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo SVG "logo.svg" memuat atribut peristiwa onload= (baris 1)', ...logoAt } },
  { name: 'logo: SVG dengan onclick pada unsur', setup: (d) => withLogo(d, 'logo.svg', SVG('<rect width="5" height="5"\n  onclick = "x()"/>')), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo SVG "logo.svg" memuat atribut peristiwa onclick= (baris 5)', ...logoAt } },
  { name: 'logo: SVG dengan <foreignObject>', setup: (d) => withLogo(d, 'logo.svg', SVG('<foreignObject><iframe src="x"/></foreignObject>')), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo SVG "logo.svg" memuat <foreignObject> (baris 4)', ...logoAt } },
  { name: 'logo: SVG mengambil gambar dari jaringan', setup: (d) => withLogo(d, 'logo.svg', SVG(`<image href="http://127.0.0.1:${port}/x.png"/>`)), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: () => `logo SVG "logo.svg" menunjuk ke luar gambar: href="http://127.0.0.1:${port}/x.png" (baris 4)`, ...logoAt } },
  { name: 'logo: SVG dengan xlink:href ke berkas lokal', setup: (d) => withLogo(d, 'logo.svg', SVG(`<use xlink:href='file:///etc/passwd#a'/>`)), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: `logo SVG "logo.svg" menunjuk ke luar gambar: xlink:href='file:///etc/passwd#a' (baris 4)`, ...logoAt } },
  { name: 'logo: SVG dengan url() ke luar di style', setup: (d) => withLogo(d, 'logo.svg', SVG(`<rect style="fill:url(https://contoh.id/pola.svg#p)"/>`)), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo SVG "logo.svg" menunjuk ke luar gambar: url(https://contoh.id/pola.svg#p) (baris 4)', ...logoAt } },
  { name: 'logo: SVG dengan @import', setup: (d) => withLogo(d, 'logo.svg', SVG(`<style>@import "https://contoh.id/a.css";</style>`)), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo SVG "logo.svg" memuat @import (baris 4)', ...logoAt } },
  { name: 'logo: SVG dengan entitas XML (bom entitas)', setup: (d) => withLogo(d, 'logo.svg', '<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;&a;">\n]>\n<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>'), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo SVG "logo.svg" memuat deklarasi <!ENTITY> (baris 3)', ...logoAt } },
  { name: 'logo: SVG dengan tautan javascript:', setup: (d) => withLogo(d, 'logo.svg', SVG(`<a href="javascript:alert(1)"><rect/></a>`)), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo SVG "logo.svg" menunjuk ke luar gambar: href="javascript:alert(1)" (baris 4)', ...logoAt } },
  { name: 'logo: folder bernama logo.png', setup: (d) => (withLogo(d, 'x.png', ''), rmSync(join(d, 'x.png')), mkdirSync(join(d, 'x.png'))), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo "x.png" adalah folder, padahal di sini harus berkas', ...logoAt } },
  { name: 'logo: FIFO bernama logo.png', setup: (d) => (withLogo(d, 'logo.png', ''), rmSync(join(d, 'logo.png')), mkfifo(join(d, 'logo.png'))), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo "logo.png" bukan berkas biasa, melainkan pipa bernama (FIFO); tidak dibaca', ...logoAt } },
  { name: 'logo: lebih dari 5 MB', setup: (d) => withLogo(d, 'logo.png', Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)])), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo "logo.png" terlalu besar: 6,0 MB (batas 5,0 MB)', ...logoAt } },
  { name: 'logo: tautan simbolik ke /dev/zero', setup: (d) => (withLogo(d, 'logo.png', ''), rmSync(join(d, 'logo.png')), symlinkSync('/dev/zero', join(d, 'logo.png'))), file: 'instansi.yaml',
    expect: { code: 'aturan/logo', message: 'logo "logo.png" berada di luar folder instansi', ...logoAt } },
  { name: 'logo: EACCES saat dibaca', setup: (d) => withLogo(d, 'logo.png', PNG), file: 'instansi.yaml', faults: [{ call: 'openSync', suffix: 'logo.png', code: 'EACCES' }],
    expect: { code: 'aturan/logo', message: 'tidak dapat membaca logo "logo.png": izin ditolak (EACCES)', ...logoAt, hint: IZIN } },
  // ── what is not a regular file ──────────────────────────────────────────────────────────
  { name: 'FIFO di tempat pk.yaml (check tidak boleh menunggu)', setup: (d) => (rmSync(join(d, '2024/pk.yaml')), mkfifo(join(d, '2024/pk.yaml'))), file: '2024/pk.yaml',
    expect: { code: 'berkas/bukan-berkas-biasa', message: '2024/pk.yaml bukan berkas biasa, melainkan pipa bernama (FIFO); tidak dibaca', line: 1, col: 1,
      hint: 'hapus 2024/pk.yaml dan simpan datanya sebagai berkas teks biasa' } },
  { name: 'FIFO di tempat narasi', setup: (d) => mkfifo(join(d, '2024/narasi/penutup.md')), file: '2024/narasi/penutup.md',
    expect: { code: 'berkas/bukan-berkas-biasa', message: '2024/narasi/penutup.md bukan berkas biasa, melainkan pipa bernama (FIFO); tidak dibaca', line: 1, col: 1 } },
  { name: 'soket di tempat skala.yaml', setup: (d) => socketAt(join(d, 'skala.yaml')), file: 'skala.yaml',
    expect: { code: 'berkas/bukan-berkas-biasa', message: 'skala.yaml bukan berkas biasa, melainkan soket; tidak dibaca', line: 1, col: 1 } },
  { name: 'folder di tempat 2024/pk.yaml', setup: (d) => (rmSync(join(d, '2024/pk.yaml')), mkdirSync(join(d, '2024/pk.yaml'))), file: '2024/pk.yaml',
    expect: { code: 'berkas/folder-bukan-berkas', message: '2024/pk.yaml adalah folder, padahal di sini harus berkas', line: 1, col: 1,
      hint: 'pindahkan atau ganti nama folder itu; data ditulis dalam berkas teks biasa' } },
  { name: 'folder di tempat instansi.yaml', setup: (d) => (rmSync(join(d, 'instansi.yaml')), mkdirSync(join(d, 'instansi.yaml'))), file: 'instansi.yaml',
    expect: { code: 'berkas/folder-bukan-berkas', message: 'instansi.yaml adalah folder, padahal di sini harus berkas', line: 1, col: 1 } },
  { name: 'folder bernama bab.md di narasi', setup: (d) => mkdirSync(join(d, '2024/narasi/bab.md')), file: '2024/narasi/bab.md',
    expect: { code: 'berkas/folder-bukan-berkas', message: '2024/narasi/bab.md adalah folder, padahal di sini harus berkas', line: 1, col: 1 } },
  { name: 'folder tahun berupa tautan simbolik putus', setup: (d) => symlinkSync(join(d, 'tidak-ada'), join(d, '2025')), file: '2025',
    expect: { code: 'berkas/tautan-putus', message: '2025 adalah tautan simbolik ke folder atau berkas yang tidak ada', line: 1, col: 1 } },
  { name: 'tautan simbolik yang berputar', setup: (d) => (rmSync(join(d, '2024/pk.yaml')), symlinkSync('pk2.yaml', join(d, '2024/pk.yaml')), symlinkSync('pk.yaml', join(d, '2024/pk2.yaml'))),
    file: '2024/pk.yaml',
    expect: { code: 'sistem/eloop', message: 'tidak dapat membaca 2024/pk.yaml: tautan simbolik berputar (menunjuk dirinya sendiri lewat tautan lain) (ELOOP)', line: 1, col: 1,
      hint: 'hapus tautan simbolik itu dan salin berkas aslinya ke tempatnya' } },
  { name: 'nama berkas dengan ESC', setup: (d) => writeFileSync(join(d, '2024', 'a\x1b[2Jb.yaml'), 'x: 1\n'), file: '2024/a\\u{001B}[2Jb.yaml',
    expect: { code: 'teks/karakter-kendali', message: 'nama berkas "a\\u{001B}[2Jb.yaml" memuat karakter kendali U+001B (ESC)', line: 1, col: 1,
      hint: 'ganti nama berkas itu dengan huruf, angka dan tanda hubung saja' } },
  { name: 'nama berkas narasi dengan RLO', setup: (d) => writeFileSync(join(d, '2024/narasi', 'bab\u202edm.md'), 'x\n'), file: '2024/narasi/bab\\u{202E}dm.md',
    expect: { code: 'teks/pengarah-teks', message: 'nama berkas "bab\\u{202E}dm.md" memuat karakter pengarah teks U+202E (RLO)', line: 1, col: 1 } },
  // ── system errors, simulated ────────────────────────────────────────────────────────────
  { name: 'EACCES saat membuka pk.yaml', setup: () => undefined, file: '2024/pk.yaml', faults: [{ call: 'openSync', suffix: '2024/pk.yaml', code: 'EACCES' }],
    expect: { code: 'sistem/eacces', message: 'tidak dapat membaca 2024/pk.yaml: izin ditolak (EACCES)', line: 1, col: 1, hint: IZIN } },
  { name: 'EACCES saat membaca folder tahun', setup: () => undefined, file: '2024', faults: [{ call: 'readdirSync', suffix: '/2024', code: 'EACCES' }],
    expect: { code: 'sistem/eacces', message: 'tidak dapat membaca folder 2024: izin ditolak (EACCES)', line: 1, col: 1, hint: IZIN } },
  { name: 'EPERM saat membaca folder narasi', setup: () => undefined, file: '2024/narasi', faults: [{ call: 'readdirSync', suffix: '/narasi', code: 'EPERM' }],
    expect: { code: 'sistem/eperm', message: 'tidak dapat membaca folder 2024/narasi: tindakan tidak diizinkan (EPERM)', line: 1, col: 1 } },
  { name: 'EMFILE saat membuka instansi.yaml', setup: () => undefined, file: 'instansi.yaml', faults: [{ call: 'openSync', suffix: 'instansi.yaml', code: 'EMFILE' }],
    expect: { code: 'sistem/emfile', message: 'tidak dapat membaca instansi.yaml: terlalu banyak berkas terbuka oleh program ini (EMFILE)', line: 1, col: 1,
      hint: 'naikkan batasnya (mis. ulimit -n 4096) lalu ulangi' } },
  { name: 'ENFILE saat membuka renstra.yaml', setup: () => undefined, file: 'renstra.yaml', faults: [{ call: 'openSync', suffix: 'renstra.yaml', code: 'ENFILE' }],
    expect: { code: 'sistem/enfile', message: 'tidak dapat membaca renstra.yaml: terlalu banyak berkas terbuka di komputer ini (ENFILE)', line: 1, col: 1 } },
  { name: 'EIO saat membuka narasi', setup: () => undefined, file: '2024/narasi/ringkasan-eksekutif.md', faults: [{ call: 'openSync', suffix: 'ringkasan-eksekutif.md', code: 'EIO' }],
    expect: { code: 'sistem/eio', message: 'tidak dapat membaca 2024/narasi/ringkasan-eksekutif.md: galat baca/tulis perangkat (EIO)', line: 1, col: 1 } },
  { name: 'ENAMETOOLONG saat membuka anggaran.yaml', setup: () => undefined, file: '2024/anggaran.yaml', faults: [{ call: 'openSync', suffix: 'anggaran.yaml', code: 'ENAMETOOLONG' }],
    expect: { code: 'sistem/enametoolong', message: 'tidak dapat membaca 2024/anggaran.yaml: nama atau jalurnya terlalu panjang (ENAMETOOLONG)', line: 1, col: 1 } },
  { name: 'ESTALE (folder jaringan) saat membuka dokumen.yaml', setup: () => undefined, file: '2024/dokumen.yaml', faults: [{ call: 'openSync', suffix: 'dokumen.yaml', code: 'ESTALE' }],
    expect: { code: 'sistem/estale', message: 'tidak dapat membaca 2024/dokumen.yaml: berkas jaringan sudah tidak berlaku (ESTALE)', line: 1, col: 1 } },
];

/** Every file under `dir` with its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name)).toString('base64')]),
  );
}

function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-hostile-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

describe('hostile load: what an edit of the fixture cannot make', () => {
  for (const c of CASES)
    it(c.name, async () => {
      const dir = copyFixture();
      faults.length = 0;
      try {
        c.setup(dir);
        faults.push(...(c.faults ?? []));
        const t0 = Date.now();
        const diags = checkFolder(dir);
        expect(Date.now() - t0, 'check selesai cepat').toBeLessThan(10_000);
        const message = typeof c.expect.message === 'function' ? c.expect.message(dir) : c.expect.message;
        const hit = diags.list.find((d) => d.code === c.expect.code && d.message === message);
        expect(hit, `ditemukan:\n${diags.list.map((d) => `${d.code} ${d.at?.file}:${d.at?.line}:${d.at?.col} ${d.message}`).join('\n')}`).toBeDefined();
        expect(hit!.severity).toBe(c.expect.severity ?? 'galat');
        expect({ file: hit!.at?.file, line: hit!.at?.line, col: hit!.at?.col }).toEqual({ file: c.file, line: c.expect.line, col: c.expect.col });
        if (c.expect.hint) expect(hit!.hint).toBe(c.expect.hint);
        expect(diags.hasErrors).toBe(true);
        // The build refuses with exit 1 (not "galat tak terduga"), writes nothing, leaves no temp file.
        const out = mkdtempSync(join(tmpdir(), 'kinerja-out-'));
        const temp = mkdtempSync(join(tmpdir(), 'kinerja-tmpdir-'));
        const before = process.env.TMPDIR;
        const said: string[] = [];
        try {
          mkdirSync(join(out, 'dinas-contoh'));
          writeFileSync(join(out, 'dinas-contoh', 'lkjip-2024.pdf'), '%PDF-1.7 hasil terakhir yang baik');
          const was = snapshot(out);
          process.env.TMPDIR = temp;
          const code = await main(['build', 'lkjip', dir, '--out', out], { log: () => undefined, err: (s) => said.push(s) });
          expect(code).toBe(1);
          expect(said.join('\n')).not.toMatch(/tak terduga/);
          expect(snapshot(out)).toEqual(was);
          expect(readdirSync(temp), 'sisa di folder sementara').toEqual([]);
        } finally {
          if (before === undefined) delete process.env.TMPDIR;
          else process.env.TMPDIR = before;
          rmSync(out, { recursive: true, force: true });
          rmSync(temp, { recursive: true, force: true });
        }
        expect(connections, 'sambungan ke luar').toBe(0);
      } finally {
        faults.length = 0;
        rmSync(dir, { recursive: true, force: true });
      }
    });

  it('a clean PNG, JPEG and SVG logo (fragment and data: references) pass', () => {
    for (const [name, bytes] of [
      ['logo.png', PNG],
      ['logo.jpeg', JPEG],
      ['logo.svg', SVG('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="5" height="5"/><use href="#g"/><image href="data:image/png;base64,iVBORw0KGgo="/>')],
      ['lambang.svg', '\uFEFF<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><text font-family="Arial">Pemda</text></svg>'],
    ] as const) {
      const dir = copyFixture();
      try {
        withLogo(dir, name, bytes);
        expect(checkFolder(dir).list, name).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it('a folder that is a file, or is absent, is said with its name', () => {
    const dir = copyFixture();
    try {
      const file = join(dir, 'instansi.yaml');
      const d = checkFolder(file).list.find((x) => x.code === 'berkas/folder');
      expect(d?.message).toBe(`${relative(process.cwd(), file)} bukan folder`);
      const none = checkFolder(join(dir, 'tidak-ada')).list.find((x) => x.code === 'berkas/folder');
      expect(none?.message).toBe(`folder ${relative(process.cwd(), join(dir, 'tidak-ada'))} tidak ada`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('10,000-deep Markdown checks and renders quickly, nested no deeper than the bound', () => {
    const deep = ['>'.repeat(10_000) + ' a', '['.repeat(10_000) + 'a', '*'.repeat(10_000) + 'a' + '*'.repeat(10_000), '- '.repeat(10_000) + 'a', '> 1. '.repeat(10_000) + 'a'];
    for (const text of deep) {
      const t0 = Date.now();
      const html = renderNarasi(text + '\n', {});
      expect(Date.now() - t0).toBeLessThan(10_000);
      expect((html.match(/<blockquote>/g) ?? []).length).toBeLessThanOrEqual(20);
    }
  });
});

describe('system errors on write and in the last catch', () => {
  it('a full disk while writing names the file and says what to do; the last good file stays', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-write-'));
    try {
      const target = join(dir, 'lkjip-2024.pdf');
      writeFileSync(target, 'lama');
      faults.push({ call: 'writeFileSync', suffix: 'lkjip-2024.pdf', code: 'ENOSPC' });
      let caught: unknown;
      try {
        writeAtomic(target, 'baru');
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(KinerjaError);
      expect((caught as KinerjaError).message).toBe(`tidak dapat menulis ${target}: ruang disk penuh (ENOSPC)`);
      expect((caught as KinerjaError).diagnostics[0]?.hint).toMatch(/^ruang disk penuh: kosongkan/);
      expect(readFileSync(target, 'utf8')).toBe('lama');
      expect(readdirSync(dir)).toEqual(['lkjip-2024.pdf']);
    } finally {
      faults.length = 0;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a read-only output folder is said as such', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-write-'));
    try {
      faults.push({ call: 'mkdirSync', suffix: 'keluaran', code: 'EROFS' });
      expect(() => writeAtomic(join(dir, 'keluaran', 'pk-2024.pdf'), 'x')).toThrow(`tidak dapat membuat folder ${join(dir, 'keluaran')}: sistem berkasnya hanya-baca (EROFS)`);
    } finally {
      faults.length = 0;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a folder where the PDF goes is said as such (a real EISDIR)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-write-'));
    try {
      mkdirSync(join(dir, 'lkjip-2024.pdf'));
      writeFileSync(join(dir, 'lkjip-2024.pdf', 'isi'), 'x');
      expect(() => writeAtomic(join(dir, 'lkjip-2024.pdf'), 'x')).toThrow(/^tidak dapat menulis .*lkjip-2024\.pdf: (adalah folder, padahal yang diperlukan berkas \(EISDIR\)|folder tidak kosong \(ENOTEMPTY\))$/);
      expect(readdirSync(dir)).toEqual(['lkjip-2024.pdf']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('describeSystemError: Indonesian with the path for errno errors, undefined otherwise', () => {
    const err = (code: string, syscall: string, path?: string) => Object.assign(new Error(`${code}: x`), { code, syscall, path });
    expect(describeSystemError(err('ENOSPC', 'write', 'out/a.pdf'))).toBe('tidak dapat menulis out/a.pdf: ruang disk penuh (ENOSPC)\n    ruang disk penuh: kosongkan sebagian (mis. hapus hasil lama di out/ atau berkas sementara), lalu ulangi');
    expect(describeSystemError(err('EACCES', 'open', 'data/x/pk.yaml'))).toBe(`tidak dapat membuka data/x/pk.yaml: izin ditolak (EACCES)\n    ${IZIN}`);
    expect(describeSystemError(err('EROFS', 'mkdir', 'out'))?.split('\n')[0]).toBe('tidak dapat membuat folder out: sistem berkasnya hanya-baca (EROFS)');
    expect(describeSystemError(err('ENOENT', 'spawn /usr/bin/chromium', '/usr/bin/chromium'))?.split('\n')[0]).toBe('tidak dapat menjalankan /usr/bin/chromium: tidak ada (ENOENT)');
    expect(describeSystemError(err('EMFILE', 'scandir', 'data'))?.split('\n')[0]).toBe('tidak dapat membaca folder data: terlalu banyak berkas terbuka oleh program ini (EMFILE)');
    expect(describeSystemError(Object.assign(err('EADDRINUSE', 'listen'), { address: '127.0.0.1', port: 4321 }))?.split('\n')[0]).toBe('tidak dapat membuka 127.0.0.1:4321: port sudah dipakai program lain (EADDRINUSE)');
    expect(describeSystemError(err('EWHATEVER', 'read'))?.split('\n')[0]).toBe('sistem operasi menolak: ditolak sistem operasi (EWHATEVER)');
    expect(describeSystemError(new TypeError('x is undefined'))).toBeUndefined();
    expect(describeSystemError('EACCES')).toBeUndefined();
  });
});
