// The preview's builds: the document printed by the build's own path (src/build.ts
// `printPreview`) with one Chromium kept warm for the whole session, one build at a time (saves
// during a build make one more build after it), the last good PDF kept when the data breaks.
// The body is printed chapter by chapter and every piece is kept (cetakan.ts): a save prints
// again only the chapters, page-number overlays and front matter whose HTML changed.
// Each build is one line in the terminal (time, pages, seconds); each error is said there with
// its file:line:col, and the warnings when they change.
import { readFileSync, rmSync } from 'node:fs';
import type { Dokumen } from '../build.ts';
import { count, seconds } from '../cli/build.ts';
import { polos, warnai } from '../cli/warna.ts';
import { formatDiagnostic, formatLocation, KinerjaError, type Diagnostic } from '../diagnostics/index.ts';
import { describeSystemError } from '../diagnostics/system-error.ts';
import type { Printer } from '../print/index.ts';
import { temporaryFolder } from '../util/cleanup.ts';
import { CetakanTersimpan, potongBab, type StatistikCetak } from './cetakan.ts';
import type { Keadaan, Pesan } from './halaman.ts';
import { SimpananYaml } from '../load/simpanan-yaml.ts';
import type { NomorLalu } from '../render/nomor-halaman.ts';

export interface Hasil {
  keadaan: Keadaan;
  pdf?: Uint8Array;
}

export interface PratinjauOptions {
  folder: string;
  dokumen: Dokumen;
  printer: Printer;
  /** A line for the terminal. */
  log: (line: string) => void;
  /** Called after every build with what the page shows now. */
  onHasil: (h: Hasil) => void;
}

const jam = () => new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(new Date());

function pesanDari(d: Diagnostic): Pesan {
  return { tingkat: d.severity, lokasi: formatLocation(d.at), teks: d.message, ...(d.hint ? { saran: d.hint } : {}) };
}

/** A warning as `printPreview` wrote it (formatDiagnostic's text) back into the page's parts. */
function pesanPeringatan(text: string): Pesan {
  const [first = '', ...rest] = polos(text).split('\n');
  const m = /^(\S+:\d+:\d+) {2}(?:peringatan: )?(.*)$/.exec(first);
  const saran = rest.map((l) => l.trim()).join(' ');
  return { tingkat: 'peringatan', lokasi: m?.[1] ?? '', teks: m?.[2] ?? first.replace(/^peringatan: /, ''), ...(saran ? { saran } : {}) };
}

export interface Pratinjau {
  /** Asks for a build; builds at once, or once more after the one under way. */
  bangun(): void;
  /** Settles when no build is under way or asked for. */
  diam(): Promise<void>;
  /** No build after this; waits for the one under way, then removes the temporary folder. */
  tutup(): Promise<void>;
  /** Pieces printed by Chromium and pieces taken from the store, since the session began. */
  statistik: StatistikCetak;
}

export function buatPratinjau(opts: PratinjauOptions): Pratinjau {
  const { folder, dokumen, printer, log } = opts;
  // Removed when the session ends, Ctrl-C and a crash included.
  const folderSementara = temporaryFolder('kinerja-pratinjau-');
  const tmp = folderSementara.path;
  const judul = `${dokumen} · ${folder}`;
  let versi = 0;
  let pdfVersi = 0;
  let pdf: Uint8Array | undefined;
  let status = '';
  let peringatanLalu = '';
  let berjalan: Promise<void> | undefined;
  let lagi = false;
  let tertutup = false;
  // The pieces printed for the last document: a save reprints only the chapters that changed.
  const cetakan = new CetakanTersimpan(printer);
  // And the YAML files parsed for it: a save parses again only the files whose text changed.
  const yaml = new SimpananYaml();
  // And the Daftar Isi's numbers: a save that moves no page prints the front matter once.
  const nomorLalu: NomorLalu = {};

  const sekali = async (): Promise<void> => {
    const t0 = performance.now();
    const warnings: string[] = [];
    const collect = { log: () => undefined, err: (s: string) => warnings.push(s) };
    let pesan: Pesan[];
    try {
      const { printPreview } = await import('../build.ts');
      const w = await printPreview(folder, dokumen, cetakan, tmp, collect, { potong: potongBab, yaml, nomorLalu }).finally(() => yaml.rapikan());
      cetakan.selesai();
      pdf = readFileSync(w.path);
      rmSync(w.path, { force: true });
      versi++;
      pdfVersi = versi;
      const ms = performance.now() - t0;
      status = `${count(w.pages)} halaman · ${seconds(ms)} · ${jam()}`;
      pesan = warnings.map(pesanPeringatan);
      const banyak = warnings.length ? `, ${count(warnings.length)} peringatan` : '';
      log(`${jam()}  ${dokumen}: ${warnai('berhasil', `${count(w.pages)} halaman`)}, ${seconds(ms)}${banyak}`);
      const teks = warnings.join('\n');
      if (teks !== peringatanLalu) for (const line of warnings) log(line);
      peringatanLalu = teks;
    } catch (e) {
      if (tertutup) return; // the printer was closed under the build: the session is ending
      versi++;
      const diags = e instanceof KinerjaError ? e.diagnostics : [];
      const cause = e instanceof KinerjaError && e.cause ? ` (${e.cause instanceof Error ? e.cause.message : String(e.cause)})` : '';
      const message = e instanceof KinerjaError ? e.message + cause : (describeSystemError(e) ?? `galat tak terduga: ${e instanceof Error ? e.message : String(e)}`);
      pesan = diags.length ? diags.map(pesanDari) : [{ tingkat: 'galat', lokasi: '', teks: message }];
      const tetap = pdfVersi ? '; pratinjau terakhir yang benar tetap ditampilkan' : '';
      status = `${diags.length ? `${count(diags.length)} galat` : 'gagal'} · ${jam()}${tetap}`;
      log(`${jam()}  ${dokumen}: ${warnai('galat', diags.length ? `${count(diags.length)} galat` : 'gagal')}${tetap}`);
      if (diags.length) for (const d of diags) log(formatDiagnostic(d));
      else log(warnai('galat', message));
      peringatanLalu = '';
    }
    if (!tertutup) opts.onHasil({ keadaan: { versi, pdf: pdfVersi, judul, status, pesan }, pdf });
  };

  const putar = async () => {
    do {
      lagi = false;
      if (tertutup) return;
      await sekali();
    } while (lagi);
  };

  return {
    statistik: cetakan.statistik,
    bangun() {
      if (tertutup) return;
      if (berjalan) {
        lagi = true;
        return;
      }
      berjalan = putar().finally(() => (berjalan = undefined));
    },
    async diam() {
      while (berjalan) await berjalan;
    },
    async tutup() {
      tertutup = true;
      while (berjalan) await berjalan.catch(() => undefined);
      folderSementara.remove();
    },
  };
}
