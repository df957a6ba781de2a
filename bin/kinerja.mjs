#!/usr/bin/env node
// The CLI is TypeScript. It runs from a bundle rebuilt on its own when a source changes
// (bin/bundle.mjs), or, if that cannot be built, straight from src/ through tsx.
import { pathToFileURL } from 'node:url';
import { bundle, validators } from './bundle.mjs';

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
}
let cli;
if (bundled) {
  cli = await import(pathToFileURL(bundled).href);
  cli.usePrecompiled(await import(pathToFileURL(validators).href));
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
