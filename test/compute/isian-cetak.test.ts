// A document that would print dotted lines for a missing signatory or date says so when built.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeTahun } from '../../src/compute/index.ts';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import { loadInstansi } from '../../src/load/index.ts';
import { validate } from '../../src/validate/index.ts';
import { checkIsianCetak, type DokumenCetak } from '../../src/validate/isian-cetak.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-isian-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function blanks(doc: DokumenCetak, edit: (d: string) => void = () => undefined): string[] {
  const data = join(dir, `${doc}-${Math.random().toString(36).slice(2)}`);
  cpSync('test/fixtures/minimal', data, { recursive: true });
  edit(data);
  const diags = new Diagnostics();
  const valid = validate(loadInstansi(data, diags), diags)!;
  expect(diags.errors).toEqual([]);
  const after = new Diagnostics();
  checkIsianCetak(doc, computeTahun(valid.data, 2024), valid.src, after);
  return after.list.map((d) => `${relative(data, d.at!.file.startsWith('/') ? d.at!.file : join(process.cwd(), d.at!.file))}:${d.at!.line}:${d.at!.col} ${d.severity} ${d.message}`);
}

const replace = (f: string, a: string, b: string) => writeFileSync(f, readFileSync(f, 'utf8').replace(a, b));

describe('blanks a document would print', () => {
  it('a PK without its date and a superior without a name', () => {
    expect(blanks('pk', (d) => replace(join(d, 'instansi.yaml'), '  nama: BUDI SANTOSO\n', ''))).toEqual([
      '2024/pk.yaml:1:1 peringatan Perjanjian Kinerja 2024 dicetak dengan titik-titik di tempat tanggal penandatanganan',
      'instansi.yaml:12:3 peringatan Perjanjian Kinerja 2024 dicetak dengan titik-titik di tempat nama Bupati Uji',
    ]);
  });

  it('the head without a NIP, in the LKjIP and in its PK lampiran', () => {
    const found = blanks('lkjip', (d) => replace(join(d, 'instansi.yaml'), '  nip: "197503152000032001"\n', ''));
    expect(found).toContain('instansi.yaml:6:3 peringatan LKjIP 2024 dicetak dengan titik-titik di tempat NIP Kepala Dinas');
    expect(found).toContain('instansi.yaml:6:3 peringatan Perjanjian Kinerja 2024 (lampiran LKjIP) dicetak dengan titik-titik di tempat NIP Kepala Dinas');
  });

  it('nothing to say when every fact is there', () => {
    expect(blanks('pk', (d) => replace(join(d, '2024', 'pk.yaml'), 'target:', 'tanggal: 2024-01-15\ntarget:'))).toEqual([]);
    expect(blanks('lkjip', (d) => replace(join(d, '2024', 'pk.yaml'), 'target:', 'tanggal: 2024-01-15\ntarget:'))).toEqual([]);
  });
});
