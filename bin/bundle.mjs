// The CLI runs from one bundled file: loading some eighty TypeScript modules through tsx costs
// about 0.3 s at every start, a fifth of a whole build. The bundle is kept in
// node_modules/.cache/kinerja, with the JSON Schema validators compiled to code beside it (ajv
// needs another 0.1 s to compile them), and rebuilt (~0.4 s) whenever a source or schema file is
// newer, so nobody ever runs a build step; dependencies stay outside, loaded from node_modules.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'node_modules', '.cache', 'kinerja');
const target = join(dir, 'kinerja.mjs');
export const validators = join(dir, 'skema.mjs');

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
function removeStaleChunks(current) {
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

/**
 * The bundle's path (the CLI, with the print worker's script beside it), rebuilt first if a
 * source is newer; undefined if it cannot be built.
 */
export async function bundle() {
  try {
    if (statSync(target).mtimeMs >= newestSource()) return target;
  } catch {
    /* not built yet */
  }
  try {
    const { build } = await import('esbuild');
    const common = { outdir: dir, outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false, logLevel: 'silent' };
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
    const fresh = `${target}.${process.pid}.new.mjs`;
    writeFileSync(fresh, cli.contents);
    try {
      const { validatorSource } = await import(pathToFileURL(fresh).href);
      writeAtomic(validators, validatorSource());
    } finally {
      rmSync(fresh, { force: true });
    }
    writeAtomic(target, cli.contents);
    removeStaleChunks(new Set(files.map((f) => f.path)));
    return target;
  } catch {
    return undefined;
  }
}
