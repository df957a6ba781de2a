// The layout check over every document every example agency builds, and the scaffold of
// `kinerja init`: a regression in any of them fails here. Every rule runs: the charts' lettering
// is 8 pt or more and the narrow columns of fixed-layout tables carry Indonesian soft hyphens
// (src/render/hyphen.ts), so terlalu-kecil and kata-terpotong hold too (issue 13).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { periksaTataLetak, tulisTemuan, type Aturan } from './periksa.ts';

const ATURAN: Aturan[] = ['keterangan-sendiri', 'ttd-sendiri', 'angka-terpotong', 'di-luar-halaman', 'huruf-asing', 'terlalu-kecil', 'kata-terpotong', 'halaman-pendek', 'judul-di-akhir'];
const dir = mkdtempSync(join(tmpdir(), 'kinerja-tata-letak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const quiet = { log: () => undefined, err: () => undefined };

/** Every PDF under `out`, as `<instansi>/<file>` (the positions' PKs under `<instansi>/pk/`). */
const pdfs = (out: string) => (readdirSync(out, { recursive: true }) as string[]).filter((n) => n.endsWith('.pdf')).sort();

async function periksaFolder(out: string): Promise<string[]> {
  const found: string[] = [];
  for (const f of pdfs(out)) {
    const t = await periksaTataLetak(readFileSync(join(out, f)), { aturan: ATURAN });
    if (t.length) found.push(tulisTemuan(f, t));
  }
  return found;
}

describe('layout check on every example document', () => {
  it('the three example agencies: LKjIP, RKT, Rencana Aksi and their PKs', async () => {
    const out = join(dir, 'contoh');
    expect(await main(['build', 'all', '--out', out], quiet)).toBe(0);
    // Four agencies: LKjIP, RKT, Rencana Aksi, survey report, the head's PKs, the positions' PKs and four pohon kinerja.
    expect(pdfs(out)).toHaveLength(21);
    expect(await periksaFolder(out)).toEqual([]);
  }, 300_000);

  it('the scaffold of kinerja init: all four documents and the pohon kinerja', async () => {
    const folder = join(dir, 'init', 'dinas-pendidikan');
    const args = ['--nama', 'Dinas Pendidikan Kabupaten Contoh', '--pemda', 'Kabupaten Contoh', '--tahun', '2025', '--kepala', 'SITI RAHMA', '--nip', '197801012005012003', '--ya'];
    expect(await main(['init', folder, ...args], quiet)).toBe(0);
    const out = join(dir, 'init-out');
    expect(await main(['build', 'all', folder, '--out', out], quiet)).toBe(0);
    expect(readdirSync(join(out, 'dinas-pendidikan'))).toHaveLength(5);
    expect(await periksaFolder(out)).toEqual([]);
  }, 300_000);
});
