// `kinerja init` makes an instansi that passes check and builds every document.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf } from '../pdf-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kinerja init', () => {
  it('scaffolds from flags; the result passes check and builds all four documents', async () => {
    const log: string[] = [];
    const out = { log: (s: string) => log.push(s), err: (s: string) => log.push(s) };
    const folder = join(dir, 'dinas-pendidikan');
    expect(await main(['init', folder, '--nama', 'Dinas Pendidikan Kabupaten Contoh', '--pemda', 'Kabupaten Contoh', '--tahun', '2025', '--kepala', 'SITI RAHMA', '--nip', '197801012005012003', '--ya'], out)).toBe(0);
    expect(readFileSync(join(folder, 'instansi.yaml'), 'utf8')).toContain('id: dinas-pendidikan');
    expect(await main(['check', folder], out)).toBe(0);
    expect(log.join('\n')).toContain('bersih (0 peringatan)');
    expect(await main(['build', 'all', folder, '--out', join(dir, 'out')], out)).toBe(0);
    for (const doc of ['lkjip', 'pk', 'rencana-aksi', 'rkt']) {
      const pdf = await readPdf(readFileSync(join(dir, 'out', 'dinas-pendidikan', `${doc}-2025.pdf`)));
      expect(pdf.pages.join(' ').toUpperCase()).toContain('DINAS PENDIDIKAN KABUPATEN CONTOH');
    }
  }, 120_000);

  it('refuses a folder that already holds files', async () => {
    const err: string[] = [];
    expect(await main(['init', 'data/setda-paser', '--ya'], { log: () => undefined, err: (s) => err.push(s) })).toBe(1);
    expect(err.join('\n')).toContain('folder data/setda-paser sudah berisi berkas; init hanya membuat folder baru');
  });
});
