// Memory as PSS: each page a process maps counts in full if it is its own and divided by the
// number of processes sharing it otherwise. Chromium's processes share most of their code and
// fonts, so adding their RSS counts those pages once per process; PSS summed over a process tree
// counts them once. Read from /proc/<pid>/smaps_rollup (Linux 4.14 and later).
import { readFileSync, readdirSync } from 'node:fs';

/** Every process's parent, from /proc/<pid>/stat (the field after the command's closing paren). */
function parents(): Map<number, number[]> {
  const kids = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'latin1');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(d)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  return kids;
}

/** The process `root` and all its descendants. */
export function tree(root: number): number[] {
  const kids = parents();
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    out.push(p);
    stack.push(...(kids.get(p) ?? []));
  }
  return out;
}

/** One process's PSS in kB; 0 if it is gone or cannot be read. */
export function pssKb(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'latin1'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** PSS of a process tree in kB (node, its worker threads, and every Chromium process under it). */
export function treePssKb(root: number): number {
  return tree(root).reduce((s, p) => s + pssKb(p), 0);
}

/**
 * Samples the tree of `root` (or the current process's, for in-process work) every `everyMs`
 * until stopped; `peakMb()` is the largest sum seen.
 */
export function sampler(root: number, everyMs = 200): { stop: () => number; peakMb: () => number } {
  let peak = 0;
  const take = () => (peak = Math.max(peak, treePssKb(root)));
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop: () => (clearInterval(timer), take(), peak / 1024),
    peakMb: () => peak / 1024,
  };
}
