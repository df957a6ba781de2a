// The one CLI: `kinerja check|build|diff|watch|init|doctor|blok|impor|ekspor`. Only this file knows the commands;
// the command line is parsed in args.ts, the help is in usage.ts, each command delegates.
import { DOKUMEN } from '../model/dokumen.ts';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KinerjaError, formatDiagnostic } from '../diagnostics/index.ts';
import { describeSystemError } from '../diagnostics/system-error.ts';
import { tampil, warnai } from './warna.ts';
import { runCheck, type Out } from './check.ts';
import { runDoctor } from './doctor.ts';
import { runBlok } from './blok.ts';
import { runDiff } from './diff.ts';
import { runInit } from './init.ts';
import { alasanTolak } from '../init/buat-repositori.ts';
import { runBuild } from './build.ts';
import { COMMANDS, oneOf, parseCommandLine, parseTahun, UsageError, type Command } from './args.ts';
import { usage } from './usage.ts';
import { namaShard, parseShard, pilihShard } from './shard.ts';
import { VERSION } from './version.ts';

// For bin/kinerja.mjs: a print worker it started ahead and no build took is closed.
export { releaseEarlyPrinter } from '../print/index.ts';
// For bin/bundle.mjs: the JSON Schema validators compiled ahead, and their use.
export { usePrecompiled, validatorSource } from '../validate/schema.ts';


const stdout: Out = { log: (s) => console.log(s), err: (s) => console.error(s) };

/** Every instansi folder under data/ (a folder with an instansi.yaml). */
export function instansiFolders(args: string[]): string[] {
  if (args.length) return args;
  const root = 'data';
  if (!existsSync(root)) return [];
  return agenciesUnder(root);
}

/** The agency folders (with an instansi.yaml) directly under `root`, sorted by name. */
export function agenciesUnder(root: string): string[] {
  return readdirSync(root).sort().map((d) => join(root, d)).filter((d) => statSync(d).isDirectory() && existsSync(join(d, 'instansi.yaml')));
}

export async function main(argv: string[], raw: Out = stdout): Promise<number> {
  // Data reaches the terminal in messages ("tertulis …"): an ESC sequence or a bidi control in it
  // is shown as an escape, never obeyed by the terminal or a CI log. Colour comes after that
  // escaping, on a terminal only (src/cli/warna.ts).
  const out: Out = { log: (s) => raw.log(tampil(s, process.stdout)), err: (s) => raw.err(tampil(s, process.stderr)) };
  let debug = argv.includes('--debug');
  try {
    const cli = parseCommandLine(argv);
    debug = cli.debug;
    if (cli.version) return (out.log(`kinerja ${VERSION}`), 0);
    if (cli.help || !cli.command || cli.command === 'help') return (out.log(usage(cli.command)), 0);
    return await run(cli.command, cli.positionals, cli.values, out);
  } catch (e) {
    if (e instanceof UsageError) {
      out.err(`${warnai('galat', 'galat:')} ${e.message}`);
      out.err('');
      out.err(usage(e.command));
      return 2;
    }
    if (e instanceof KinerjaError) {
      out.err(`${warnai('galat', 'galat:')} ${e.message}`);
      for (const d of e.diagnostics) out.err(formatDiagnostic(d));
      if (e.cause) out.err(`  sebab: ${e.cause instanceof Error ? e.cause.message : String(e.cause)}`);
    } else {
      const system = describeSystemError(e);
      if (system) out.err(`${warnai('galat', 'galat:')} ${system}`);
      else out.err(`${warnai('galat', 'galat tak terduga:')} ${e instanceof Error ? e.message : String(e)}\n(jalankan dengan --debug untuk jejaknya, dan laporkan sebagai isu)`);
    }
    if (debug && e instanceof Error) out.err(e.stack ?? '');
    return 1;
  }
}

type Values = Record<string, string | boolean | undefined>;
const text = (v: Values, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);

async function run(command: Exclude<Command, 'help'>, params: string[], values: Values, out: Out): Promise<number> {
  switch (command) {
    case 'check':
      return runCheck(foldersOrData(params, command), out);
    case 'build': {
      const [doc, ...folders] = params;
      if (!doc) throw new UsageError(`sebutkan dokumennya: ${DOKUMEN.join(', ')}, rekap, atau all`, command);
      const chosen = oneOf('dokumen', doc, [...DOKUMEN, 'rekap', 'all'] as const, command);
      const shard = parseShard(text(values, 'shard'), command);
      if (chosen === 'rekap') {
        if (shard) throw new UsageError('rekap membandingkan semua instansi dalam satu dokumen: --shard tidak dipakai untuk rekap', command);
        if (text(values, 'jabatan') !== undefined || values['final'] === true) throw new UsageError('rekap tidak menerima --jabatan atau --final', command);
        const { runRekap } = await import('./build.ts');
        return await runRekap(rekapFolders(folders, command), { tahun: parseTahun(text(values, 'tahun'), command), outDir: text(values, 'out') ?? 'out', html: values['html'] === true, quiet: values['quiet'] === true, json: values['json'] === true }, out);
      }
      const docs = chosen === 'all' ? [...DOKUMEN] : [chosen];
      const tahun = parseTahun(text(values, 'tahun'), command);
      const jabatan = text(values, 'jabatan');
      if (jabatan !== undefined && chosen !== 'pk') throw new UsageError(`--jabatan memilih perjanjian kinerja satu jabatan: tulis kinerja build pk --jabatan ${jabatan}`, command);
      const all = foldersOrData(folders, command);
      const chosenFolders = shard ? pilihShard(all, shard) : all;
      if (shard && !chosenFolders.length) {
        if (values['json'] === true) out.log(JSON.stringify({ shard: `${shard.ke}/${shard.dari}`, tertulis: [], gagal: [], ms: 0 }, null, 2));
        else if (values['quiet'] !== true) out.err(`${namaShard(shard)}: tidak ada instansi (${all.length} instansi dibagi ${shard.dari}); tidak ada yang dicetak`);
        return 0;
      }
      return await runBuild(docs, chosenFolders, { shard, jumlahInstansi: all.length, tahun, outDir: text(values, 'out') ?? 'out', html: values['html'] === true, semua: folders.length === 0, quiet: values['quiet'] === true, json: values['json'] === true, final: values['final'] === true, jabatan }, out);
    }
    case 'diff': {
      const format = oneOf('format', text(values, 'format') ?? 'markdown', ['markdown', 'json'] as const, command);
      if (params.length > 2) throw new UsageError('diff menerima paling banyak dua revisi git: kinerja diff [rev-a] [rev-b]', command);
      return runDiff(params, format, text(values, 'data') ?? 'data', out);
    }
    case 'init': {
      if (params.length > 1) throw new UsageError(`init membuat satu folder; tertulis ${params.length}: ${params.join(' ')}`, command);
      const tolak = !params.length && !values['repositori'] ? alasanTolak(undefined) : undefined;
      if (tolak) throw new UsageError(tolak, command);
      parseTahun(text(values, 'tahun'), command);
      const flags = Object.fromEntries(Object.keys(COMMANDS.init).map((k) => [k, text(values, k)]));
      return await runInit(params[0], { ...flags, ya: values['ya'] ? '1' : undefined, repositori: values['repositori'] ? '1' : undefined }, out);
    }
    case 'watch':
      return await watch(params, values, out);
    case 'doctor':
      return await runDoctor(values['install'] === true, out);
    case 'blok':
      return runBlok(params, values['markdown'] === true, out);
    case 'impor': {
      const [berkas, ...rest] = params;
      if (!berkas) throw new UsageError('sebutkan berkas ekspornya: kinerja impor realisasi.xlsx data/nama-instansi', command);
      if (rest.length > 1) throw new UsageError(`impor mengisi satu folder instansi; tertulis ${rest.length}`, command);
      const folders = rest.length ? rest : instansiFolders([]);
      if (folders.length !== 1) throw new UsageError('sebutkan folder instansinya: kinerja impor realisasi.xlsx data/nama-instansi', command);
      const { runImpor } = await import('./impor.ts');
      return await runImpor({ berkas, folder: folders[0]!, tahun: parseTahun(text(values, 'tahun'), command), peta: text(values, 'peta'), lembar: text(values, 'lembar'), periksa: values['periksa'] === true }, out);
    }
    case 'ekspor': {
      const [doc, ...folders] = params;
      const bisa = ['lkjip', 'pk', 'rencana-aksi', 'rkt'] as const;
      if (!doc) throw new UsageError(`sebutkan dokumennya: ${bisa.join(', ')}`, command);
      const dokumen = oneOf('dokumen', doc, bisa, command);
      const { runEkspor } = await import('./ekspor.ts');
      return await runEkspor(dokumen, foldersOrData(folders, command), { tahun: parseTahun(text(values, 'tahun'), command), outDir: text(values, 'out') ?? 'out' }, out);
    }
  }
}

/** The folders named, or every instansi under data/ — and a usage error when there is none. */
function foldersOrData(params: string[], command: Command): string[] {
  const folders = instansiFolders(params);
  if (!folders.length) throw new UsageError('tidak ada folder instansi: jalankan dari akar repositori (yang berisi data/) atau sebutkan foldernya', command);
  return folders;
}

/**
 * The agencies a rekap compares: each folder named that is an agency (has instansi.yaml), and the
 * agencies under each other folder named (a data folder); without a folder, those under data/.
 */
function rekapFolders(params: string[], command: Command): string[] {
  const roots = params.length ? params : ['data'];
  const folders: string[] = [];
  for (const root of roots) {
    if (existsSync(join(root, 'instansi.yaml'))) folders.push(root);
    else if (existsSync(root) && statSync(root).isDirectory()) folders.push(...agenciesUnder(root));
    else throw new UsageError(`folder ${root} tidak ada: sebutkan folder data (berisi folder instansi), misalnya kinerja build rekap data`, command);
  }
  if (!folders.length) throw new UsageError(`tidak ada folder instansi (berisi instansi.yaml) di ${roots.join(', ')}`, command);
  return folders;
}

async function watch(params: string[], values: Values, out: Out): Promise<number> {
  const dokumen = oneOf('dokumen', text(values, 'dokumen') ?? 'lkjip', DOKUMEN, 'watch');
  const { startWatch, parsePort } = await import('../watch/index.ts');
  let port: number | undefined;
  try {
    // `--port abc`, `--port 0x10`: an error, never NaN nor a silent default.
    port = values['port'] === undefined ? undefined : parsePort(text(values, 'port'));
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e), 'watch');
  }
  if (params.length > 1) throw new UsageError(`watch memantau satu folder; tertulis ${params.length}`, 'watch');
  const folder = params[0] ?? foldersOrData([], 'watch')[0]!;
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
