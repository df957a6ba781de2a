// One place that knows what to undo when the process is interrupted: Ctrl-C or a kill leaves
// no orphan Chromium and no temporary file. Cleanups run once, newest first.
type Cleanup = () => Promise<void> | void;

const cleanups = new Set<Cleanup>();
let installed = false;

async function runAll(): Promise<void> {
  for (const c of [...cleanups].reverse()) {
    cleanups.delete(c);
    await Promise.resolve(c()).catch(() => undefined);
  }
}

function onSignal(signal: NodeJS.Signals): void {
  process.stderr.write(`\ndihentikan (${signal}); membersihkan…\n`);
  void runAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
}

export function registerCleanup(c: Cleanup): () => void {
  if (!installed) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    installed = true;
  }
  cleanups.add(c);
  return () => cleanups.delete(c);
}
