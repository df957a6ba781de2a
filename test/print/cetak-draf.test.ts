// The draft mark (issue 13): a document printed without --final while its signature block or date
// is still blank says DRAF on every page, in the margin, so its pages flow exactly as the
// complete document's; complete data prints no mark, and --final prints nothing at all.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { bacaHalaman } from '../layout/periksa.ts';
import { readPdf } from '../pdf-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-draf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const quiet = { log: () => undefined, err: () => undefined };
const halamanDraf = (pages: string[]) => pages.filter((p) => /(^|\s)DRAF(\s|$)/.test(p)).length;

describe('DRAF on a document printed with blanks', () => {
  // The complete one (setwan-lutim's RKT as it is) is the control: no mark.
  it('a blank NIP marks every page of the RKT, and the pages flow line for line as without it', async () => {
    expect(await main(['build', 'rkt', 'data/setwan-lutim', '--out', join(dir, 'lengkap')], quiet)).toBe(0);
    const data = join(dir, 'setwan-lutim');
    cpSync('data/setwan-lutim', data, { recursive: true });
    const instansi = join(data, 'instansi.yaml');
    writeFileSync(instansi, readFileSync(instansi, 'utf8').replace(/^ {2}nip: .*\n/m, ''));
    expect(await main(['build', 'rkt', data, '--out', join(dir, 'draf')], quiet)).toBe(0);
    const lengkap = readFileSync(join(dir, 'lengkap', 'setwan-lutim', 'rkt-2024.pdf'));
    const draf = readFileSync(join(dir, 'draf', 'setwan-lutim', 'rkt-2024.pdf'));
    const a = await bacaHalaman(lengkap);
    const b = await bacaHalaman(draf);
    expect(halamanDraf((await readPdf(lengkap)).pages)).toBe(0);
    expect(halamanDraf((await readPdf(draf)).pages)).toBe(b.length);
    expect(b.length).toBe(a.length);
    // Every body line at the same place with the same text, but the NIP that became dotted.
    const garis = (h: (typeof a)[number]) => h.baris.filter((l) => !/^NIP/.test(l.text) && l.text !== 'DRAF').map((l) => `${l.y.toFixed(1)} ${l.x.toFixed(1)} ${l.text}`);
    for (let i = 0; i < a.length; i++) expect(garis(b[i]!), `halaman ${i + 1}`).toEqual(garis(a[i]!));
    // The mark is at the top of the page, above the body (in the margin box, not in the flow).
    for (const h of b) {
      const mark = h.potong.find((p) => p.str.trim() === 'DRAF')!;
      expect(mark, `halaman ${h.nomor}`).toBeDefined();
      expect(mark.y).toBeGreaterThan(h.height - (25 / 25.4) * 72);
      expect(mark.size).toBeGreaterThanOrEqual(14);
    }
    // --final refuses it and writes nothing.
    expect(await main(['build', 'rkt', data, '--final', '--out', join(dir, 'final')], quiet)).toBe(1);
    expect(existsSync(join(dir, 'final', 'setwan-lutim', 'rkt-2024.pdf'))).toBe(false);
  }, 120_000);

  it('the reference LKjIP (a PK lampiran without a date), printed in pieces: every page, front matter and cover included', async () => {
    expect(await main(['build', 'lkjip', 'data/setda-paser', '--out', dir], quiet)).toBe(0);
    const pdf = await readPdf(readFileSync(join(dir, 'setda-paser', 'lkjip-2024.pdf')));
    expect(pdf.pages.length).toBeGreaterThan(40);
    expect(halamanDraf(pdf.pages)).toBe(pdf.pages.length);
  }, 120_000);
});
