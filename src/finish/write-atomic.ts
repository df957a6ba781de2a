// Outputs are written to a temporary file beside the target and renamed into place:
// a failed or interrupted build leaves the last good file untouched.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { errnoOf, systemError } from '../diagnostics/system-error.ts';

const pending = new Set<string>();
let hooked = false;
let counter = 0;

function cleanup(): void {
  for (const p of pending) rmSync(p, { force: true });
  pending.clear();
}

export function writeAtomic(target: string, bytes: Uint8Array | string): void {
  if (!hooked) {
    process.once('exit', cleanup); // also runs on the exit that follows an interrupt
    hooked = true;
  }
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (e) {
    throw errnoOf(e) ? systemError(e, 'membuat folder', dirname(target)) : e;
  }
  // pid + counter + random: unique across processes and across builds inside one process.
  const tmp = join(dirname(target), `.kinerja-tmp-${process.pid}-${++counter}-${randomBytes(4).toString('hex')}-${basename(target)}`);
  pending.add(tmp);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, target);
  } catch (e) {
    // A full disk, a read-only folder, a folder named like the PDF: said with the path, in Indonesian.
    throw errnoOf(e) ? systemError(e, 'menulis', target) : e;
  } finally {
    rmSync(tmp, { force: true });
    pending.delete(tmp);
  }
}
