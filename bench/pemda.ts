// A synthetic pemda for the batch benchmark: `n` agencies in <root>/data, made from the example
// agencies under data/ (copied in turn, each under its own id, so their sizes vary as the
// examples do: an LKjIP of 50–70 pages with a survey and nine positions' PKs, an RKT, a PK and a
// Rencana Aksi, pohon kinerja) and, as the last one, a synthetic agency whose quarterly lampiran
// has `bigRows` rows (bench/synthetic.ts).
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSynthetic } from './synthetic.ts';

/** The example agencies: folders of data/ with an instansi.yaml, in name order. */
export function contoh(dataDir = 'data'): string[] {
  return readdirSync(dataDir)
    .sort()
    .map((d) => join(dataDir, d))
    .filter((d) => existsSync(join(d, 'instansi.yaml')));
}

/** Writes <root>/data with `n` agencies; returns the data folder and the agencies' folders. */
export function writePemda(root: string, n: number, bigRows = 2500): { data: string; folders: string[] } {
  const data = join(root, 'data');
  mkdirSync(data, { recursive: true });
  const sources = contoh();
  if (!sources.length) throw new Error('tidak ada instansi contoh di data/');
  const folders: string[] = [];
  const copies = n > 1 ? n - 1 : n;
  for (let k = 0; k < copies; k++) {
    const src = sources[k % sources.length]!;
    const base = src.split('/').at(-1)!;
    const id = `${base}-${String(k + 1).padStart(2, '0')}`;
    const to = join(data, id);
    cpSync(src, to, { recursive: true });
    const f = join(to, 'instansi.yaml');
    // Its own id, so that each copy writes its own out/<id>/ (the id line is the only place it is named).
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^id: .*$/m, `id: ${id}`));
    folders.push(to);
  }
  if (n > 1) {
    const big = writeSynthetic(root, bigRows);
    const to = join(data, `sintetis-${bigRows}`);
    cpSync(big, to, { recursive: true });
    folders.push(to);
  }
  return { data, folders };
}
