// One unbreakable word never shrinks the document: each kind of long token, in prose and in
// table cells, is printed at the house sizes (a shrunk print reads 8 pt where 12 pt was asked)
// with as many pages as before, and every character of it is still there.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { breakLongWords } from '../../src/render/long-words.ts';
import { pageLooks, readPdf } from '../pdf-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-kata-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const quiet = { log: () => undefined, err: () => undefined };

const TOKENS: Record<string, string> = {
  'garis isian 160 garis bawah': '_'.repeat(160),
  'angka 90 digit': '1234567890'.repeat(9),
  base64: 'aGFsYW1hbiBpbmkgdGlkYWsgYm9sZWggbWVuZ2VjaWwgc2FtYSBzZWthbGkgd2FsYXUgYWRhIGthdGEgcGFuamFuZw=='.repeat(2),
  'alamat web panjang': 'https://sakip.contoh.go.id/' + 'dokumen/'.repeat(12) + 'lkjip-2024.pdf',
  'titik-titik isian': '.'.repeat(120),
};

/** The fixture with `token` in prose, in an indicator's formula (a table cell) and in a sub kegiatan name. */
function agencyWith(name: string, token: string): string {
  const data = join(dir, name.replace(/\W+/g, '-'));
  cpSync('test/fixtures/minimal', data, { recursive: true });
  const edit = (f: string, find: string, replace: string) => {
    const p = join(data, f);
    const text = readFileSync(p, 'utf8');
    if (!text.includes(find)) throw new Error(`${find} tidak ada di ${f}`);
    writeFileSync(p, text.replace(find, replace));
  };
  edit('2024/narasi/ringkasan-eksekutif.md', 'adalah', `adalah ${token} yaitu`);
  edit('renstra.yaml', '            satuan: "%"\n', `            satuan: "%"\n            formula: "${token}"\n`);
  edit('2024/anggaran.yaml', 'nama: Sub Kegiatan Satu', `nama: "Sub Kegiatan ${token}"`);
  return data;
}

async function build(data: string): Promise<Uint8Array> {
  const out = join(data, '..', `${data.split('/').pop()}-out`);
  expect(await main(['build', 'lkjip', data, '--out', out], quiet)).toBe(0);
  return readFileSync(join(out, 'dinas-contoh', 'lkjip-2024.pdf'));
}

describe('long words', () => {
  let plain: { sizes: number[]; pages: number };
  it('the fixture as it is: the sizes and page count to keep', async () => {
    const looks = await pageLooks(await build(agencyWith('polos', 'biasa')));
    plain = { sizes: looks.map((l) => l.size), pages: looks.length };
    expect(plain.sizes).toContain(12);
  });

  for (const [name, token] of Object.entries(TOKENS))
    it(`${name}: no page shrinks, nothing is lost, and check warns at each place`, async () => {
      const data = agencyWith(name, token);
      const said: string[] = [];
      expect(await main(['check', data], { log: () => undefined, err: (s) => said.push(s) })).toBe(0);
      const warned = said.join('\n').split('\n').filter((l) => l.includes(`kata tanpa spasi sepanjang ${token.length} karakter`));
      const folder = `${data.split('/').pop()}/`;
      const where = warned.map((l) => l.split('  ')[0]!).map((w) => w.slice(w.indexOf(folder) + folder.length));
      expect(where).toEqual(['renstra.yaml:15:22', '2024/anggaran.yaml:8:19', '2024/narasi/ringkasan-eksekutif.md:1:39']);
      const bytes = await build(data);
      const looks = await pageLooks(bytes);
      // Every page at a size of the stylesheet, never below the plain print's smallest size.
      for (const [i, l] of looks.entries()) expect(l.size, `halaman ${i + 1}`).toBeGreaterThanOrEqual(Math.min(...plain.sizes));
      expect(looks.map((l) => l.size).filter((s) => s === 12).length).toBeGreaterThanOrEqual(plain.sizes.filter((s) => s === 12).length);
      expect(looks.length).toBeGreaterThanOrEqual(plain.pages);
      const text = (await readPdf(bytes)).pages.join('').replace(/\s+/g, '');
      // The token broke across lines, but every character is printed, three times.
      expect(text.split(token).length - 1).toBeGreaterThanOrEqual(3);
    }, 60_000);
});

describe('breakLongWords', () => {
  it('wraps only words longer than 30 characters, in text, never in tags, styles or comments', () => {
    const long = 'x'.repeat(31);
    const html = `<style>a{b:url(/${long})}</style><p title="${long}">pendek ${long} &amp;${long}</p><!--${long}--><td>${'y'.repeat(30)}</td>`;
    expect(breakLongWords(html)).toBe(
      `<style>a{b:url(/${long})}</style><p title="${long}">pendek <span class="kata-panjang">${long}</span> <span class="kata-panjang">&amp;${long}</span></p><!--${long}--><td>${'y'.repeat(30)}</td>`,
    );
  });
});
