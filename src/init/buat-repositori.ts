// `kinerja init` with no folder (or `--repositori [folder]`): a whole data repository in an
// empty folder — package.json, setup script, editor settings, workflows, README for authors,
// and one agency under data/. Every file is written into a temporary folder first and moved
// into place only when all of them are written: an error or Ctrl-C leaves the folder as it was.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { KinerjaError } from '../diagnostics/index.ts';
import { registerExitCleanup } from '../util/cleanup.ts';
import { berkasInstansi, type Jawaban } from './files.ts';
import { berkasRepositori } from './repositori.ts';

/** What may already be in the folder a repository is made in (`git init` first is fine). */
const BOLEH_ADA = new Set(['.git']);

/**
 * Why a repository cannot be made in `folder`, or undefined when it can. A bare `kinerja init`
 * inside a repository (data/ or package.json there) is taken as a forgotten agency folder.
 */
export function alasanTolak(folder: string | undefined): string | undefined {
  const target = resolve(folder ?? '.');
  if (!existsSync(target)) return undefined;
  const ada = readdirSync(target).filter((n) => !BOLEH_ADA.has(n)).sort();
  if (!ada.length) return undefined;
  if (folder === undefined && (ada.includes('data') || ada.includes('package.json')))
    return 'tulis folder instansi baru: kinerja init data/nama-instansi';
  const contoh = ada.slice(0, 4).join(', ') + (ada.length > 4 ? ', …' : '');
  return `${folder ?? 'folder ini'} tidak kosong (${contoh}); repositori data dibuat di folder kosong atau baru: kinerja init --repositori nama-folder`;
}

/** The agency's folder name under data/: `--instansi`, or made from its name. */
export function idInstansi(diberikan: string | undefined, nama: string): string {
  if (diberikan !== undefined) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(diberikan))
      throw new KinerjaError(`--instansi tidak sah: "${diberikan}"; tulis huruf kecil, angka dan tanda hubung, mis. dinas-kominfo`);
    return diberikan;
  }
  return nama.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'instansi';
}

/** Every file of the new repository at `target`, the agency's under data/<id>/. */
export function berkasRepositoriLengkap(target: string, j: Jawaban): Record<string, string> {
  const folder = `data/${j.id}`;
  // The $schema lines point where setup installs the package, whichever kinerja runs init.
  const skema = join(target, 'node_modules', 'kinerja', 'schemas');
  const instansi = berkasInstansi(j, join(target, 'data', j.id), skema);
  const files = berkasRepositori(basename(target), j.nama, folder, j.tahun);
  for (const [name, text] of Object.entries(instansi)) files[`${folder}/${name}`] = text;
  return files;
}

/**
 * Writes `files` into `target` (which exists: it may be the working folder, so it is never
 * replaced) through a temporary folder inside it; each top entry is then moved into place.
 */
export function tulisKeFolder(target: string, files: Record<string, string>): void {
  let tmp: string | undefined;
  const moved: string[] = [];
  const undo = () => {
    for (const m of moved.splice(0)) rmSync(join(target, m), { recursive: true, force: true });
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  };
  const unregister = registerExitCleanup(undo);
  try {
    tmp = mkdtempSync(join(target, '.kinerja-init-'));
    for (const [name, text] of Object.entries(files)) {
      const path = join(tmp, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    for (const name of readdirSync(tmp)) {
      renameSync(join(tmp, name), join(target, name));
      moved.push(name);
    }
    rmdirSync(tmp);
    tmp = undefined;
    moved.length = 0;
  } finally {
    undo();
    unregister();
  }
}
