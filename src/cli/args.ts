// The command line, parsed by node:util's parseArgs in strict mode: each command has its own
// options; an unknown command, document or option gets "maksud Anda …?"; a value that cannot be
// right is said at once. A usage mistake exits 2 (data errors exit 1), with the command's help.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from '../util/suggest.ts';

/** A mistake in how the tool was called (exit 2), not in the data. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help to show after the message. */
    readonly command?: Command,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = { help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } };

/** Each command's own options, besides --help and --debug. */
export const COMMANDS = {
  check: {},
  build: { tahun: { type: 'string' }, out: { type: 'string' }, html: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' }, json: { type: 'boolean' }, final: { type: 'boolean' }, jabatan: { type: 'string' }, shard: { type: 'string' } },
  diff: { format: { type: 'string' }, data: { type: 'string' } },
  init: {
    nama: { type: 'string' },
    pemda: { type: 'string' },
    tempat: { type: 'string' },
    tahun: { type: 'string' },
    kepala: { type: 'string' },
    jabatan: { type: 'string' },
    'gelar-depan': { type: 'string' },
    'gelar-belakang': { type: 'string' },
    pangkat: { type: 'string' },
    golongan: { type: 'string' },
    nip: { type: 'string' },
    atasan: { type: 'string' },
    'jabatan-atasan': { type: 'string' },
    ya: { type: 'boolean' },
    repositori: { type: 'boolean' },
    instansi: { type: 'string' },
  },
  watch: { dokumen: { type: 'string' }, port: { type: 'string' } },
  doctor: { install: { type: 'boolean' } },
  blok: { markdown: { type: 'boolean' } },
  impor: { tahun: { type: 'string' }, peta: { type: 'string' }, lembar: { type: 'string' }, periksa: { type: 'boolean' } },
  ekspor: { tahun: { type: 'string' }, out: { type: 'string' } },
  help: {},
} satisfies Record<string, Options>;

export type Command = keyof typeof COMMANDS;

export interface Parsed {
  command?: Command;
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  help: boolean;
  version: boolean;
  debug: boolean;
}

/** The value of `--name` as given, or why it cannot be read. */
function parseErrorMessage(e: { code?: string; message: string }, command: Command, options: Options): string {
  const name = /'(-{1,2}[^' <]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const known = Object.keys(options).map((o) => `--${o}`);
    const near = closest(name.split('=')[0]!, known);
    return `pilihan \`${name}\` tidak dikenal untuk \`kinerja ${command}\`${near ? `; maksud Anda \`${near}\`?` : ''}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // A value-taking option with nothing after it (or another option after it), or a switch given a value.
    const option = options[name.replace(/^-+/, '')];
    if (option?.type === 'string') return name === '--port' ? '--port perlu nomor port: tulis bilangan bulat 1–65535, misalnya --port 4321' : `${name} perlu nilai, misalnya ${name} ${EXAMPLE[name] ?? '…'}`;
    return `${name} tidak menerima nilai`;
  }
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `argumen tidak terduga: ${e.message}`;
  return e.message;
}

const EXAMPLE: Record<string, string> = { '--tahun': '2024', '--out': 'out', '--format': 'json', '--data': 'data', '--dokumen': 'lkjip', '--peta': 'peta-impor.yaml', '--lembar': 'Realisasi', '--shard': '1/3' };

export function parseCommandLine(argv: string[]): Parsed {
  const first = argv[0];
  // `kinerja --help`, `-h`, `help`, `--version`, and nothing at all.
  if (first === undefined || first === '--help' || first === '-h') return { positionals: [], values: {}, help: true, version: false, debug: false };
  if (first === '--version' || first === '-v') return { positionals: [], values: {}, help: false, version: true, debug: false };
  if (first.startsWith('-')) throw new UsageError(`tulis perintahnya dahulu, lalu pilihannya: kinerja <perintah> ${first} …`);
  if (!(first in COMMANDS)) {
    const near = closest(first, Object.keys(COMMANDS));
    throw new UsageError(`perintah \`${first}\` tidak dikenal${near ? `; maksud Anda \`${near}\`?` : ''}`);
  }
  const command = first as Command;
  const options: Options = { ...COMMON, ...COMMANDS[command] };
  let parsed;
  try {
    parsed = parseArgs({ args: negativeValues(argv.slice(1), options), options, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError(parseErrorMessage(e as { code?: string; message: string }, command, options), command);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (command === 'help') return { command: parsed.positionals[0] as Command | undefined, positionals: [], values: {}, help: true, version: false, debug: false };
  return { command, positionals: parsed.positionals, values, help: values['help'] === true, version: false, debug: values['debug'] === true };
}

/**
 * `--port -1` as `--port=-1`: parseArgs takes a value starting with a dash for another option,
 * and the message would then miss what was written; the value's own check says it is wrong.
 */
function negativeValues(args: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!.startsWith('--') ? args[i]!.slice(2) : undefined;
    if (name && options[name]?.type === 'string' && /^-[\d.]/.test(args[i + 1] ?? '')) out.push(`${args[i]}=${args[++i]}`);
    else out.push(args[i]!);
  }
  return out;
}

/** `--tahun` as a year, or a usage error. */
export function parseTahun(text: string | undefined, command: Command): number | undefined {
  if (text === undefined) return undefined;
  if (!/^(19|20)\d{2}$/.test(text)) throw new UsageError(`--tahun tidak sah: tertulis ${JSON.stringify(text.slice(0, 20))}; tulis tahun empat angka, misalnya --tahun 2024`, command);
  return Number(text);
}

/** A value that must be one of `allowed`, or a usage error with the nearest. */
export function oneOf<T extends string>(what: string, text: string, allowed: readonly T[], command: Command): T {
  if ((allowed as readonly string[]).includes(text)) return text as T;
  const near = closest(text, allowed);
  throw new UsageError(`${what} \`${text}\` tidak dikenal${near ? `; maksud Anda \`${near}\`?` : ''} (pilihan: ${allowed.join(', ')})`, command);
}
