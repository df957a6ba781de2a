// The one CLI: `kinerja check|build|doctor`. Only this file knows the commands; each delegates.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KinerjaError, formatDiagnostic } from '../diagnostics/index.ts';
import { describeSystemError } from '../diagnostics/system-error.ts';
import { terminalText } from '../escape/terminal.ts';
import { runCheck, type Out } from './check.ts';
import { runDoctor } from './doctor.ts';
import { runDiff } from './diff.ts';
import { runInit } from './init.ts';
import { runBuild } from './build.ts';

// For bin/kinerja.mjs: a print worker it started ahead and no build took is closed.
export { releaseEarlyPrinter } from '../print/index.ts';
// For bin/bundle.mjs: the JSON Schema validators compiled ahead, and their use.
export { usePrecompiled, validatorSource } from '../validate/schema.ts';

// Kept in step with src/build.ts (which is loaded only when building).
const DOKUMEN = ['lkjip', 'pk', 'rencana-aksi', 'rkt'] as const;

const USAGE = `Pemakaian:
  kinerja check [folder-instansi …]      periksa data; tanpa argumen: semua folder di data/
  kinerja build <dokumen> [folder …]     cetak ke out/<instansi>/; dokumen: lkjip, pk, rencana-aksi, rkt,
                                         atau all (semua dokumen setiap instansi di data/)
  kinerja diff [rev-a] [rev-b]           angka yang berubah antara dua revisi git (bawaan: berkas kerja
                                         terhadap HEAD); --format markdown|json, --data FOLDER
  kinerja init <folder>                  instansi baru dengan contoh lengkap; --nama, --pemda, --tempat,
                                         --tahun, --kepala, --jabatan, --nip, --atasan (tanpa: ditanyakan)
  kinerja watch [folder] [--dokumen lkjip|pk|rencana-aksi|rkt] [--port 4321]
                                         pratinjau HTML yang dimuat ulang setiap kali berkas disimpan
  kinerja doctor [--install]             cari peramban Chromium (dan pasang bila perlu)
Pilihan: --debug (tampilkan jejak galat), --tahun TTTT, --out FOLDER, --html (simpan juga HTML akhirnya)`;

const stdout: Out = { log: (s) => console.log(s), err: (s) => console.error(s) };

/** Every instansi folder under data/ (a folder with an instansi.yaml). */
export function instansiFolders(args: string[]): string[] {
  if (args.length) return args;
  const root = 'data';
  if (!existsSync(root)) return [];
  return readdirSync(root).map((d) => join(root, d)).filter((d) => statSync(d).isDirectory() && existsSync(join(d, 'instansi.yaml')));
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
}

export async function main(argv: string[], raw: Out = stdout): Promise<number> {
  // Data reaches the terminal in messages ("tertulis …"): an ESC sequence or a bidi control in it
  // is shown as an escape, never obeyed by the terminal or a CI log.
  const out: Out = { log: (s) => raw.log(terminalText(s)), err: (s) => raw.err(terminalText(s)) };
  const args = [...argv];
  const debug = args.includes('--debug');
  const install = args.includes('--install');
  const html = args.includes('--html');
  const rest = args.filter((a) => a !== '--debug' && a !== '--install' && a !== '--html' && a !== '--ya');
  const tahun = option(rest, '--tahun');
  const outDir = option(rest, '--out');
  const format = option(rest, '--format');
  const dataDir = option(rest, '--data');
  const [command, ...params] = rest;
  try {
    switch (command) {
      case 'check':
        return runCheck(instansiFolders(params), out);
      case 'build': {
        const [doc, ...folders] = params;
        const docs = doc === 'all' ? [...DOKUMEN] : DOKUMEN.filter((d) => d === doc);
        if (!docs.length) break;
        return await runBuild(docs, instansiFolders(folders), { tahun: tahun ? Number(tahun) : undefined, outDir: outDir ?? 'out', html, semua: folders.length === 0 }, out);
      }
      case 'diff':
        return runDiff(params, format ?? 'markdown', dataDir ?? 'data', out);
      case 'init': {
        const flags = Object.fromEntries(['nama', 'pemda', 'tempat', 'kepala', 'jabatan', 'nip', 'atasan'].map((k) => [k, option(rest, `--${k}`)]));
        return await runInit(rest[1], { ...flags, tahun, ya: args.includes('--ya') ? '1' : undefined }, out);
      }
      case 'watch': {
        const dokumen = (option(rest, '--dokumen') ?? 'lkjip') as (typeof DOKUMEN)[number];
        // `--port` alone, `--port abc`, `--port 0x10`: an error, never NaN nor a silent default.
        const p = rest.findIndex((a) => a === '--port' || a.startsWith('--port='));
        const portText = p === -1 ? undefined : rest[p]!.startsWith('--port=') ? rest.splice(p, 1)[0]!.slice('--port='.length) : rest.splice(p, 2)[1];
        const { startWatch, parsePort } = await import('../watch/index.ts');
        const port = p === -1 ? undefined : parsePort(portText);
        const folder = rest[1] ?? instansiFolders([])[0];
        if (!folder || !DOKUMEN.includes(dokumen)) break;
        const w = await startWatch({ folder, dokumen, port, portDiminta: port !== undefined, log: out.err });
        if (w.note) out.log(w.note);
        out.log(`pratinjau ${dokumen} ${folder}: ${w.url}  (Ctrl-C untuk berhenti)`);
        // Ctrl-C, SIGTERM, a closed terminal: the one cleanup registry closes the server and the
        // watcher, then exits with the signal's code.
        const { registerCleanup } = await import('../util/cleanup.ts');
        const unregister = registerCleanup(w.close);
        await w.closed;
        unregister();
        return 0;
      }
      case 'doctor':
        return await runDoctor(install, out);
    }
    out.err(USAGE);
    return 2;
  } catch (e) {
    if (e instanceof KinerjaError) {
      out.err(`galat: ${e.message}`);
      for (const d of e.diagnostics) out.err(formatDiagnostic(d));
      if (e.cause) out.err(`  sebab: ${e.cause instanceof Error ? e.cause.message : String(e.cause)}`);
    } else {
      const system = describeSystemError(e);
      if (system) out.err(`galat: ${system}`);
      else out.err(`galat tak terduga: ${e instanceof Error ? e.message : String(e)}\n(jalankan dengan --debug untuk jejaknya, dan laporkan sebagai isu)`);
    }
    if (debug && e instanceof Error) out.err(e.stack ?? '');
    return 1;
  }
}
