// A pemda's batch (issue 19): several agencies built in one run — prepared while others print,
// several documents under way at once — with one broken agency: the others are written, the
// broken one is reported with its error's place, exit 1; every line in the order of the folders.
// And a document's bytes do not depend on what else its process printed: the same PDF built
// alone (its own CLI process), in the batch and in a shard (after other agencies' documents in
// the same Chromium, whose structure-tag ids run on from them). Which agencies a shard takes is
// test/rekap/shard.test.ts's business; here only the bytes.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-batch-'));
const cwd = process.cwd();
const bin = join(cwd, 'bin', 'kinerja.mjs');

/** data/<id> as a copy of an example agency under its own id; `edit` may change its files. */
function agency(id: string, from: string, edit: (d: string) => void = () => undefined): void {
  const d = join(dir, 'data', id);
  cpSync(join(cwd, 'data', from), d, { recursive: true });
  const f = join(d, 'instansi.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace(/^id: .*$/m, `id: ${id}`));
  edit(d);
}

async function run(args: string[]) {
  const log: string[] = [];
  const err: string[] = [];
  const code = await main(args, { log: (s) => log.push(s), err: (s) => err.push(s) });
  return { code, log: log.join('\n'), err: err.join('\n') };
}

/** Every PDF under `root`, by its path below it. */
function pdfs(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(root, { recursive: true }) as string[]) if (f.endsWith('.pdf')) out.set(f, readFileSync(join(root, f)));
  return out;
}

// Small agencies (a PK, a Rencana Aksi or an RKT, a pohon kinerja each) so that the batch stays
// quick on a busy machine; sorted: a-setwan, b-setwan, c-setwan-lutim, d-rusak.
beforeAll(() => {
  mkdirSync(join(dir, 'data'));
  agency('a-setwan', 'setwan-paser');
  agency('b-setwan', 'setwan-paser', (d) => {
    // Another agency's own figures: a different name on every page.
    const f = join(d, 'instansi.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('nama: Sekretariat DPRD Kabupaten Paser', 'nama: Sekretariat DPRD Kabupaten Contoh'));
  });
  agency('c-setwan-lutim', 'setwan-lutim');
  agency('d-rusak', 'setwan-paser', (d) => {
    const f = join(d, 'instansi.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^tempat: .*$/m, 'tempat: [Tana Paser'));
  });
  process.chdir(dir);
});

afterAll(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

describe('build all over a pemda with one broken agency', () => {
  let batch: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    batch = await run(['build', 'all', '--out', 'batch']);
  }, 600_000);

  it('writes every other agency, reports the broken one at its line, and exits 1', () => {
    expect(batch.code).toBe(1);
    const written = [...pdfs(join(dir, 'batch')).keys()].sort();
    expect(written).toEqual([
      join('a-setwan', 'pk-2024.pdf'),
      join('a-setwan', 'pohon-2024.pdf'),
      join('a-setwan', 'rencana-aksi-2024.pdf'),
      join('b-setwan', 'pk-2024.pdf'),
      join('b-setwan', 'pohon-2024.pdf'),
      join('b-setwan', 'rencana-aksi-2024.pdf'),
      join('c-setwan-lutim', 'pk-2024.pdf'),
      join('c-setwan-lutim', 'pohon-2024.pdf'),
      join('c-setwan-lutim', 'rkt-2024.pdf'),
    ]);
    expect(existsSync(join(dir, 'batch', 'd-rusak'))).toBe(false);
    expect(batch.err).toContain(`galat: ${join('data', 'd-rusak')}: data ${join('data', 'd-rusak')} belum benar; tidak ada berkas yang ditulis`);
    expect(batch.err).toMatch(new RegExp(`${join('data', 'd-rusak', 'instansi.yaml').replace(/\//g, '\\/')}:\\d+:\\d+`));
    expect(batch.err).toMatch(/selesai: 9 berkas, \d+ halaman, [\d,]+ detik; 1 instansi gagal \(lihat di atas\)$/m);
  });

  it('says every document once, numbered in the order of the folders, whatever order they finished in', () => {
    const lines = batch.err.split('\n').filter((l) => /^\[\d+\/\d+\] /.test(l));
    expect(lines.map((l) => /^\[(\d+)\/(\d+)\]/.exec(l)!.slice(1).join('/'))).toEqual(['1/9', '2/9', '3/9', '4/9', '5/9', '6/9', '7/9', '8/9', '9/9']);
    expect(lines.map((l) => l.split(' ')[1])).toEqual([...Array(3).fill('a-setwan:'), ...Array(3).fill('b-setwan:'), ...Array(3).fill('c-setwan-lutim:')]);
    expect(batch.log.split('\n').map((l) => l.replace(/^tertulis: /, '').split(/[\\/]/)[1])).toEqual([...Array(3).fill('a-setwan'), ...Array(3).fill('b-setwan'), ...Array(3).fill('c-setwan-lutim')]);
  });

  it('prints the same bytes for a document alone (its own process), in the batch and in a shard', async () => {
    // Alone: the CLI in a process of its own, one agency, one document at a time.
    for (const doc of ['pk', 'rencana-aksi', 'pohon'])
      await promisify(execFile)(process.execPath, [bin, 'build', doc, join('data', 'b-setwan'), '--out', 'sendiri', '--quiet'], { cwd: dir });
    // In a shard: sorted a, b, c, d dealt over two, shard 2/2 is b-setwan and d-rusak (which fails).
    const shard = await run(['build', 'all', '--shard', '2/2', '--out', 'shard']);
    expect(shard.code).toBe(1); // d-rusak is in this shard too
    const alone = pdfs(join(dir, 'sendiri'));
    const inBatch = pdfs(join(dir, 'batch'));
    const inShard = pdfs(join(dir, 'shard'));
    expect([...alone.keys()].sort()).toEqual([join('b-setwan', 'pk-2024.pdf'), join('b-setwan', 'pohon-2024.pdf'), join('b-setwan', 'rencana-aksi-2024.pdf')]);
    for (const [f, bytes] of alone) {
      expect(inBatch.get(f)?.equals(bytes), `${f}: batch`).toBe(true);
      expect(inShard.get(f)?.equals(bytes), `${f}: shard`).toBe(true);
    }
  }, 600_000);
});
