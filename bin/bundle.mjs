// The CLI runs from one bundled file: loading some eighty TypeScript modules through tsx costs
// about 0.3 s at every start, a fifth of a whole build. The bundle is kept in
// node_modules/.cache/kinerja and rebuilt (esbuild, ~0.1 s) whenever a source file is newer, so
// nobody ever runs a build step; dependencies stay outside it, loaded from node_modules.
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'node_modules', '.cache', 'kinerja');
const target = join(dir, 'kinerja.mjs');

function newestSource() {
  let newest = 0;
  for (const f of readdirSync(join(root, 'src'), { recursive: true })) {
    const t = statSync(join(root, 'src', f)).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
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
    const out = await build({
      entryPoints: { kinerja: join(root, 'src', 'cli', 'main.ts'), 'print-worker': join(root, 'src', 'print', 'worker.ts') },
      outdir: dir,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    mkdirSync(dir, { recursive: true });
    // Written beside and renamed, the CLI last: two builds starting at once never load half a
    // file, and a fresh CLI always finds its worker.
    const files = [...out.outputFiles].sort((a) => (a.path === target ? 1 : -1));
    for (const f of files) {
      const tmp = `${f.path}.${process.pid}.tmp`;
      writeFileSync(tmp, f.contents);
      renameSync(tmp, f.path);
    }
    return target;
  } catch {
    return undefined;
  }
}
