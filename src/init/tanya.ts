// The questions of `kinerja init` on a terminal, asked with @inquirer/input: the line is edited
// as in any prompt (arrows, Tab takes the default), each answer is checked when Enter is
// pressed and, when it cannot be right, the reason is shown under it and the same question stays
// open with what was typed, ready to be corrected (the answers before it are kept); Enter takes
// the default in brackets; Ctrl-C or Ctrl-D ends the questions cleanly (`Dibatalkan`), before
// anything is written.
import { emitKeypressEvents } from 'node:readline';
import { Writable, type Readable } from 'node:stream';
import input from '@inquirer/input';
import { warnaAktif } from '../cli/warna.ts';
import { KinerjaError } from '../diagnostics/index.ts';
import { terminalText } from '../escape/terminal.ts';

/** The author ended the questions (Ctrl-C, Ctrl-D): nothing was written; exit 130. */
export class Dibatalkan extends Error {
  constructor() {
    super('init dibatalkan; tidak ada berkas yang ditulis');
    this.name = 'Dibatalkan';
  }
}

/** An answer as it will be written, or why it cannot be. */
export type Periksa = (jawaban: string, sebelumnya: Record<string, string>) => { nilai: string } | { salah: string };

export interface Pertanyaan {
  kunci: string;
  label: string;
  /** Shown in brackets and taken on Enter; from the answers before it. '' lets it be left empty. */
  bawaan?: (sebelumnya: Record<string, string>) => string;
  periksa?: Periksa;
}

export interface Terminal {
  input: Readable;
  output: NodeJS.WritableStream & { columns?: number; isTTY?: boolean };
  /** Whether the input is a terminal. The prompt reads keys either way (tests type them into a stream). */
  terminal?: boolean;
}

/**
 * What the prompt writes goes to the terminal through this: the library ends its output stream
 * after each question, and the terminal must stay open for the next one (and for the summary).
 * It reports the terminal's width, so that long messages wrap where the terminal does.
 */
function penerus(out: Terminal['output']): Writable {
  const w = new Writable({
    write(chunk, _enc, done) {
      out.write(chunk, done);
    },
  });
  Object.defineProperty(w, 'columns', { get: () => out.columns });
  return w;
}

const SGR = (on: number, off: number, aktif: boolean) => (t: string) => (aktif ? `\x1b[${on}m${t}\x1b[${off}m` : t);

/** The prompt's look: colour only where the project's rules allow it (src/cli/warna.ts). */
function tema(out: Terminal['output']) {
  const aktif = warnaAktif(out);
  return {
    prefix: { idle: SGR(34, 39, aktif)('?'), done: SGR(32, 39, aktif)('✔') },
    style: {
      message: SGR(1, 22, aktif),
      answer: SGR(36, 39, aktif),
      defaultAnswer: (t: string) => SGR(2, 22, aktif)(`[${terminalText(t)}]`),
      // What was typed can hold control characters: shown escaped, never obeyed.
      error: (t: string) => SGR(31, 39, aktif)(`  ${terminalText(t)}`),
    },
  };
}

function cek(p: Pertanyaan, jawaban: string, sebelumnya: Record<string, string>): { nilai: string } | { salah: string } {
  return p.periksa ? p.periksa(jawaban.trim(), sebelumnya) : { nilai: jawaban.trim() };
}

/** One question, asked until its answer passes; rejects with Dibatalkan on Ctrl-C or Ctrl-D. */
async function tanyaSatu(p: Pertanyaan, hasil: Record<string, string>, io: Terminal, batal: AbortSignal): Promise<string> {
  const bawaan = p.bawaan?.(hasil) || undefined;
  const gaya = tema(io.output);
  try {
    const raw = await input(
      {
        message: p.label,
        default: bawaan,
        theme: gaya,
        // Once taken, the answer is shown as it will be written (a NIP without its spaces, IV/c).
        transformer: (v, { isFinal }) => {
          const r = isFinal ? cek(p, v, hasil) : undefined;
          return r && 'nilai' in r ? gaya.style.answer(terminalText(r.nilai)) : terminalText(v);
        },
        validate: (v) => {
          const r = cek(p, v, hasil);
          return 'salah' in r ? r.salah : true;
        },
      },
      { input: io.input, output: penerus(io.output), signal: batal },
    );
    const r = cek(p, raw, hasil);
    if ('salah' in r) throw new Error(`jawaban lolos periksa lalu ditolak: ${r.salah}`); // validate said true
    return r.nilai;
  } catch (e) {
    if (batal.aborted || (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError'))) throw new Dibatalkan();
    throw e;
  }
}

/**
 * Asks each question whose key `diberikan` lacks (or takes its default when `io` is undefined:
 * no terminal, or --ya); a given value is checked the same way, and a bad one is an error naming
 * the flag. Resolves to every answer, checked.
 */
export async function tanyakan(daftar: Pertanyaan[], diberikan: Record<string, string | undefined>, io: Terminal | undefined): Promise<Record<string, string>> {
  const hasil: Record<string, string> = {};
  const tanpaTanya = (p: Pertanyaan) => {
    const given = diberikan[p.kunci] ?? p.bawaan?.(hasil) ?? '';
    const r = cek(p, given, hasil);
    if ('salah' in r) throw new KinerjaError(`${diberikan[p.kunci] === undefined ? p.label : `--${p.kunci}`} tidak sah: ${r.salah}`);
    return r.nilai;
  };
  if (!io) {
    for (const p of daftar) hasil[p.kunci] = tanpaTanya(p);
    return hasil;
  }
  // Ctrl-C reaches the prompt as a key (the library ends the question); Ctrl-D and the end of
  // the input are watched here, for the library would wait on a closed line for ever.
  const batal = new AbortController();
  emitKeypressEvents(io.input);
  const kunciD = (_: string, key?: { ctrl?: boolean; name?: string }) => key?.ctrl && key.name === 'd' && batal.abort();
  const habis = () => batal.abort();
  io.input.on('keypress', kunciD);
  io.input.once('end', habis);
  try {
    for (const p of daftar) {
      if (diberikan[p.kunci] !== undefined) hasil[p.kunci] = tanpaTanya(p);
      else hasil[p.kunci] = await tanyaSatu(p, hasil, io, batal.signal);
    }
  } finally {
    io.input.off('keypress', kunciD);
    io.input.off('end', habis);
  }
  return hasil;
}
