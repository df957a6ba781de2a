// One place that knows what to undo when the process ends, on every path: a normal end, a data
// error, a crash, Ctrl-C (SIGINT), a cancelled CI job (SIGTERM) or a closed terminal (SIGHUP).
// Nothing is left behind: no orphan Chromium, no temporary folder, no half-written file.
//
// Two kinds of undo: `registerCleanup` takes an async one (close the browser in order), run on a
// signal; `registerExitCleanup` a synchronous one (kill a process group, remove a folder), run
// on the process's 'exit' event too, which every path ends with — even after an uncaught error.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Cleanup = () => Promise<void> | void;

const cleanups = new Set<Cleanup>();
const exitCleanups = new Set<() => void>();
let installed = false;

const EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

async function runAll(): Promise<void> {
  for (const c of [...cleanups].reverse()) {
    cleanups.delete(c);
    await Promise.resolve(c()).catch(() => undefined);
  }
}

function runExitCleanups(): void {
  for (const c of [...exitCleanups].reverse()) {
    exitCleanups.delete(c);
    try {
      c();
    } catch {
      // Undoing must never stop the undoing of the rest.
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  process.stderr.write(`\ndihentikan (${signal}); membersihkan…\n`);
  // A second signal while cleaning up ends at once, still undoing what can be undone synchronously.
  const again = () => process.exit(EXIT_CODES[signal] ?? 1);
  for (const s of Object.keys(EXIT_CODES)) process.once(s as NodeJS.Signals, again);
  let timer: NodeJS.Timeout | undefined;
  const bounded = Promise.race([runAll(), new Promise((r) => (timer = setTimeout(r, 5000)))]);
  void bounded.finally(() => {
    clearTimeout(timer);
    process.exit(EXIT_CODES[signal] ?? 1);
  });
}

function install(): void {
  if (installed) return;
  installed = true;
  // Signals reach only the main thread; a worker's undo is registered there through its owner.
  for (const s of Object.keys(EXIT_CODES)) process.once(s as NodeJS.Signals, onSignal);
  process.on('exit', runExitCleanups);
}

/** An async undo, run (newest first) when a signal ends the process. Returns its unregister. */
export function registerCleanup(c: Cleanup): () => void {
  install();
  cleanups.add(c);
  return () => cleanups.delete(c);
}

/** A synchronous undo, run when the process exits by any path. Returns its unregister. */
export function registerExitCleanup(c: () => void): () => void {
  install();
  exitCleanups.add(c);
  return () => exitCleanups.delete(c);
}

/** A temporary folder in the system's temp folder, removed by `remove()` or at exit, whichever first. */
export function temporaryFolder(prefix: string): { path: string; remove: () => void } {
  // The undo is registered before the folder exists: a signal between the two leaves nothing.
  let path: string | undefined;
  const unregister = registerExitCleanup(() => path && rmSync(path, { recursive: true, force: true }));
  path = mkdtempSync(join(tmpdir(), prefix));
  const made = path;
  const remove = () => {
    unregister();
    rmSync(made, { recursive: true, force: true, maxRetries: 3 });
  };
  return { path: made, remove };
}
