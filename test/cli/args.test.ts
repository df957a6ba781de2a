// The command line: help and version on stdout with exit 0, every mistake in how the tool is
// called said with its suggestion and exit 2, nothing done on a mistake.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/args.ts';
import { main } from '../../src/cli/main.ts';

async function run(args: string[]) {
  const log: string[] = [];
  const err: string[] = [];
  const code = await main(args, { log: (s) => log.push(s), err: (s) => err.push(s) });
  return { code, log: log.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'kinerja-args-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('help and version', () => {
  for (const args of [[], ['--help'], ['-h'], ['help']])
    it(`kinerja ${args.join(' ')}: the tool's help on stdout, exit 0`, async () => {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.log).toContain('Pemakaian: kinerja <perintah> [pilihan]');
      expect(r.log).toContain('Kode keluar: 0 selesai, 1 data (atau sistem) bermasalah, 2 perintah salah tulis');
      expect(r.err).toBe('');
    });

  for (const command of Object.keys(COMMANDS).filter((c) => c !== 'help'))
    for (const args of [[command, '--help'], [command, '-h'], ['help', command]])
      it(`kinerja ${args.join(' ')}: that command's help, exit 0`, async () => {
        const r = await run(args);
        expect(r.code).toBe(0);
        expect(r.log.split('\n')[0]).toMatch(new RegExp(`^Pemakaian: kinerja ${command}\\b`));
      });

  it('--version', async () => {
    const r = await run(['--version']);
    expect(r).toEqual({ code: 0, log: 'kinerja 0.1.0', err: '' });
  });

  it('init --help creates no folder', async () => {
    const folder = join(dir, 'baru');
    expect((await run(['init', folder, '--help'])).code).toBe(0);
    expect(existsSync(folder)).toBe(false);
    expect(existsSync('--help')).toBe(false);
  });
});

describe('mistakes in the command line: exit 2, the message first, then the help', () => {
  const cases: [string[], string][] = [
    [['chek'], 'galat: perintah `chek` tidak dikenal; maksud Anda `check`?'],
    [['biuld', 'lkjip'], 'galat: perintah `biuld` tidak dikenal; maksud Anda `build`?'],
    [['--out', 'x'], 'galat: tulis perintahnya dahulu, lalu pilihannya: kinerja <perintah> --out …'],
    [['build'], 'galat: sebutkan dokumennya: lkjip, pk, rencana-aksi, rkt, survei, pohon, rekap, atau all'],
    [['build', 'lkjp'], 'galat: dokumen `lkjp` tidak dikenal; maksud Anda `lkjip`? (pilihan: lkjip, pk, rencana-aksi, rkt, survei, pohon, rekap, all)'],
    [['build', 'lkjip', '--tahn', '2024'], 'galat: pilihan `--tahn` tidak dikenal untuk `kinerja build`; maksud Anda `--tahun`?'],
    [['build', 'lkjip', '--tahun', 'abc'], 'galat: --tahun tidak sah: tertulis "abc"; tulis tahun empat angka, misalnya --tahun 2024'],
    [['build', 'lkjip', '--tahun', '24'], 'galat: --tahun tidak sah: tertulis "24"; tulis tahun empat angka, misalnya --tahun 2024'],
    [['build', 'lkjip', '--tahun'], 'galat: --tahun perlu nilai, misalnya --tahun 2024'],
    [['build', 'lkjip', '--html=ya'], 'galat: --html tidak menerima nilai'],
    [['check', '--out', 'x'], 'galat: pilihan `--out` tidak dikenal untuk `kinerja check`'],
    [['diff', '--format', 'yaml'], 'galat: format `yaml` tidak dikenal (pilihan: markdown, json)'],
    [['diff', '--fromat', 'json'], 'galat: pilihan `--fromat` tidak dikenal untuk `kinerja diff`; maksud Anda `--format`?'],
    [['diff', 'a', 'b', 'c'], 'galat: diff menerima paling banyak dua revisi git: kinerja diff [rev-a] [rev-b]'],
    [['init'], 'galat: tulis folder instansi baru: kinerja init data/nama-instansi'],
    [['init', 'a', 'b'], 'galat: init membuat satu folder; tertulis 2: a b'],
    [['watch', '--dokumen', 'lkjp'], 'galat: dokumen `lkjp` tidak dikenal; maksud Anda `lkjip`? (pilihan: lkjip, pk, rencana-aksi, rkt, survei, pohon)'],
    [['doctor', '--instal'], 'galat: pilihan `--instal` tidak dikenal untuk `kinerja doctor`; maksud Anda `--install`?'],
  ];
  for (const [args, message] of cases)
    it(`kinerja ${args.join(' ')}`, async () => {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')[0]).toBe(message);
      expect(r.err).toContain('Pemakaian: kinerja');
      expect(r.log).toBe('');
    });

  it('check where there is no data/ folder and none is named', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await run(['check']);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')[0]).toBe('galat: tidak ada folder instansi: jalankan dari akar repositori (yang berisi data/) atau sebutkan foldernya');
    } finally {
      process.chdir(cwd);
    }
  });
});
