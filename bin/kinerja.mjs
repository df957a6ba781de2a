#!/usr/bin/env node
// The CLI is TypeScript. It runs from a bundle rebuilt on its own when a source changes
// (bin/bundle.mjs), or, if that cannot be built, straight from src/ through tsx.
import { pathToFileURL } from 'node:url';
import { bundle } from './bundle.mjs';

const bundled = await bundle();
let main;
if (bundled) ({ main } = await import(pathToFileURL(bundled).href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
