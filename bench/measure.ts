// Wall time of a command and, when asked, its peak memory as PSS over the command and all its
// children (Chromium included; bench/pss.ts), sampled every 200 ms. Every run is bounded: a
// command still running at its bound is ended (its whole process tree) and reported as not
// finished, so a stalled print costs the bench one row, never the rest of the run.
import { spawn } from 'node:child_process';
import { sampler, tree } from './pss.ts';

export interface Measured {
  ms: number;
  /** Peak PSS in MB (0 when memory was not sampled). */
  peakMb: number;
}

/** Why a run gave no figure: "tidak selesai (…)" as the table prints it. */
export class TidakSelesai extends Error {}

export interface RunOptions {
  memory?: boolean;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Bound on the whole run (default BENCH_BATAS_S, else 900 s). */
  timeoutMs?: number;
}

const defaultBound = () => Number(process.env.BENCH_BATAS_S ?? 900) * 1000;

/** SIGTERM to the tree (kinerja closes its browser on it), SIGKILL to what is left 5 s later. */
function endTree(root: number): void {
  const pids = tree(root);
  for (const p of pids) {
    try {
      process.kill(p, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
  setTimeout(() => {
    for (const p of [...pids, ...tree(root)]) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }, 5000).unref();
}

/** Runs `cmd`; resolves with its time (and peak PSS), rejects with TidakSelesai on a bound or a failure. */
export async function measure(cmd: string, args: string[], opts: RunOptions | boolean = {}): Promise<Measured> {
  const o: RunOptions = typeof opts === 'boolean' ? { memory: opts } : opts;
  const bound = o.timeoutMs ?? defaultBound();
  const t0 = performance.now();
  const stderr: string[] = [];
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: o.cwd, env: o.env ?? process.env });
  child.stderr!.on('data', (d: Buffer) => {
    stderr.push(d.toString());
    if (stderr.length > 200) stderr.splice(0, 100);
  });
  const pss = o.memory ? sampler(child.pid!) : undefined;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    endTree(child.pid!);
  }, bound);
  const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearTimeout(timer);
  const peakMb = pss?.stop() ?? 0;
  const ms = performance.now() - t0;
  // The memory it had reached still says something about the target: given with the reason.
  if (timedOut) throw new TidakSelesai(`tidak selesai (dihentikan setelah ${Math.round(bound / 1000)} s${o.memory ? `; puncak PSS sampai saat itu ${Math.round(peakMb)} MB` : ''})`);
  if (code !== 0) {
    const last = stderr.join('').trim().split('\n').filter((l) => !/^\s|peringatan:/.test(l)).slice(-2).join(' / ');
    throw new TidakSelesai(`tidak selesai (keluar dengan kode ${code}${last ? `: ${last.slice(0, 160)}` : ''})`);
  }
  return { ms, peakMb };
}

/** Like `measure`, but a run that did not finish is its reason as text instead of an exception. */
export async function attempt<T>(f: () => Promise<T>): Promise<T | TidakSelesai> {
  try {
    return await f();
  } catch (e) {
    return e instanceof TidakSelesai ? e : new TidakSelesai(`tidak selesai (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
}
