// Nothing leaks and nothing is lost: text from the data stays text everywhere (pages, PDF
// metadata), and two builds at once into one folder leave one whole, correct PDF.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf } from '../pdf-text.ts';
import { bedaPdf } from '../sama-bytes.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-leak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const quiet = { log: () => undefined, err: () => undefined };

describe('text stays text', () => {
  it('markup in names and table cells is printed literally, also in the PDF metadata', async () => {
    const data = join(dir, 'dinas');
    cpSync('test/fixtures/minimal', data, { recursive: true });
    const f = join(data, 'instansi.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('nama: Dinas Contoh Kabupaten Uji', 'nama: "Dinas <b>Contoh</b> & <script>x()</script>"'));
    const a = join(data, '2024', 'anggaran.yaml');
    writeFileSync(a, readFileSync(a, 'utf8').replace('nama: Sub Kegiatan Satu', 'nama: "Sub <img src=x onerror=y()> Satu"'));
    expect(await main(['build', 'lkjip', data, '--out', join(dir, 'out')], quiet)).toBe(0);
    const bytes = readFileSync(join(dir, 'out', 'dinas-contoh', 'lkjip-2024.pdf'));
    const text = (await readPdf(bytes)).pages.join('\n');
    expect(text).toContain('Dinas <b>Contoh</b> & <script>x()</script>');
    expect(text).toContain('Sub <img src=x onerror=y()> Satu');
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toContain('Dinas <b>Contoh</b> & <script>x()</script>');
    expect(doc.getAuthor()).toBe('Dinas <b>Contoh</b> & <script>x()</script>');
  });
});

describe('a hostile name in the running head', () => {
  const build = async (name: string, singkatan: string) => {
    const data = join(dir, name);
    cpSync('test/fixtures/minimal', data, { recursive: true });
    const f = join(data, 'instansi.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('nama: Dinas Contoh Kabupaten Uji', `nama: Dinas Contoh Kabupaten Uji\nsingkatan: ${JSON.stringify(singkatan)}`));
    expect(await main(['build', 'lkjip', data, '--out', join(dir, `${name}-out`)], quiet)).toBe(0);
    return readPdf(readFileSync(join(dir, `${name}-out`, 'dinas-contoh', 'lkjip-2024.pdf')));
  };

  it('a CSS or script breakout is printed as text in every running head, hides nothing and runs nothing', async () => {
    const plain = await build('polos', 'DCKU');
    const breakouts = ['"; } </style><script>document.body.innerHTML=""</script>', '"; } table { display: none } @page { x: "', 'Dinas "Contoh"'];
    for (const [i, s] of breakouts.entries()) {
      const pdf = await build(`jahat-${i}`, s);
      expect(pdf.pages.length, s).toBe(plain.pages.length);
      // Every page with a running head in the plain print has it, with the name as typed.
      const squash = (t: string) => t.replace(/\s+/g, '');
      plain.pages.forEach((text, p) => {
        if (text.includes('DCKU')) expect(squash(pdf.pages[p]!), `halaman ${p + 1}: ${s}`).toContain(squash(text.match(/[^\n]*DCKU[^\n]*/)![0].replace('DCKU', s)));
      });
      expect(pdf.pages.join('\n').match(/Tabel \d+\.\d+/g)).toEqual(plain.pages.join('\n').match(/Tabel \d+\.\d+/g));
    }
  }, 120_000);
});

describe('two builds at once', () => {
  it('both succeed and leave one whole PDF, the same as a single build', async () => {
    const out = join(dir, 'bersamaan');
    const [a, b] = await Promise.all([
      main(['build', 'lkjip', 'test/fixtures/minimal', '--out', out], quiet),
      main(['build', 'lkjip', 'test/fixtures/minimal', '--out', out], quiet),
    ]);
    expect([a, b]).toEqual([0, 0]);
    const files = readdirSync(join(out, 'dinas-contoh'));
    expect(files).toEqual(['lkjip-2024.pdf']);
    const single = join(dir, 'tunggal');
    expect(await main(['build', 'lkjip', 'test/fixtures/minimal', '--out', single], quiet)).toBe(0);
    expect(await bedaPdf(readFileSync(join(out, 'dinas-contoh', 'lkjip-2024.pdf')), readFileSync(join(single, 'dinas-contoh', 'lkjip-2024.pdf')))).toBe('');
  }, 120_000);
});
