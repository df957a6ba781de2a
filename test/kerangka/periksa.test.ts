// An outline is checked like every data file: each mistake at its line, with what to write.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { judulKalimat, nomori } from '../../src/render/kerangka/penomoran.ts';

async function check(edit: (dir: string) => void): Promise<{ code: number; out: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-kerangka-'));
  cpSync('test/fixtures/minimal', dir, { recursive: true });
  edit(dir);
  const lines: string[] = [];
  const code = await main(['check', dir], { log: (s) => lines.push(s), err: (s) => lines.push(s) });
  rmSync(dir, { recursive: true, force: true });
  return { code, out: lines.join('\n'), dir: relative(process.cwd(), dir) };
}

/** An outline for the minimal fixture: one chapter, whatever `isi` holds. */
function kerangka(dir: string, isi: string, extra = ''): void {
  mkdirSync(join(dir, 'kerangka'), { recursive: true });
  writeFileSync(join(dir, 'kerangka', 'lkjip.yaml'), `${extra}bab:\n  - judul: PENDAHULUAN\n    isi:\n${isi}`);
}

const ALL_NARASI = () => {
  // The fixture's narratives, so that none is unused.
  return `      - bagian: Isi\n        isi:\n          - narasi: bab1-maksud\n            opsional: true\n`;
};

describe('outline check', () => {
  it('an unknown block is an error at its line with the nearest name', async () => {
    const r = await check((d) => kerangka(d, '      - pengukuran-ik\n'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/kerangka\/lkjip\.yaml:4:9 {2}blok `pengukuran-ik` tidak dikenal\n {4}maksud Anda `pengukuran-iku`\?/);
  });

  it("an option the block does not have is an error at the option's key", async () => {
    const r = await check((d) => kerangka(d, '      - blok: pengukuran-iku\n        judull: Pengukuran\n'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/kerangka\/lkjip\.yaml:5:9 {2}blok `pengukuran-iku` tidak mempunyai opsi `judull`\n {4}maksud Anda `judul`\?/);
  });

  it('a mistyped section key is an error, and the block in it is still checked', async () => {
    const r = await check((d) => kerangka(d, '      - bagian: Latar Belakang\n        isii: []\n        isi:\n          - tabel-x\n'));
    expect(r.out).toContain('`isii` bukan kunci bagian');
    expect(r.out).toContain('maksud Anda `isi`?');
    expect(r.out).toContain('blok `tabel-x` tidak dikenal');
  });

  it('a narrative the outline names that does not exist is an error with the nearest file', async () => {
    const r = await check((d) => {
      writeFileSync(join(d, '2024', 'narasi', 'latar-belakang.md'), 'Latar belakang.\n');
      kerangka(d, '      - narasi: latar-belakng\n');
    });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/kerangka\/lkjip\.yaml:4:17 {2}kerangka mencetak narasi `latar-belakng\.md`, tetapi berkas itu tidak ada di 2024\/narasi\/\n {4}maksud Anda `latar-belakang`\?/);
  });

  it('a narrative file the outline does not print is an error that says where to add it', async () => {
    const r = await check((d) => {
      writeFileSync(join(d, '2024', 'narasi', 'sumber-daya.md'), 'Pegawai kami.\n');
      kerangka(d, ALL_NARASI());
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain('berkas narasi `sumber-daya.md` tidak dipakai LKjIP tahun 2024, jadi tidak dicetak');
    expect(r.out).toContain('tulis `- narasi: sumber-daya` di kerangka LKjIP');
  });

  it('a heading helper that does not exist is an error; {{tahun}} is fine', async () => {
    const r = await check((d) => kerangka(d, '      - bagian: Capaian Tahun {{tahn}}\n        isi: [pengukuran-iku]\n      - bagian: Anggaran {{tahun}}\n        isi: [belanja]\n'));
    expect(r.out).toContain('judul memakai `{{tahn}}`');
    expect(r.out).toContain('maksud Anda `tahun`?');
    expect(r.out).not.toContain('{{tahun}}`');
  });

  it('an outline file for no known document is an error with the nearest name', async () => {
    const r = await check((d) => {
      mkdirSync(join(d, 'kerangka'));
      writeFileSync(join(d, 'kerangka', 'lkip.yaml'), 'bab:\n  - judul: PENDAHULUAN\n    isi: []\n');
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain('kerangka `lkip.yaml` bukan kerangka dokumen yang dikenal');
    expect(r.out).toContain('maksud Anda `lkjip`?');
  });

  it('an own table is checked once however many blocks print it, and an unused one is a warning', async () => {
    const pegawai = readFileSync('test/fixtures/tabel/pegawai.yaml', 'utf8');
    const r = await check((d) => {
      mkdirSync(join(d, 'tabel'));
      writeFileSync(join(d, 'tabel', 'pegawai.yaml'), pegawai.replace('perempuan: 17', 'perempuan: tujuh belas'));
      writeFileSync(join(d, 'tabel', 'arsip.yaml'), pegawai);
      kerangka(d, '      - tabel: pegawai\n      - tabel: pegawai\n        judul: Lagi\n');
    });
    expect(r.out.match(/tabel\/pegawai\.yaml:\d+:\d+ {2}/g)).toHaveLength(1);
    expect(r.out).toContain('tabel `arsip` tidak dicetak: tidak ada kerangka dokumen yang memuat `- tabel: arsip`');
  });

  it('a block of another document is refused', async () => {
    const r = await check((d) => kerangka(d, '      - rencana-kerja\n'));
    expect(r.out).toContain('blok `rencana-kerja` tidak dapat dipakai di LKjIP');
  });

  it('the schema still speaks for the whole file: a chapter without a title', async () => {
    const r = await check((d) => {
      mkdirSync(join(d, 'kerangka'));
      writeFileSync(join(d, 'kerangka', 'lkjip.yaml'), 'bab:\n  - isi: []\n');
    });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/kerangka\/lkjip\.yaml:2:5 .*judul/);
  });
});

describe('heading numbers', () => {
  it('a pattern takes its ancestors for its earlier marks', () => {
    expect(nomori('{A}.', [2])).toBe('B.');
    expect(nomori('{A}.{1}', [3, 2])).toBe('C.2');
    expect(nomori('{1}.', [3, 2])).toBe('2.');
    expect(nomori('{a}.', [1, 1, 27])).toBe('aa.');
    expect(nomori('BAB {I}', [4])).toBe('BAB IV');
    expect(nomori('Bab {1}', [12])).toBe('Bab 12');
    expect(nomori('Lampiran {1}.', [3])).toBe('Lampiran 3.');
    expect(nomori('{bab}.{1}', [2], 3)).toBe('3.2');
    expect(nomori('{bab}.{1}.{1}', [2, 4], 1)).toBe('1.2.4');
    expect(nomori('{bab}.{1}', [2])).toBe('2');
  });

  it('a running head from a chapter heading: small words lower, Roman numerals kept', () => {
    expect(judulKalimat('BAB II PERENCANAAN DAN PERJANJIAN KINERJA')).toBe('Bab II Perencanaan dan Perjanjian Kinerja');
    expect(judulKalimat('Bab 4 Kinerja Lainnya')).toBe('Bab 4 Kinerja Lainnya');
    expect(judulKalimat('BAB III AKUNTABILITAS KINERJA')).toBe('Bab III Akuntabilitas Kinerja');
  });
});
