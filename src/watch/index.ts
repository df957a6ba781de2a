// `kinerja watch`: a preview of one document on localhost that shows the pages as they will
// print — the PDF itself, printed by the build's own path with a Chromium kept warm — rebuilt
// at every save, with the errors and warnings beside it and in the terminal; the last good PDF
// stays on screen while the data is wrong.
import { statSync } from 'node:fs';
import { KinerjaError } from '../diagnostics/index.ts';
import { Printer } from '../print/index.ts';
import type { Dokumen } from '../build.ts';
import { halamanPratinjau, type Keadaan } from './halaman.ts';
import { DEFAULT_PORT, listenFrom } from './port.ts';
import type { StatistikCetak } from './cetakan.ts';
import { buatPratinjau } from './pratinjau.ts';
import { createPreviewServer, type Page } from './server.ts';
import { watchFolder } from './watcher.ts';

export { parsePort, DEFAULT_PORT } from './port.ts';

/** Only this machine: the preview is the author's, not the network's. */
const HOST = '127.0.0.1';

export interface WatchOptions {
  folder: string;
  dokumen: Dokumen;
  /** Default 4321; 0 takes any free port (tests). */
  port?: number;
  /** The author chose the port with --port: moving off a busy one is said plainly. */
  portDiminta?: boolean;
  /** Lines for the author's terminal: each rebuild, each error, a server fault; default stderr. */
  log?: (message: string) => void;
  /** Quiet time after the last file event before a rebuild (default 40 ms). */
  debounceMs?: number;
}

export interface Watching {
  url: string;
  port: number;
  /** Set when the port asked for was busy and another was taken. */
  note?: string;
  /** The number of finished rebuilds (the first build is 1). */
  versi: () => number;
  /** What the page shows now. */
  keadaan: () => Keadaan;
  /** Pieces Chromium printed and pieces reused, since the start (a save prints only what changed). */
  cetakan: () => StatistikCetak;
  /** Settles when the file watcher hears every change and no rebuild is under way or due. */
  tenang: () => Promise<void>;
  close: () => Promise<void>;
  /** Settles once the server has closed. */
  closed: Promise<void>;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // ENOENT, ENOTDIR, EACCES: not a folder the preview can read
  }
}

export async function startWatch(opts: WatchOptions): Promise<Watching> {
  // A mistyped folder is said at once, not shown as a page of "file not found" errors.
  if (!isFolder(opts.folder)) throw new KinerjaError(`folder instansi tidak ditemukan: ${opts.folder}`);
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  let keadaan: Keadaan = { versi: 0, pdf: 0, judul: `${opts.dokumen} · ${opts.folder}`, status: 'menyiapkan pratinjau…', pesan: [] };
  let page: Page = { html: halamanPratinjau(keadaan), assets: new Map(), versi: 0, keadaan: JSON.stringify(keadaan) };
  let port = 0;
  const preview = createPreviewServer(() => page, () => port, log);
  const listening = await listenFrom(preview.server, opts.port ?? DEFAULT_PORT, HOST, opts.portDiminta ?? false);
  port = listening.port;
  // After listening, a server error (rare: the system's) is told, never fatal.
  preview.server.on('error', (e) => log(`galat di server pratinjau: ${e.message}`));
  const closed = new Promise<void>((r) => preview.server.once('close', () => r()));

  // One Chromium for the whole session, started now, while the first build reads the data.
  // One page more than cores print at once: a save reprints the front and the changed chapters
  // together, and each print also waits on this process between its steps (measured on 2 cores,
  // reference LKjIP: save → PDF 1.35–1.9 s with 2, 1.30–1.35 s with 3). And two tabs kept more
  // than that: a figure's save prints the front matter and two chapters, each best in a tab that
  // shows one already (only its body is replaced), beside the tabs of the page overlays.
  const printer = new Printer();
  printer.warmUp(3, 1, 2);
  const pratinjau = buatPratinjau({
    folder: opts.folder,
    dokumen: opts.dokumen,
    printer,
    log,
    onHasil: (h) => {
      keadaan = h.keadaan;
      page = { html: halamanPratinjau(keadaan), assets: new Map(), versi: keadaan.versi, pdf: h.pdf, keadaan: JSON.stringify(keadaan) };
      preview.announce(keadaan.versi);
    },
  });
  pratinjau.bangun();
  const watcher = watchFolder(opts.folder, () => pratinjau.bangun(), { note: log, debounceMs: opts.debounceMs });
  let closing: Promise<void> | undefined;
  return {
    url: `http://${HOST}:${port}/`,
    port,
    note: listening.note,
    versi: () => keadaan.versi,
    keadaan: () => keadaan,
    cetakan: () => ({ ...pratinjau.statistik }),
    tenang: async () => {
      await watcher.ready;
      await pratinjau.diam();
    },
    closed,
    close: () =>
      (closing ??= (async () => {
        await watcher.close();
        await preview.close();
        // The browser first: a print under way ends at once rather than being waited for.
        await printer.dispose();
        await pratinjau.tutup();
      })()),
  };
}
