// The block reference is made from the blocks' specs: `kinerja blok` lists them, and the
// Markdown reference in templates/blok/README.md is the same text (regenerate it when a block changes).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referensiMarkdown } from '../../src/cli/blok.ts';
import { main } from '../../src/cli/main.ts';
import { BLOK } from '../../src/render/blok/index.ts';

async function run(args: string[]) {
  const log: string[] = [];
  const err: string[] = [];
  const code = await main(args, { log: (s) => log.push(s), err: (s) => err.push(s) });
  return { code, log: log.join('\n'), err: err.join('\n') };
}

describe('kinerja blok', () => {
  it('lists every block with its documents', async () => {
    const r = await run(['blok']);
    expect(r.code).toBe(0);
    for (const b of Object.values(BLOK)) expect(r.log).toMatch(new RegExp(`^  ${b.nama} +(LKjIP|RKT|Rekap)`, 'm'));
  });

  it('shows one block: what it shows, the data, every option, an example', async () => {
    const r = await run(['blok', 'anggaran-program']);
    expect(r.code).toBe(0);
    expect(r.log).toContain('Blok anggaran-program (LKjIP)');
    expect(r.log).toContain('Data: <tahun>/anggaran.yaml');
    expect(r.log).toContain('  rincian_sub: `true`: selalu dengan baris sub kegiatan');
    expect(r.log).toContain('Contoh:\n  - anggaran-program');
  });

  it('an unknown block is a usage error with the nearest name', async () => {
    const r = await run(['blok', 'pengukuran-ik']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('blok `pengukuran-ik` tidak dikenal; maksud Anda `pengukuran-iku`?');
  });

  it('templates/blok/README.md is the reference made from the specs (npx kinerja blok --markdown > templates/blok/README.md)', () => {
    expect(readFileSync('templates/blok/README.md', 'utf8').trimEnd()).toBe(referensiMarkdown().trimEnd());
  });

  it('every block has a template or writes its own HTML, and every option a description', () => {
    for (const b of Object.values(BLOK)) {
      if (!b.tanpaTemplat) expect(() => readFileSync(`templates/blok/${b.nama}.hbs`), b.nama).not.toThrow();
      for (const [k, o] of Object.entries(b.opsi)) expect(o.keterangan.length, `${b.nama}.${k}`).toBeGreaterThan(10);
      expect(b.contoh, b.nama).toContain(b.nama === 'narasi' || b.nama === 'gambar' || b.nama === 'tabel' || b.nama === 'ttd' ? `${b.nama}:` : b.nama);
    }
  });
});
