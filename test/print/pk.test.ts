// The Perjanjian Kinerja as a signed document, and its Perubahan when the data records one.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf } from '../pdf-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-pk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const quiet = { log: () => undefined, err: () => undefined };
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('Perjanjian Kinerja', () => {
  it('Setda Paser: both parties, the targets, the programs with their total and its terbilang', async () => {
    expect(await main(['build', 'pk', 'data/setda-paser', '--out', dir], quiet)).toBe(0);
    const pdf = await readPdf(readFileSync(join(dir, 'setda-paser', 'pk-2024.pdf')));
    const [naskah, lampiran] = pdf.pages.map(squash);
    expect(pdf.pages).toHaveLength(2);
    expect(naskah).toContain('PERJANJIAN KINERJA TAHUN 2024');
    expect(naskah).toContain('Nama : Drs. KATSUL WIJAYA, M.Si');
    expect(naskah).toContain('Jabatan : Bupati Paser');
    expect(naskah).toContain('NIP. 19661211 198609 1 002');
    expect(naskah).toMatch(/Pihak Kedua[\s\S]*Pihak Pertama/);
    expect(lampiran).toContain('BB (71)');
    expect(lampiran).toContain('256.384.931.909');
    expect(lampiran).toContain('Terbilang: Dua Ratus Lima Puluh Enam Miliar');
  });

  it('a PK Perubahan is printed beside the first, with the revised targets and the reason', async () => {
    const data = join(dir, 'dinas');
    cpSync('test/fixtures/minimal', data, { recursive: true });
    writeFileSync(join(data, '2024', 'pk.yaml'), 'tanggal: 2024-01-15\ntarget:\n  iku-satu: 90\n  iku-dua: 10\nperubahan:\n  tanggal: 2024-09-30\n  alasan: APBD Perubahan menambah anggaran layanan.\n  target:\n    iku-satu: 92\nalasan_beda_renstra:\n  iku-satu:\n    nilai: 92\n    alasan: Target dinaikkan pada APBD Perubahan.\n');
    expect(await main(['build', 'pk', data, '--out', dir], quiet)).toBe(0);
    const awal = squash((await readPdf(readFileSync(join(dir, 'dinas-contoh', 'pk-2024.pdf')))).pages.join(' '));
    const ubah = squash((await readPdf(readFileSync(join(dir, 'dinas-contoh', 'pk-perubahan-2024.pdf')))).pages.join(' '));
    expect(awal).toContain('Kota Uji, 15 Januari 2024');
    expect(awal).toMatch(/Persentase layanan tuntas % 90/);
    expect(ubah).toContain('(PERUBAHAN)');
    expect(ubah).toContain('APBD Perubahan menambah anggaran layanan.');
    expect(ubah).toContain('Kota Uji, 30 September 2024');
    expect(ubah).toMatch(/Persentase layanan tuntas % 92/);
  });
});
