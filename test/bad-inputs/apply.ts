import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import { loadInstansi } from '../../src/load/index.ts';
import { validate } from '../../src/validate/index.ts';
import type { BadCase } from './cases.ts';

export const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'minimal');

/**
 * The listener the harness keeps on 127.0.0.1 to catch any connection: a case writes
 * `PORT_PENDENGAR` where the port goes (`http://127.0.0.1:PORT_PENDENGAR/x.png`), replaced here.
 */
export const LISTENER = { port: 20_000 + (process.pid % 20_000), placeholder: 'PORT_PENDENGAR' };
export const withPort = (s: string) => s.replaceAll(LISTENER.placeholder, String(LISTENER.port));

/** A copy of the valid fixture with the case's edit applied; returns the folder. */
export function applyCase(c: BadCase): string {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-bad-'));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const also of [c.also ?? []].flat()) {
    const edit = also.edit;
    if ('symlink' in edit) symlinkSync(resolve(edit.symlink), join(dir, also.file));
    else if ('content' in edit) writeFileSync(join(dir, also.file), edit.content);
    else replaceIn(join(dir, also.file), edit, c.name);
  }
  const path = join(dir, c.file);
  mkdirSync(dirname(path), { recursive: true });
  if ('remove' in c.edit) rmSync(path);
  else if ('symlink' in c.edit) (rmSync(path, { force: true }), symlinkSync(resolve(c.edit.symlink), path));
  else if ('content' in c.edit) writeFileSync(path, typeof c.edit.content === 'string' ? withPort(c.edit.content) : c.edit.content);
  else replaceIn(path, [c.edit[0], withPort(c.edit[1])], c.name);
  return dir;
}

function replaceIn(path: string, [find, replace]: [string, string], name: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(find)) throw new Error(`kasus "${name}": teks "${find}" tidak ada di ${path}`);
  writeFileSync(path, text.replace(find, replace));
}

/** Diagnostics of checking the folder, with file paths relative to it. */
export function checkFolder(dir: string): Diagnostics {
  const diags = new Diagnostics();
  validate(loadInstansi(dir, diags), diags);
  for (const d of diags.list) {
    if (d.at) d.at = { ...d.at, file: relative(dir, join(process.cwd(), d.at.file)) };
    if (d.also) d.also = { ...d.also, file: relative(dir, join(process.cwd(), d.also.file)) };
  }
  return diags;
}
