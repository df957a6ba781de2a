// The CLI runs from one bundled file: loading some eighty TypeScript modules through tsx costs
// about 0.3 s at every start, a fifth of a whole build. The bundle is kept in
// node_modules/.cache/kinerja, with the JSON Schema validators compiled to code beside it (ajv
// needs another 0.1 s to compile them), and rebuilt (~0.4 s) whenever a source or schema file is
// newer, so nobody ever runs a build step; dependencies stay outside, loaded from node_modules.
// The published package carries one in dist/ (made by `npm pack`: `node bin/bundle.mjs dist`), so an
// install that cannot be written (read-only, or another user's) starts as fast; if neither can be
// had, bin/kinerja.mjs runs the sources through tsx.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shipped = join(root, 'dist');
const cache = join(root, 'node_modules', '.cache', 'kinerja');
/** Whether this copy is installed in another project's (or the global) node_modules. */
const installed = root.split(/[\\/]/).includes('node_modules');

/** The compiled validators beside a bundle. */
export const validatorsOf = (bundled) => join(dirname(bundled), 'skema.mjs');

function newestSource() {
  // The lock file too: a new ajv, say, may compile the validators differently.
  let newest = Math.max(...['package.json', 'package-lock.json'].map((f) => statSync(join(root, f), { throwIfNoEntry: false })?.mtimeMs ?? 0));
  for (const folder of ['src', 'schemas'])
    for (const f of readdirSync(join(root, folder), { recursive: true })) {
      const t = statSync(join(root, folder, f)).mtimeMs;
      if (t > newest) newest = t;
    }
  return newest;
}

function writeAtomic(path, contents) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}

// pdf-lib is published as some three hundred CommonJS files (~0.1 s to load) and as one ES
// module file (~0.03 s): the bundle loads the latter. Same code, same version.
const singleFilePdfLib = {
  name: 'pdf-lib-satu-berkas',
  setup(build) {
    build.onResolve({ filter: /^pdf-lib$/ }, () => ({ path: 'pdf-lib/dist/pdf-lib.esm.min.js', external: true }));
  },
};

/**
 * Chunks of earlier bundles, which each rebuild would otherwise leave beside the new ones. Only
 * those older than an hour: a CLI still running from an earlier bundle may yet load its chunks.
 */
function removeStaleChunks(dir, current) {
  const hourAgo = Date.now() - 3600_000;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!name.startsWith('bagian-') || current.has(path)) continue;
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { force: true });
    } catch {
      // Removed by another build meanwhile.
    }
  }
}

/** Whether the bundle in `dir` is there and no source is newer. */
function fresh(dir) {
  try {
    return statSync(join(dir, 'kinerja.mjs')).mtimeMs >= newestSource() && statSync(join(dir, 'skema.mjs')).isFile();
  } catch {
    return false;
  }
}

/**
 * The bundle's path (the CLI, with the print worker's script beside it): the one shipped in dist/,
 * or the one kept in node_modules/.cache/kinerja, rebuilt first if a source is newer; undefined if
 * none can be had.
 */
export async function bundle() {
  // Installed as a package, the shipped bundle is the sources' own (the files' times are those
  // of the unpacking, not of the sources); in a working copy it must be newer than they are.
  if (installed && existsSync(join(shipped, 'kinerja.mjs')) && existsSync(join(shipped, 'skema.mjs'))) return join(shipped, 'kinerja.mjs');
  for (const dir of [shipped, cache]) if (fresh(dir)) return join(dir, 'kinerja.mjs');
  try {
    return await buildInto(cache);
  } catch {
    return undefined;
  }
}

/** Builds the CLI, its print worker and its validators into `dir`; returns the CLI's path. */
export async function buildInto(dir) {
  const target = join(dir, 'kinerja.mjs');
  const { build } = await import('esbuild');
  const common = { outdir: dir, outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node', format: 'esm', target: 'node22', write: false, logLevel: 'silent' };
  const out = await build({
    ...common,
    entryPoints: { kinerja: join(root, 'src', 'cli', 'main.ts') },
    // Chunks: what a command does not need at once (pdf-lib, for one) is loaded when it is.
    splitting: true,
    chunkNames: 'bagian-[hash]',
    packages: 'external',
    plugins: [singleFilePdfLib],
  });
  // The print worker carries puppeteer inside it: loaded as one file, Chromium starts ~0.03 s
  // sooner than from puppeteer's hundreds of modules. (Its optional native helpers stay out.)
  const worker = await build({
    ...common,
    entryPoints: { 'print-worker': join(root, 'src', 'print', 'worker.ts') },
    external: ['bufferutil', 'utf-8-validate'],
    banner: { js: "import { createRequire as kinerjaRequire } from 'node:module'; const require = kinerjaRequire(import.meta.url);" },
  });
  mkdirSync(dir, { recursive: true });
  // Written beside and renamed, the CLI last: two builds starting at once never load half a
  // file, and a fresh CLI always finds its worker.
  const files = [...worker.outputFiles, ...out.outputFiles].sort((a) => (a.path === target ? 1 : -1));
  for (const f of files.slice(0, -1)) writeAtomic(f.path, f.contents);
  // The validators come from the fresh code itself: the same ajv, options and schemas.
  const cli = files.at(-1);
  const next = `${target}.${process.pid}.new.mjs`;
  writeFileSync(next, cli.contents);
  try {
    const { validatorSource } = await import(pathToFileURL(next).href);
    writeAtomic(validatorsOf(target), validatorSource());
  } finally {
    rmSync(next, { force: true });
  }
  writeAtomic(target, cli.contents);
  removeStaleChunks(dir, new Set(files.map((f) => f.path)));
  return target;
}

// `node bin/bundle.mjs dist` (npm pack's prepack): the bundle the package ships; `--remove` takes it away again.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  rmSync(shipped, { recursive: true, force: true });
  if (process.argv[2] !== '--remove') console.log(`bundle: ${relative(root, await buildInto(shipped))}`);
}
