// `--shard i/n`: the agencies split across the machines of a CI matrix. The folders are sorted by
// name (code-unit order, the same on every machine and locale) and dealt round-robin: the agency
// at sorted position k (0-based) goes to shard (k mod n) + 1. Every agency is in exactly one
// shard; shards differ in size by at most one; adding an agency moves only those after it.
import { basename } from 'node:path';
import { UsageError, type Command } from './args.ts';

export interface Shard {
  /** 1-based. */
  ke: number;
  dari: number;
}

const BENTUK = 'tulis --shard i/n dengan 1 ≤ i ≤ n, misalnya --shard 1/3';

/** `2/3` → { ke: 2, dari: 3 }, or a usage error that shows the expected form. */
export function parseShard(text: string | undefined, command: Command): Shard | undefined {
  if (text === undefined) return undefined;
  const m = /^([1-9]\d{0,3})\/([1-9]\d{0,3})$/.exec(text);
  const shown = JSON.stringify(text.slice(0, 20));
  if (!m) throw new UsageError(`--shard tidak sah: tertulis ${shown}; ${BENTUK}`, command);
  const ke = Number(m[1]);
  const dari = Number(m[2]);
  if (ke > dari) throw new UsageError(`--shard tidak sah: tertulis ${shown}, bagian ${ke} dari ${dari} tidak ada; ${BENTUK}`, command);
  return { ke, dari };
}

const byName = (a: string, b: string) => {
  const x = basename(a);
  const y = basename(b);
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

/** The folders of one shard, in sorted order. */
export function pilihShard(folders: string[], shard: Shard): string[] {
  return [...folders].sort(byName).filter((_, k) => k % shard.dari === shard.ke - 1);
}

/** `shard 2/3` */
export const namaShard = (s: Shard): string => `shard ${s.ke}/${s.dari}`;
