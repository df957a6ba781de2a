// `kinerja init` with no folder: a whole data repository, or nothing (issue 18, deliverable 3).
// The packed package is tried in pack.test.ts; here, in-process, what it refuses and what it
// leaves behind when stopped.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { runInit } from '../../src/cli/init.ts';
import { tulisKeFolder } from '../../src/init/buat-repositori.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-repositori-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function diFolder<T>(folder: string, f: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(folder);
  try {
    return await f();
  } finally {
    process.chdir(cwd);
  }
}

function jalankan(args: string[]) {
  const log: string[] = [];
  const err: string[] = [];
  return main(args, { log: (s) => log.push(s), err: (s) => err.push(s) }).then((code) => ({ code, log: log.join('\n'), err: err.join('\n') }));
}

describe('kinerja init in an empty folder', () => {
  it('writes the repository beside .git, with the agency under data/ passing check', async () => {
    const folder = join(dir, 'kosong');
    mkdirSync(join(folder, '.git'), { recursive: true });
    const r = await diFolder(folder, () => jalankan(['init', '--ya', '--nama', 'Dinas Komunikasi dan Informatika Kabupaten Contoh', '--tahun', '2025']));
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['.git', '.github', '.gitignore', '.vscode', 'README.md', 'data', 'package.json', 'scripts']);
    // The folder under data/ is named from the agency's name when --instansi is not given.
    expect(readdirSync(join(folder, 'data'))).toEqual(['dinas-komunikasi-dan-informatika-kabupaten-contoh']);
    expect(r.log).toContain('npm run setup');
    expect(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).name).toBe('kosong');
    const c = await jalankan(['check', join(folder, 'data', 'dinas-komunikasi-dan-informatika-kabupaten-contoh')]);
    expect(c.code, c.err).toBe(0);
  });

  it('--repositori makes a new folder; --instansi names the agency’s', async () => {
    const folder = join(dir, 'baru', 'data-dinkes');
    const r = await jalankan(['init', '--repositori', folder, '--ya', '--instansi', 'dinkes']);
    expect(r.code, r.err).toBe(0);
    expect(existsSync(join(folder, 'data', 'dinkes', 'instansi.yaml'))).toBe(true);
    expect(r.log).toContain(`cd ${folder}`);
    // The agency's id in its data is the folder's.
    expect(readFileSync(join(folder, 'data', 'dinkes', 'instansi.yaml'), 'utf8')).toMatch(/^id: dinkes$/m);
  });

  it('refuses a folder that holds anything but .git, and a bad --instansi, writing nothing', async () => {
    const folder = join(dir, 'berisi');
    mkdirSync(folder);
    writeFileSync(join(folder, 'catatan.txt'), 'milik orang lain\n');
    const r = await diFolder(folder, () => jalankan(['init', '--repositori', '--ya']));
    expect(r.code).toBe(1);
    expect(r.err).toContain('tidak kosong (catatan.txt)');
    expect(readdirSync(folder)).toEqual(['catatan.txt']);

    const kosong = join(dir, 'salah-nama');
    mkdirSync(kosong);
    const bad = await diFolder(kosong, () => jalankan(['init', '--ya', '--instansi', 'Dinas Satu']));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--instansi tidak sah: "Dinas Satu"');
    expect(readdirSync(kosong)).toEqual([]);
    // With an agency folder named, --instansi has nothing to name.
    const dua = await jalankan(['init', join(kosong, 'data', 'dinas'), '--ya', '--instansi', 'dinas-lain']);
    expect(dua.code).toBe(1);
    expect(dua.err).toContain('--instansi hanya untuk repositori baru');
    expect(readdirSync(kosong)).toEqual([]);
  });

  it('inside a repository, a bare init asks for the agency’s folder (usage, exit 2)', async () => {
    const folder = join(dir, 'repo-ada');
    mkdirSync(join(folder, 'data'), { recursive: true });
    const r = await diFolder(folder, () => jalankan(['init', '--ya']));
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('galat: tulis folder instansi baru: kinerja init data/nama-instansi');
    expect(readdirSync(folder)).toEqual(['data']);
  });

  it('Ctrl-C at a question exits 130 and leaves the folder as it was', async () => {
    const folder = join(dir, 'batal');
    mkdirSync(join(folder, '.git'), { recursive: true });
    // Keys as a terminal sends them to the prompt: Ctrl-C once the first question is on screen.
    const input = new PassThrough();
    const output = Object.assign(new PassThrough(), { columns: 200 });
    let shown = '';
    let pressed = false;
    output.on('data', (c: Buffer) => {
      shown += c.toString().replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
      if (pressed || !shown.includes('Nama instansi')) return;
      pressed = true;
      setImmediate(() => input.write('\x03'));
    });
    const err: string[] = [];
    const code = await runInit(folder, { repositori: '1' }, { log: () => undefined, err: (s) => err.push(s) }, { input, output, terminal: true });
    expect(code).toBe(130);
    expect(pressed).toBe(true);
    expect(err.join('\n')).toContain('tidak ada berkas yang ditulis');
    expect(readdirSync(folder)).toEqual(['.git']);
  });

  it('an error while writing leaves the folder as it was: no file, no temporary folder', () => {
    const folder = join(dir, 'gagal');
    mkdirSync(join(folder, '.git'), { recursive: true });
    // `a` as a file and as a folder: the second write fails after the first succeeded.
    expect(() => tulisKeFolder(folder, { 'README.md': 'x\n', a: 'berkas\n', 'a/b': 'isi\n' })).toThrow();
    expect(readdirSync(folder)).toEqual(['.git']);
  });
});
