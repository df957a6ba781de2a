// A real PDF through the system's Chromium: CI proves the browser works, fonts come from npm,
// and nothing outside the build's own files can be loaded.
import { afterAll, describe, expect, it } from 'vitest';
import { KinerjaError } from '../../src/diagnostics/index.ts';
import { Printer, type Assets } from '../../src/print/index.ts';
import { fonts, readPdf } from '../pdf-text.ts';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const printer = new Printer();
afterAll(() => printer.close());

const require = createRequire(import.meta.url);
const fontFile = join(require.resolve('@fontsource/arimo/package.json'), '..', 'files', 'arimo-latin-400-normal.woff2');
const assets: Assets = new Map([['/f.woff2', { type: 'font/woff2', file: fontFile }]]);
const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><style>@font-face{font-family:A;src:url(/f.woff2)} body{font-family:A} @page{size:A4;margin:20mm}</style></head><body>${body}</body></html>`;

describe('Printer', () => {
  it('prints HTML to a PDF whose text reads back, with the npm font embedded', async () => {
    const bytes = await printer.print(page('<h1 style="font-weight:400">Laporan Kinerja</h1><p>Capaian 106,71 %</p>'), assets);
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]).toContain('Laporan Kinerja');
    expect(pdf.pages[0]).toContain('Capaian 106,71 %');
    const f = await fonts(bytes);
    expect(f).toEqual([{ name: 'Arimo-Regular', embedded: true }]);
  });

  it('refuses any request outside the build and fails the print', async () => {
    const html = page('<p>x</p><img src="https://example.com/logo.png">');
    await expect(printer.print(html, assets)).rejects.toThrow(KinerjaError);
    await expect(printer.print(html, assets)).rejects.toThrow(/https:\/\/example\.com\/logo\.png/);
  });

  it('reuses one browser for many prints', async () => {
    const a = await printer.print(page('<p>satu</p>'), assets);
    const b = await printer.print(page('<p>dua</p>'), assets);
    expect((await readPdf(a)).pages[0]).toContain('satu');
    expect((await readPdf(b)).pages[0]).toContain('dua');
  });
});
