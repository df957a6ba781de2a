// `kinerja check` reads the figures typed in narrative against the computed model: a wrong one
// fails the check (exit 1) at its file:line:col; a copy of the right one is a warning only.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function checkWith(ringkasan: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-prosa-'));
  try {
    cpSync('test/fixtures/minimal', dir, { recursive: true });
    writeFileSync(join(dir, '2024/narasi/ringkasan-eksekutif.md'), ringkasan);
    const log: string[] = [];
    const err: string[] = [];
    const code = await main(['check', dir], { log: (s) => log.push(s), err: (s) => err.push(s) });
    return { code, log: log.join('\n'), err: err.join('\n').replaceAll(dir, '<dir>') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('kinerja check and figures in prose', () => {
  it('a wrong figure is an error: exit 1, both values, the helper, no summary table', async () => {
    const r = await checkWith('Pembuka.\n\nRata-rata capaian {{instansi}} tahun ini 87 %.\n');
    expect(r.code).toBe(1);
    expect(r.err).toContain('ringkasan-eksekutif.md:3:42  rata-rata capaian IKU ditulis 87 %, sedangkan menurut data 115,00 %\n    ganti "87 %" dengan {{capaian_rata_rata}}');
    expect(r.err).toMatch(/: 1 galat, 0 peringatan$/);
    expect(r.log).not.toContain('rata-rata');
  });

  it('the right figure typed is a warning: exit 0', async () => {
    const r = await checkWith('Rata-rata capaian {{instansi}} tahun ini 115,00 persen.\n');
    expect(r.code).toBe(0);
    expect(r.err).toContain('peringatan: angka 115,00 diketik di narasi; angka ini dihitung dari data (rata-rata capaian IKU)');
    expect(r.log).toMatch(/bersih \(1 peringatan\)/);
  });

  it('a figure marked with its source is silent', async () => {
    const r = await checkWith('Angka kemiskinan di Kabupaten Uji 8,2 % (sumber: BPS Kabupaten Uji, 2024).\n');
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('8,2');
  });
});
