// Hears every save in an instansi folder, however the editor saves. vim, `sed -i` and
// `git checkout` write a new file and rename it over the old one; Node 20's recursive
// `fs.watch` on Linux watches the old file's inode and goes deaf after the first such rename.
// So each directory is watched on its own (a directory hears a rename into it, every time), the
// tree is walked again after each change (a new subfolder gets its watcher), and a watcher that
// errors, or a folder that was replaced as a whole, is watched anew.
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

export interface FolderWatcher {
  close(): void;
}

export interface WatchFolderOptions {
  /** Quiet time after the last event before `onChange` (editors save in bursts). */
  debounceMs?: number;
  /** How often the folder itself is checked for having been replaced or removed. */
  checkMs?: number;
  /** A note for the terminal (a watcher that failed, a folder that came back). */
  note?: (message: string) => void;
}

/** Folders that are never data and can hold thousands of subfolders. */
const SKIP = new Set(['.git', 'node_modules', 'out']);
/** Enough for any instansi; past it a folder tree is not data and watching it would exhaust inotify. */
const MAX_DIRS = 500;

/** Every directory under `root` (itself first), not following symbolic links. */
function directories(root: string): string[] {
  const found: string[] = [];
  const queue = [root];
  while (queue.length && found.length < MAX_DIRS) {
    const dir = queue.shift()!;
    found.push(dir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // gone or unreadable since: the next walk sees it as it is
    }
    for (const e of entries) if (e.isDirectory() && !SKIP.has(e.name)) queue.push(join(dir, e.name));
  }
  return found;
}

/** The identity of a folder: a folder replaced by another of the same name has another inode. */
function identity(dir: string): string | undefined {
  try {
    const s = statSync(dir);
    return s.isDirectory() ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** Calls `onChange` once after every burst of changes anywhere under `root`, until closed. */
export function watchFolder(root: string, onChange: () => void, opts: WatchFolderOptions = {}): FolderWatcher {
  const debounceMs = opts.debounceMs ?? 40;
  const watchers = new Map<string, { watcher: FSWatcher; id: string | undefined }>();
  let rootId = identity(root);
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let failed = false;

  const changed = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (closed) return;
      sync();
      onChange();
    }, debounceMs);
  };

  const drop = (dir: string) => {
    watchers.get(dir)?.watcher.close();
    watchers.delete(dir);
  };

  const add = (dir: string) => {
    try {
      const w = watch(dir, { persistent: false }, changed);
      // A directory removed or replaced under its watcher ends it with an error (or silently):
      // forget it; the next walk watches whatever is there now.
      w.on('error', () => {
        drop(dir);
        changed();
      });
      watchers.set(dir, { watcher: w, id: identity(dir) });
      failed = false;
    } catch (e) {
      // ENOSPC (the system's inotify limit), EMFILE, EACCES: say it once; the periodic check retries.
      if (!failed && opts.note) opts.note(`tidak dapat memantau ${dir}: ${e instanceof Error ? e.message : String(e)}; dicoba lagi`);
      failed = true;
    }
  };

  /** Watches exactly the directories there are now: new ones added, gone or replaced ones renewed. */
  const sync = () => {
    if (closed) return;
    const now = identity(root) ? directories(root) : [];
    const keep = new Set(now);
    for (const dir of [...watchers.keys()]) if (!keep.has(dir) || watchers.get(dir)!.id !== identity(dir)) drop(dir);
    for (const dir of now) if (!watchers.has(dir)) add(dir);
  };

  sync();
  // The folder itself replaced (`rm -rf` then a copy, a checkout of another branch) or a watcher
  // that could not be made: nothing may be heard, so look now and then.
  const check = setInterval(() => {
    const id = identity(root);
    if (id !== rootId || (id && !watchers.has(root))) {
      rootId = id;
      changed();
    }
  }, opts.checkMs ?? 1000);
  check.unref();

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(check);
      for (const dir of [...watchers.keys()]) drop(dir);
    },
  };
}
