// `build --shard i/n`: the agencies dealt round-robin over the sorted folder names, so a CI matrix
// builds a pemda across machines; every agency in exactly one shard, the same split wherever it
// runs; a shard that cannot exist is a usage error (exit 2) showing the expected form.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parseShard, pilihShard } from '../../src/cli/shard.ts';
import { UsageError } from '../../src/cli/args.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-shard-'));
const cwd = process.cwd();
afterAll(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const log: string[] = [];
  const err: string[] = [];
  const code = await main(args, { log: (s) => log.push(s), err: (s) => err.push(s) });
  return { code, log: log.join('\n'), err: err.join('\n') };
}

const agencies = ['data/setwan-paser', 'data/dinas-b', 'data/setda-paser', 'data/bappeda', 'data/dinas-a', 'data/inspektorat', 'data/setwan-lutim'];

describe('the split', () => {
  it('is complete: over n shards every agency is built exactly once, for every n', () => {
    for (let n = 1; n <= agencies.length + 2; n++) {
      const all = Array.from({ length: n }, (_, i) => pilihShard(agencies, { ke: i + 1, dari: n })).flat();
      expect(all.sort()).toEqual([...agencies].sort());
      // Shards differ in size by at most one.
      const sizes = Array.from({ length: n }, (_, i) => pilihShard(agencies, { ke: i + 1, dari: n }).length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic: sorted folder names dealt round-robin, whatever order the folders were read in', () => {
    const reversed = [...agencies].reverse();
    const shuffled = [agencies[3]!, agencies[0]!, agencies[6]!, agencies[1]!, agencies[5]!, agencies[2]!, agencies[4]!];
    for (const order of [agencies, reversed, shuffled]) {
      expect(pilihShard(order, { ke: 1, dari: 3 })).toEqual(['data/bappeda', 'data/inspektorat', 'data/setwan-paser']);
      expect(pilihShard(order, { ke: 2, dari: 3 })).toEqual(['data/dinas-a', 'data/setda-paser']);
      expect(pilihShard(order, { ke: 3, dari: 3 })).toEqual(['data/dinas-b', 'data/setwan-lutim']);
    }
  });

  it('reads i/n and refuses what cannot be a shard, with the form to write', () => {
    expect(parseShard('2/3', 'build')).toEqual({ ke: 2, dari: 3 });
    expect(parseShard(undefined, 'build')).toBeUndefined();
    for (const bad of ['0/2', '3/2', 'a/b', '1/0', '1', '1/2/3', '-1/2', ' 1/2', '1.5/2'])
      expect(() => parseShard(bad, 'build'), bad).toThrow(UsageError);
  });
});

describe('kinerja build --shard', () => {
  it.each(['0/2', '3/2', 'a/b'])('--shard %s is a usage error (exit 2) naming the expected form', async (bad) => {
    const r = await run(['build', 'all', '--shard', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--shard tidak sah: tertulis "${bad}"`);
    expect(r.err).toContain('tulis --shard i/n dengan 1 ≤ i ≤ n, misalnya --shard 1/3');
    expect(r.err).toContain('Pemakaian: kinerja build');
  });

  it('--shard without a value, and with the rekap, are usage errors', async () => {
    const r = await run(['build', 'all', '--shard']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--shard perlu nilai, misalnya --shard 1/3');
    const rekap = await run(['build', 'rekap', '--shard', '1/2']);
    expect(rekap.code).toBe(2);
    expect(rekap.err).toContain('--shard tidak dipakai untuk rekap');
  });

  describe('over a data folder', () => {
    beforeAll(() => {
      for (const id of ['dinas-c', 'dinas-a', 'dinas-b']) {
        const d = join(dir, 'data', id);
        cpSync(join(cwd, 'test', 'fixtures', 'minimal'), d, { recursive: true });
        const f = join(d, 'instansi.yaml');
        writeFileSync(f, readFileSync(f, 'utf8').replace('id: dinas-contoh', `id: ${id}`));
      }
      mkdirSync(join(dir, 'data', 'bukan-instansi'));
      process.chdir(dir);
    });

    it('each shard builds its own agencies; the progress line and the summary say which shard', async () => {
      const built: string[] = [];
      for (const i of [1, 2]) {
        const r = await run(['build', 'pk', '--shard', `${i}/2`, '--out', 'out']);
        expect(r.code).toBe(0);
        const lines = r.err.split('\n').filter((l) => /\[\d\/\d\]/.test(l));
        for (const l of lines) expect(l).toMatch(new RegExp(`^shard ${i}/2 \\[\\d/\\d\\] dinas-`));
        expect(r.err).toContain(`selesai shard ${i}/2 (${i === 1 ? 2 : 1} dari 3 instansi):`);
        built.push(...r.log.split('\n').map((l) => l.replace(/^tertulis: /, '')));
      }
      // Sorted: dinas-a, dinas-b, dinas-c; round-robin: 1 ← a, c; 2 ← b.
      expect(built).toEqual([join('out', 'dinas-a', 'pk-2024.pdf'), join('out', 'dinas-c', 'pk-2024.pdf'), join('out', 'dinas-b', 'pk-2024.pdf')]);
    });

    it('a shard with no agency (more machines than agencies) builds nothing and is not an error', async () => {
      const r = await run(['build', 'pk', '--shard', '4/4', '--json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.log)).toEqual({ shard: '4/4', tertulis: [], gagal: [], ms: 0 });
      const said = await run(['build', 'pk', '--shard', '4/4']);
      expect(said.err).toContain('shard 4/4: tidak ada instansi (3 instansi dibagi 4)');
    });
  });
});
