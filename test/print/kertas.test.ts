// Paper and house style come from the data; an agency with little data still builds.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf } from '../pdf-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-kertas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const quiet = { log: () => undefined, err: () => undefined };
const mm = (pt: number) => Math.round((pt / 72) * 25.4);

// A 1×1 PNG, as an agency's logo.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('paper and style from the data', () => {
  it('F4 portrait pages, landscape lampiran, logo on the cover, minimal data', async () => {
    const data = join(dir, 'dinas');
    cpSync('test/fixtures/minimal', data, { recursive: true });
    const dok = join(data, '2024', 'dokumen.yaml');
    writeFileSync(dok, readFileSync(dok, 'utf8').replace('kertas: A4', 'kertas: F4\n  gaya:\n    huruf: Tinos\n    ukuran_pt: 11'));
    writeFileSync(join(data, 'logo.png'), PNG);
    const inst = join(data, 'instansi.yaml');
    writeFileSync(inst, readFileSync(inst, 'utf8').replace('tempat: Kota Uji', 'tempat: Kota Uji\nlogo: logo.png'));
    expect(await main(['build', 'lkjip', data, '--out', join(dir, 'out')], quiet)).toBe(0);
    const bytes = readFileSync(join(dir, 'out', 'dinas-contoh', 'lkjip-2024.pdf'));
    const doc = await PDFDocument.load(bytes);
    const sizes = doc.getPages().map((p) => [mm(p.getWidth()), mm(p.getHeight())].join('×'));
    expect(sizes[0]).toBe('215×330');
    expect(sizes.at(-1)).toBe('330×215');
    const pdf = await readPdf(bytes);
    expect(pdf.pages.join('\n')).toContain('Dinas Contoh Kabupaten Uji');
    expect(pdf.pages.join('\n')).toContain('115,00');
    expect(bytes.includes('/Subtype /Image')).toBe(true); // the logo, drawn on the cover
  });
});
