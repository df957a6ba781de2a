// `kinerja init <folder>`: a new instansi from a few answers (flags, or questions on a terminal,
// each checked as it is typed); `kinerja init` in an empty folder: a whole data repository.
// The files are written to a temporary folder beside the target and renamed into place at the
// end: Ctrl-C at a question or while writing leaves nothing.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { KinerjaError } from '../diagnostics/index.ts';
import { alasanTolak, berkasRepositoriLengkap, idInstansi, tulisKeFolder } from '../init/buat-repositori.ts';
import { berkasInstansi, type Jawaban } from '../init/files.ts';
import { PERTANYAAN } from '../init/pertanyaan.ts';
import { Dibatalkan, tanyakan, type Terminal } from '../init/tanya.ts';
import { registerExitCleanup } from '../util/cleanup.ts';
import type { Out } from './check.ts';

/** Writes every file under a temporary folder in `folder`'s parent, then renames it to `folder`. */
export function tulisSekaligus(folder: string, files: Record<string, string>): void {
  const target = resolve(folder);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  let tmp: string | undefined;
  // Registered before the folder exists: an exit at any point after leaves no half-written folder.
  const unregister = registerExitCleanup(() => tmp && rmSync(tmp, { recursive: true, force: true }));
  try {
    tmp = mkdtempSync(join(parent, `.${basename(target)}.init-`));
    chmodSync(tmp, 0o777 & ~process.umask()); // mkdtemp makes it private; the instansi folder is not
    for (const [name, text] of Object.entries(files)) {
      const path = join(tmp, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    if (existsSync(target)) rmdirSync(target); // empty (checked before asking): replaced whole
    renameSync(tmp, target);
    tmp = undefined;
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    unregister();
  }
}

export async function runInit(folder: string | undefined, flags: Record<string, string | undefined>, out: Out, io?: Terminal): Promise<number> {
  // No folder, or --repositori: a whole data repository (src/init/buat-repositori.ts).
  if (folder === undefined || flags['repositori']) return runInitRepositori(folder, flags, out, io);
  if (flags['instansi'] !== undefined) throw new KinerjaError(`--instansi hanya untuk repositori baru (kinerja init --instansi nama); di sini folder instansinya ${folder}`);
  if (existsSync(folder) && readdirSync(folder).length) throw new KinerjaError(`folder ${folder} sudah berisi berkas; init hanya membuat folder baru`);
  const id = basename(folder).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'instansi';
  const j = await jawaban(id, flags, out, io);
  if (!j) return 130;
  const files = berkasInstansi(j, folder);
  tulisSekaligus(folder, files);
  out.log(
    `instansi baru di ${folder}: ${Object.keys(files).length} berkas. Isian contoh bertanda [[isi: …]]; \`check\` menunjukkan letak setiap isian sampai diganti.\n` +
      `Langkah berikutnya:\n  npx kinerja check ${folder}\n  npx kinerja build all ${folder}`,
  );
  return 0;
}

async function runInitRepositori(folder: string | undefined, flags: Record<string, string | undefined>, out: Out, io?: Terminal): Promise<number> {
  const tolak = alasanTolak(folder);
  if (tolak) throw new KinerjaError(tolak);
  idInstansi(flags['instansi'], ''); // a bad --instansi is said before any question
  const j = await jawaban('', flags, out, io);
  if (!j) return 130;
  j.id = idInstansi(flags['instansi'], j.nama);
  const target = resolve(folder ?? '.');
  const files = berkasRepositoriLengkap(target, j);
  if (existsSync(target)) tulisKeFolder(target, files);
  else tulisSekaligus(target, files);
  const masuk = folder === undefined ? '' : `  cd ${folder}\n`;
  out.log(
    `repositori data baru${folder === undefined ? '' : ` di ${folder}`}: ${Object.keys(files).length} berkas, instansi di data/${j.id}. Isian contoh bertanda [[isi: …]]; \`check\` menunjukkan letaknya.\n` +
      `Langkah berikutnya (README.md menjelaskannya):\n${masuk}  npm run setup\n  npm run check\n  npm run build:lkjip`,
  );
  return 0;
}

/** The answers, asked on a terminal or taken from flags; undefined when the author cancelled. */
async function jawaban(id: string, flags: Record<string, string | undefined>, out: Out, io?: Terminal): Promise<Jawaban | undefined> {
  const terminal = io ?? (process.stdin.isTTY && !flags['ya'] ? { input: process.stdin, output: process.stdout, terminal: true } : undefined);
  let a: Record<string, string>;
  try {
    a = await tanyakan(PERTANYAAN, flags, flags['ya'] ? undefined : terminal);
  } catch (e) {
    if (!(e instanceof Dibatalkan)) throw e;
    out.err(`\n${e.message}`);
    return undefined;
  }
  const opt = (k: string) => a[k] || undefined;
  return {
    id,
    nama: a['nama']!,
    pemda: a['pemda']!,
    tempat: a['tempat']!,
    tahun: Number(a['tahun']),
    kepala: opt('kepala'),
    gelarDepan: opt('gelar-depan'),
    gelarBelakang: opt('gelar-belakang'),
    jabatan: a['jabatan']!,
    pangkat: opt('pangkat'),
    golongan: opt('golongan'),
    nip: opt('nip'),
    atasan: opt('atasan'),
    atasanJabatan: a['jabatan-atasan']!,
  };
}
