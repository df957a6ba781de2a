// `kinerja check` end to end: exit codes, the summary table, messages with file:line:col.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function run(args: string[]) {
  const log: string[] = [];
  const err: string[] = [];
  const code = await main(args, { log: (s) => log.push(s), err: (s) => err.push(s) });
  return { code, log: log.join('\n'), err: err.join('\n') };
}

/** A copy of the minimal fixture with one file's text changed; removed afterwards. */
async function withFixture(file: string, change: (text: string) => string, body: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-cli-'));
  try {
    cpSync('test/fixtures/minimal', dir, { recursive: true });
    const f = join(dir, file);
    writeFileSync(f, change(readFileSync(f, 'utf8')));
    await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('kinerja check', () => {
  it('passes the Setda Paser data and prints the IKU summary', async () => {
    const r = await run(['check', 'data/setda-paser']);
    expect(r.code).toBe(0);
    expect(r.log).toMatch(/iku-kebijakan-pemum\s+90\s+117,32\s+130,36 %\s+Berhasil/);
    expect(r.log).toMatch(/iku-akip\s+BB \(71\)\s+B \(68,95\)\s+97,12 %\s+Cukup Berhasil/);
    expect(r.log).toMatch(/rata-rata\s+106,71 %\s+Berhasil/);
  });

  it('fails with the author’s mistake at its line and column', () =>
    withFixture('2024/anggaran.yaml', (t) => t.replace('pagu: 1000000', 'pagu: "6.738.935.695"'), async (dir) => {
      const r = await run(['check', dir]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('anggaran.yaml:15:19  pagu harus angka bulat rupiah: tertulis "6.738.935.695", tulis 6738935695');
    }));

  it('warnings alone do not fail', () =>
    withFixture('2024/realisasi.yaml', (t) => t.replace('  iku-dua:\n    nilai: 8\n', ''), async (dir) => {
      const r = await run(['check', dir]);
      expect(r.code).toBe(0);
      expect(r.err).toContain('peringatan: realisasi 2024 indikator `iku-dua` belum ditulis; dicetak "belum tersedia"');
      expect(r.log).toMatch(/iku-dua\s+10\s+belum tersedia\s+belum tersedia/);
    }));

  it('a figure typed in prose that the model computes is a warning, at its line', () =>
    withFixture('2024/narasi/ringkasan-eksekutif.md', () => 'Pembuka.\n\nCapaian rata-rata tahun ini 115,00 persen.\n', async (dir) => {
      const r = await run(['check', dir]);
      expect(r.code).toBe(0);
      expect(r.err).toContain('ringkasan-eksekutif.md:3:29  peringatan: angka 115,00 diketik di narasi; angka ini dihitung dari data');
      expect(r.err).toContain('ganti "115,00 persen" dengan {{capaian_rata_rata}} agar narasi selalu sama dengan tabel');
    }));

  it('a folder that does not exist is named, not a crash', async () => {
    const r = await run(['check', 'data/tidak-ada']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('data/tidak-ada:1:1  folder data/tidak-ada tidak ada');
    expect(r.err).toContain('misalnya data/setda-paser');
    expect(r.err).not.toContain('galat tak terduga');
  });

  it('an unknown command prints the usage and exits 2', async () => {
    const r = await run(['chek']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Pemakaian:');
  });
});
