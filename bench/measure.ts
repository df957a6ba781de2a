// Wall time of a command, or its peak memory with all its children (Chromium included), sampled
// from `ps` every 50 ms. Not both at once: sampling takes a share of the CPU the build needs.
import { execFileSync, spawn } from 'node:child_process';

function treeRssKb(root: number): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const kids = new Map<number, number[]>();
  for (const [pid, ppid] of rows) kids.set(ppid, [...(kids.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , r]) => [pid, r]));
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

export async function measure(cmd: string, args: string[], memory = false): Promise<{ ms: number; peakMb: number }> {
  const t0 = performance.now();
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  let peak = 0;
  const timer = setInterval(() => {
    if (!memory) return;
    try {
      peak = Math.max(peak, treeRssKb(child.pid!));
    } catch {
      /* the process ended between two samples */
    }
  }, 50);
  const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} keluar dengan kode ${code}`);
  return { ms: performance.now() - t0, peakMb: peak / 1024 };
}
