#!/usr/bin/env node
// The CLI is TypeScript. It runs from a bundle rebuilt on its own when a source changes
// (bin/bundle.mjs; the published package ships one in dist/), or, if none can be had (a read-only
// install whose sources are newer), straight from src/ through tsx.
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { bundle, validatorsOf } from './bundle.mjs';

const bundled = await bundle();
if (bundled && process.argv[2] === 'build') {
  // The print worker starts Chromium now, while the CLI itself is still loading: the build takes
  // it over (src/print/index.ts), or it is closed below.
  const { Worker } = await import('node:worker_threads');
  const early = new Worker(new URL('print-worker.mjs', pathToFileURL(bundled)));
  early.postMessage({ id: -1, op: 'warmUp', tabs: 3 });
  early.unref();
  // Its browser's process group and folder, kept for the build (which undoes them on every exit).
  const events = (globalThis[Symbol.for('kinerja.printWorker.events')] = []);
  early.on('message', (m) => m && m.event && events.push(m));
  globalThis[Symbol.for('kinerja.printWorker')] = early;
  // A signal before the build has its own cleanup registered (src/util/cleanup.ts) still ends
  // the early browser and removes its folder; once the build has one, this steps aside.
  const onEarlySignal = (signal) => {
    if (process.listenerCount(signal) > 1) return;
    process.stderr.write(`\ndihentikan (${signal}); membersihkan…\n`);
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      for (const e of events) {
        for (const target of e.pid ? [-e.pid, e.pid] : []) try { process.kill(target, 'SIGKILL'); } catch { /* gone */ }
        rmSync(e.dir, { recursive: true, force: true });
      }
      process.exit({ SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }[signal] ?? 1);
    };
    // The worker ends its browser (a launch under way is cancelled); what it said meanwhile is in `events`.
    early.on('message', (m) => m && m.id === -2 && finish());
    early.postMessage({ id: -2, op: 'end' });
    setTimeout(finish, 3000);
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, onEarlySignal);
}
let cli;
if (bundled) {
  cli = await import(pathToFileURL(bundled).href);
  cli.usePrecompiled(await import(pathToFileURL(validatorsOf(bundled)).href));
}
else {
  process.env.TSX_DISABLE_CACHE ??= '1'; // nothing of a run is left in the temporary folder
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/main.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
await cli.releaseEarlyPrinter?.();
// One more turn of the event loop: a signal that arrived while a synchronous command ran (diff,
// check) is handled now, with its exit code and its cleanups, rather than lost at the exit.
await new Promise((r) => setImmediate(r));
if (process.env.KINERJA_WAKTU) process.on('exit', () => process.stderr.write(`waktu: keluar @ ${performance.now().toFixed(0)} ms\n`));
