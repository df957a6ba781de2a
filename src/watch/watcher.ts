// Hears every save in an instansi folder, however the editor saves, on chokidar: vim, `sed -i`
// and `git checkout` write a new file and rename it over the old one (chokidar's `atomic` keeps
// hearing the path, where Node 20's recursive fs.watch went deaf after the first rename); new
// and removed files and folders (kerangka/, tabel/, gambar/, narasi/ hold data too) are heard,
// and a burst of events is one change. The folder itself replaced as a whole (`rm -rf` and a
// fresh copy) is not seen by a watcher on the old folder: a periodic look starts a new one.
import { statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

export interface FolderWatcher {
  close(): Promise<void>;
  /** Settles when the first scan is done and every later save will be heard (tests, bench). */
  ready: Promise<void>;
}

export interface WatchFolderOptions {
  /** Quiet time after the last event before `onChange` (editors save in bursts). */
  debounceMs?: number;
  /** How often the folder itself is checked for having been replaced or removed. */
  checkMs?: number;
  /** A note for the terminal (a watcher that failed, a folder that came back). */
  note?: (message: string) => void;
}

/** Folders that are never data and can hold thousands of files. */
const SKIP = new Set(['.git', 'node_modules', 'out']);

/**
 * Editors' own files, never data: vim's swap files and its write test `4913`, backups `x~`,
 * Emacs locks `.#x`, and the temporary file of an atomic save before it is renamed into place.
 */
function editorFile(name: string): boolean {
  return /\.sw[a-p]x?$/.test(name) || name === '4913' || name.endsWith('~') || name.startsWith('.#') || name.endsWith('.tmp');
}

/** Whether a path under `root` is left unwatched. */
export function ignored(root: string, path: string): boolean {
  const rel = relative(root, path);
  if (!rel || rel.startsWith('..')) return false;
  if (rel.split(sep).some((part) => SKIP.has(part))) return true;
  return editorFile(basename(path));
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
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let failed = false;
  let noted = false;

  const changed = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!closed) onChange();
    }, debounceMs);
  };

  const start = (): { watcher: FSWatcher; ready: Promise<void> } => {
    const watcher = watch(root, {
      ignoreInitial: true,
      ignored: (path) => ignored(root, path),
      followSymlinks: false,
      // A file replaced within this many ms is one `change` (vim, sed -i, git checkout).
      atomic: 100,
      depth: 20,
    });
    watcher.on('all', changed);
    // chokidar drops a second `change` of one file within 50 ms (a save right after another, a
    // formatter rewriting on save): its raw events are not throttled, so they are heard too.
    watcher.on('raw', (_event, name, details) => {
      const watched = (details as { watchedPath?: string } | undefined)?.watchedPath;
      if (!watched) return;
      const path = name && basename(watched) !== name ? join(watched, name) : watched;
      if (!ignored(root, path)) changed();
    });
    watcher.on('error', (e) => {
      // ENOSPC (the system's inotify limit), EMFILE, EACCES: said once; the periodic look retries.
      if (!noted && opts.note) opts.note(`tidak dapat memantau ${root}: ${e instanceof Error ? e.message : String(e)}; dicoba lagi`);
      noted = failed = true;
    });
    const ready = new Promise<void>((r) => watcher.once('ready', () => r()));
    return { watcher, ready };
  };

  let current = start();
  let rootId = identity(root);
  // The folder replaced, removed or back again, or a watcher that failed: a new watcher, and a change.
  const check = setInterval(() => {
    const id = identity(root);
    if (id === rootId && !failed) return;
    rootId = id;
    failed = false;
    const old = current.watcher;
    current = start();
    void old.close();
    changed();
    // And once more when the new watcher is live: a save between the two is not lost.
    void current.ready.then(changed);
  }, opts.checkMs ?? 1000);
  check.unref();

  return {
    get ready() {
      return current.ready;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(check);
      await current.watcher.close();
    },
  };
}
