// `kinerja init`: questions checked as they are typed, a clean Ctrl-C that writes nothing, a
// scaffold that passes check and builds every document, and every sample text reported by check
// at its file:line until it is replaced.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { spawn, spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { runInit } from '../../src/cli/init.ts';
import { periksaGolongan, periksaNip, periksaPemda } from '../../src/init/pertanyaan.ts';
import { readPdf } from '../pdf-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A terminal driven as a person types (the prompt library reads keys from it): each step waits
 * until the screen shows `tunggu` (a question, or the reason an answer was refused), then types
 * `ketik` — Ctrl-U first, for a refused answer stays on the line to be corrected — and Enter;
 * or presses a key. What was shown, in order, with the terminal's escape sequences removed.
 */
type Langkah = [tunggu: string, ketik: string] | [tunggu: string, { tekan: string }];
function terminal(langkah: Langkah[]) {
  const input = new PassThrough();
  const output = Object.assign(new PassThrough(), { columns: 200 });
  let shown = '';
  let since = '';
  let i = 0;
  output.on('data', (c: Buffer) => {
    const text = c.toString().replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    shown += text;
    since += text;
    const step = langkah[i];
    if (!step || !since.includes(step[0])) return;
    i++;
    since = '';
    const keys = typeof step[1] === 'string' ? `\x15${step[1]}\r` : step[1].tekan;
    setImmediate(() => input.write(keys));
  });
  return { io: { input, output, terminal: true }, shown: () => shown, langkah: () => i };
}

const files = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)));

describe('kinerja init on a terminal', () => {
  it('asks gelar, pangkat, golongan, NIP; a wrong answer is said at once and asked again, the others kept', async () => {
    const folder = join(dir, 'tanya', 'dinas-kesehatan');
    const t = terminal([
      ['Nama instansi', 'Dinas Kesehatan Kota Contoh'],
      ['Pemerintah daerah', 'Kota Contoh'],
      ['Tempat penandatanganan [Contoh]', ''], // the default from the pemda
      ['Tahun laporan', '2025'],
      ['Nama kepala instansi', 'Dr. SITI RAHMA, M.Kes'], // a name with gelar: refused
      ['tulis nama tanpa gelar (tertulis "Dr. SITI RAHMA, M.Kes"); gelar ditanyakan sesudah ini', 'SITI RAHMA'],
      ['Gelar di depan', 'dr.'],
      ['Gelar di belakang', 'M.Kes'],
      ['Jabatan kepala instansi', 'Kepala Dinas'],
      ['Pangkat kepala', 'Pembina Utama Muda'],
      ['Golongan ruang', 'IV c'], // refused
      ['golongan ditulis ruang I–IV dan huruf a–e, misalnya IV/c (tertulis "IV c")', 'iv/c'],
      ['NIP kepala', '19780101200501200'], // 17 digits: refused
      ['NIP harus 18 angka: tertulis 17 angka', '19781301 200501 2 003'], // month 13: refused
      ['NIP tidak sah: 8 angka pertama (19781301) bukan tanggal lahir yang ada', '19780101 200501 2 003'], // as on an SK: taken without spaces
      ['Nama atasan', 'AHMAD FAUZI'],
      ['Jabatan atasan [Wali Kota Contoh]', ''], // the default from the pemda
    ]);
    const log: string[] = [];
    expect(await runInit(folder, {}, { log: (s) => log.push(s), err: (s) => log.push(s) }, t.io)).toBe(0);
    expect(t.langkah()).toBe(17);
    const shown = t.shown();
    // Each answer is shown as taken, the refused ones corrected in place.
    expect(shown).toContain('✔ Golongan ruang, mis. IV/c (boleh kosong) IV/c');
    expect(shown).toContain('✔ NIP kepala, 18 angka (boleh kosong) 197801012005012003');
    expect(shown).toContain('✔ Tempat penandatanganan Contoh');
    const instansi = readFileSync(join(folder, 'instansi.yaml'), 'utf8');
    for (const line of ['nama: "SITI RAHMA"', 'gelar_depan: "dr."', 'gelar_belakang: "M.Kes"', 'pangkat: "Pembina Utama Muda"', 'golongan: "IV/c"', 'nip: "197801012005012003"', 'nama: "AHMAD FAUZI"', 'jabatan: "Wali Kota Contoh"', 'tempat: "Contoh"'])
      expect(instansi).toContain(line);
    expect(await main(['check', folder], { log: () => undefined, err: () => undefined })).toBe(0);
  });

  for (const [nama, tekan] of [['Ctrl-C', '\x03'], ['Ctrl-D', '\x04']] as const)
    it(`${nama} at a question exits 130 and writes nothing, not even a temporary folder`, async () => {
      const parent = join(dir, `batal-${nama}`);
      const folder = join(parent, 'dinas');
      const t = terminal([
        ['Nama instansi', 'Dinas Batal'],
        ['Pemerintah daerah', 'Kabupaten Contoh'],
        ['Tempat penandatanganan', { tekan }],
      ]);
      const err: string[] = [];
      expect(await runInit(folder, {}, { log: () => undefined, err: (s) => err.push(s) }, t.io)).toBe(130);
      expect(t.langkah()).toBe(3);
      expect(err.join('\n')).toContain('init dibatalkan; tidak ada berkas yang ditulis');
      expect(existsSync(folder)).toBe(false);
      expect(existsSync(parent) ? readdirSync(parent) : []).toEqual([]);
    });

  // The CLI itself in a pseudo-terminal (script(1) from util-linux): keys as a terminal sends
  // them in raw mode, the process's exit code and what the author sees.
  const adaScript = spawnSync('script', ['--version']).status === 0;
  for (const [nama, tekan] of [['Ctrl-C', '\x03'], ['Ctrl-D', '\x04']] as const)
    it.skipIf(!adaScript)(`${nama} in a real terminal: exit 130, the reason on screen, nothing written`, { timeout: 120_000 }, async () => {
      const folder = join(dir, `pty-${nama}`, 'dinas');
      const c = spawn('script', ['-qfec', `${JSON.stringify(process.execPath)} bin/kinerja.mjs init ${JSON.stringify(folder)}`, '/dev/null'], { env: { ...process.env, NO_COLOR: '1' } });
      let screen = '';
      let step = 0;
      c.stdout.on('data', (d: Buffer) => {
        screen += d.toString();
        if (step === 0 && screen.includes('Nama instansi')) (step = 1), c.stdin.write('Dinas Uji\r');
        else if (step === 1 && screen.includes('Pemerintah daerah')) (step = 2), c.stdin.write(tekan);
      });
      const code = await new Promise<number | null>((r) => c.on('exit', r));
      expect(step).toBe(2);
      expect(code).toBe(130);
      expect(screen).toContain('✔ Nama instansi Dinas Uji');
      expect(screen).toContain('init dibatalkan; tidak ada berkas yang ditulis');
      expect(screen).not.toMatch(/Error|at .*\.ts:\d+/); // no stack trace, no "unexpected error"
      expect(existsSync(join(dir, `pty-${nama}`))).toBe(false);
    });

  it('input that ends before the last answer (a closed pipe) is a cancel too, not a hang', async () => {
    const folder = join(dir, 'habis', 'dinas');
    const t = terminal([['Nama instansi', 'Dinas Habis']]);
    t.io.output.on('data', () => t.langkah() === 1 && setImmediate(() => t.io.input.end()));
    expect(await runInit(folder, {}, { log: () => undefined, err: () => undefined }, t.io)).toBe(130);
    expect(existsSync(folder)).toBe(false);
  });

  it('checks the answers the same way when they come as flags', async () => {
    const run = async (...flags: string[]) => {
      const err: string[] = [];
      const code = await main(['init', join(dir, 'flag', String(Math.random())), '--ya', ...flags], { log: () => undefined, err: (s) => err.push(s) });
      return { code, err: err.join('\n') };
    };
    expect(await run('--nip', '1978')).toEqual({ code: 1, err: 'galat: --nip tidak sah: NIP harus 18 angka: tertulis 4 angka' });
    expect(await run('--golongan', 'V/a')).toEqual({ code: 1, err: 'galat: --golongan tidak sah: golongan ditulis ruang I–IV dan huruf a–e, misalnya IV/c (tertulis "V/a")' });
    expect((await run('--pemda', 'Paser')).err).toContain('--pemda tidak sah: tulis "Kabupaten …", "Kota …" atau "Provinsi …"');
    expect(existsSync(join(dir, 'flag'))).toBe(false); // nothing written, not even the parent folder
  });
});

describe('the answers', () => {
  it('NIP: 18 digits, a birth date that exists, a plausible year of birth and of appointment, 1 or 2 for the sex', () => {
    expect(periksaNip('196612111986091002', 2025)).toEqual({ nilai: '196612111986091002' });
    expect(periksaNip('19661211.198609.1.002', 2025)).toEqual({ nilai: '196612111986091002' });
    expect(periksaNip('', 2025)).toEqual({ nilai: '' });
    expect(periksaNip('19661211198609100A', 2025)).toEqual({ salah: 'NIP hanya angka: tertulis "19661211198609100A"' });
    expect(periksaNip('196612111986093002', 2025)).toMatchObject({ salah: expect.stringContaining('angka ke-15 (3) harus 1 (laki-laki) atau 2 (perempuan)') });
    expect(periksaNip('196602301986091002', 2025)).toMatchObject({ salah: expect.stringContaining('bukan tanggal lahir yang ada') });
    expect(periksaNip('201801012036011001', 2025)).toMatchObject({ salah: expect.stringContaining('tahun lahir 2018') });
    expect(periksaNip('190001011930011001', 2025)).toMatchObject({ salah: expect.stringContaining('tahun lahir 1900') });
  });

  it('golongan and pemda, written as people write them', () => {
    expect(periksaGolongan(' iv / c ')).toEqual({ nilai: 'IV/c' });
    expect(periksaGolongan('III/e')).toEqual({ nilai: 'III/e' });
    expect(periksaPemda('kabupaten Paser')).toEqual({ nilai: 'Kabupaten Paser' });
    expect(periksaPemda('KOTA Palu')).toEqual({ nilai: 'Kota Palu' });
  });
});

describe('kinerja init from flags', () => {
  it('the scaffold passes check, builds all four documents, and the PK is signed by the Bupati of the pemda', async () => {
    const log: string[] = [];
    const out = { log: (s: string) => log.push(s), err: (s: string) => log.push(s) };
    const folder = join(dir, 'dinas-pendidikan');
    expect(await main(['init', folder, '--nama', 'Dinas Pendidikan Kabupaten Contoh', '--pemda', 'Kabupaten Contoh', '--tahun', '2025', '--kepala', 'SITI RAHMA', '--nip', '197801012005012003', '--ya'], out)).toBe(0);
    expect(readFileSync(join(folder, 'instansi.yaml'), 'utf8')).toContain('id: dinas-pendidikan');
    expect(await main(['check', folder], out)).toBe(0);
    expect(log.join('\n')).toMatch(/bersih \(\d+ peringatan\)/);
    expect(await main(['build', 'all', folder, '--out', join(dir, 'out')], out)).toBe(0);
    for (const doc of ['lkjip', 'pk', 'rencana-aksi', 'rkt']) {
      const pdf = await readPdf(readFileSync(join(dir, 'out', 'dinas-pendidikan', `${doc}-2025.pdf`)));
      expect(pdf.pages.join(' ').toUpperCase()).toContain('DINAS PENDIDIKAN KABUPATEN CONTOH');
    }
    const pk = (await readPdf(readFileSync(join(dir, 'out', 'dinas-pendidikan', 'pk-2025.pdf')))).pages.join(' ');
    expect(pk).toContain('Bupati Contoh');
    expect(pk).not.toContain('Bupati/Wali Kota');
  }, 300_000);

  it('check names every sample text at its file:line:col, and is quiet once they are replaced', async () => {
    const folder = join(dir, 'penanda');
    expect(await main(['init', folder, '--ya', '--kepala', 'SITI RAHMA', '--atasan', 'AHMAD FAUZI'], { log: () => undefined, err: () => undefined })).toBe(0);
    // Every mark the scaffold wrote, found in the files themselves.
    const marks: string[] = [];
    for (const f of files(folder))
      readFileSync(join(folder, f), 'utf8').split('\n').forEach((line, i) => {
        const col = line.indexOf('[[isi');
        if (col >= 0) marks.push(`${join(folder, f)}:${i + 1}:${col + 1}`);
      });
    expect(marks.length).toBeGreaterThan(5);
    const check = async () => {
      const err: string[] = [];
      expect(await main(['check', folder], { log: () => undefined, err: (s) => err.push(s) })).toBe(0);
      return err.filter((e) => e.includes('isian contoh belum diganti'));
    };
    const warned = await check();
    expect(warned).toHaveLength(marks.length);
    for (const m of marks) expect(warned.some((w) => w.startsWith(`${relative(process.cwd(), m.replace(/:\d+:\d+$/, ''))}:${m.split(':').slice(-2).join(':')}  peringatan: isian contoh belum diganti`))).toBe(true);
    // Replaced: the narrative written, the example data kept and its comment line removed.
    for (const f of files(folder)) {
      const path = join(folder, f);
      const text = readFileSync(path, 'utf8');
      if (!text.includes('[[isi')) continue;
      writeFileSync(path, text.split('\n').filter((l) => !/^\s*# \[\[isi/.test(l)).join('\n').replace(/\[\[isi: [^\]]*\]\]/g, 'Tulisan instansi sendiri.'));
    }
    expect(await check()).toEqual([]);
  }, 60_000);

  it('refuses a folder that already holds files', async () => {
    const err: string[] = [];
    expect(await main(['init', 'data/setda-paser', '--ya'], { log: () => undefined, err: (s) => err.push(s) })).toBe(1);
    expect(err.join('\n')).toContain('folder data/setda-paser sudah berisi berkas; init hanya membuat folder baru');
  });
});
