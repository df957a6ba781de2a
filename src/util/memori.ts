// What a large build's garbage leaves behind. V8 collects the parse of a 10,000-row anggaran.yaml
// and the strings of its rendered HTML, but keeps the freed pages in a pool for reuse: they stay
// resident (measured: 4.3 MB of YAML parsed and dropped, heap 22 MB, the process still 507 MB)
// for the rest of a build whose renderers are then at their largest. A last-resort collection
// gives them back (507 → 107 MB, ~0.3–0.7 s on two cores), so it is asked for only when the
// process has grown well past what it gave back last time.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Growth since the last return that is worth a collection: a small document never pays for it. */
const TUMBUH = 256 * 2 ** 20;
let dasar = 128 * 2 ** 20;
let gc: ((options: object) => void) | undefined;

/**
 * V8's own collector, without starting Node with --expose-gc: the flag is set only while a fresh
 * context is made, which then holds `gc` (as Jest's leak detector does).
 */
function pengumpul(): (options: object) => void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as (options: object) => void;
    v8.setFlagsFromString('--no-expose-gc');
  }
  return gc;
}

/** Gives the pooled pages back to the system if this process grew by TUMBUH (or `paksa`); whether it did. */
export function kembalikanMemori(paksa = false): boolean {
  if (!paksa && process.memoryUsage.rss() < dasar + TUMBUH) return false;
  pengumpul()({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  dasar = process.memoryUsage.rss();
  return true;
}
