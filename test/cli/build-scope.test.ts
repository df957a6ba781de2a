// Builds scoped and reported: an agency builds what it has; over data/, an agency whose data does
// not pass is reported at the end while the others are written (exit 1), and one that does not
// have the document asked for is not this build's business; a line per document, a summary,
// --quiet and --json.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-lingkup-'));
const cwd = process.cwd();
const fixture = join(cwd, 'test', 'fixtures', 'minimal');

/** data/<id> from the fixture, with its id changed and `edit` applied. */
function agency(id: string, edit: (d: string) => void = () => undefined): void {
  const d = join(dir, 'data', id);
  cpSync(fixture, d, { recursive: true });
  const f = join(d, 'instansi.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace('id: dinas-contoh', `id: ${id}`));
  edit(d);
}

async function run(args: string[]) {
  const log: string[] = [];
  const err: string[] = [];
  const code = await main(args, { log: (s) => log.push(s), err: (s) => err.push(s) });
  return { code, log: log.join('\n'), err: err.join('\n') };
}

beforeAll(() => {
  mkdirSync(join(dir, 'data'));
  agency('dinas-baik');
  // A PK with an error, and no LKjIP (no dokumen.yaml).
  agency('dinas-galat', (d) => {
    rmSync(join(d, '2024', 'dokumen.yaml'));
    writeFileSync(join(d, '2024', 'pk.yaml'), 'target:\n  iku-satu: sembilan puluh\n  iku-dua: 10\n');
  });
  process.chdir(dir);
});
afterAll(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

describe('builds scoped to the agencies that have the document', () => {
  it('an error in an agency without an LKjIP does not stop the LKjIP of another, nor is it shown', async () => {
    const r = await run(['build', 'lkjip', '--out', 'out1']);
    expect(r.code).toBe(0);
    expect(r.log).toBe(`tertulis: ${join('out1', 'dinas-baik', 'lkjip-2024.pdf')}`);
    expect(r.err).not.toContain('dinas-galat');
    expect(r.err).toMatch(/^\[1\/1\] dinas-baik: lkjip-2024\.pdf — \d+ halaman, \d+ kB, [\d,]+ detik$/m);
    expect(r.err).toMatch(/^selesai: 1 berkas, \d+ halaman, [\d,]+ detik$/m);
  }, 60_000);

  it('an agency whose PK has an error is reported at the end; the other PK is written; exit 1', async () => {
    const r = await run(['build', 'pk', '--out', 'out2']);
    expect(r.code).toBe(1);
    expect(r.log).toBe(`tertulis: ${join('out2', 'dinas-baik', 'pk-2024.pdf')}`);
    expect(r.err).toContain('galat: data/dinas-galat: data data/dinas-galat belum benar; tidak ada berkas yang ditulis');
    expect(r.err).toContain(join('data', 'dinas-galat', '2024', 'pk.yaml') + ':2:13');
    expect(r.err).toMatch(/selesai: 1 berkas, \d+ halaman, [\d,]+ detik; 1 instansi gagal \(lihat di atas\)$/);
  }, 60_000);

  it('--json: the report for a script on stdout, nothing else there', async () => {
    const r = await run(['build', 'pk', '--out', 'out3', '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.log) as { tertulis: { berkas: string; halaman: number; bita: number }[]; gagal: { folder: string; galat: number }[] };
    expect(report.tertulis.map((t) => t.berkas)).toEqual([join('out3', 'dinas-baik', 'pk-2024.pdf')]);
    expect(report.tertulis[0]!.halaman).toBeGreaterThan(0);
    expect(report.tertulis[0]!.bita).toBe(readFileSync(join('out3', 'dinas-baik', 'pk-2024.pdf')).length);
    expect(report.gagal).toEqual([{ folder: join('data', 'dinas-galat'), pesan: 'data data/dinas-galat belum benar; tidak ada berkas yang ditulis', galat: 1 }]);
    expect(r.err).not.toMatch(/^\[1\/1\]|^selesai/m);
  }, 60_000);

  it('--quiet: only the errors', async () => {
    const r = await run(['build', 'pk', '--out', 'out4', '-q']);
    expect(r.code).toBe(1);
    expect(r.log).toBe('');
    expect(r.err.split('\n').every((l) => l.startsWith('galat') || l.startsWith('data/') || l.startsWith('    '))).toBe(true);
  }, 60_000);
});

describe('--final: a document for signing has no blank', () => {
  it('a PK without its signing date is refused, nothing written; with the date it is built', async () => {
    const refused = await run(['build', 'pk', join('data', 'dinas-baik'), '--final', '--out', 'out5']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('galat: data/dinas-baik: dokumen untuk ditandatangani (--final) tidak boleh memuat titik-titik; tidak ada berkas yang ditulis');
    expect(refused.err).toContain(`${join('data', 'dinas-baik', '2024', 'pk.yaml')}:1:1  Perjanjian Kinerja 2024 dicetak dengan titik-titik di tempat tanggal penandatanganan`);
    expect(refused.log).toBe('');
    const pk = join('data', 'dinas-baik', '2024', 'pk.yaml');
    writeFileSync(pk, `tanggal: 2024-01-15\n${readFileSync(pk, 'utf8')}`);
    const built = await run(['build', 'pk', join('data', 'dinas-baik'), '--final', '--out', 'out5']);
    expect(built.code).toBe(0);
    expect(built.log).toBe(`tertulis: ${join('out5', 'dinas-baik', 'pk-2024.pdf')}`);
  }, 60_000);
});
