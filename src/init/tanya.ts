// The questions of `kinerja init` on a terminal, with node:readline: each answer is checked as
// soon as it is typed and, when it cannot be right, the same question is asked again with why
// (the answers before it are kept); Enter takes the default in brackets; Ctrl-C or Ctrl-D ends
// the questions cleanly (`Dibatalkan`), before anything is written.
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { KinerjaError } from '../diagnostics/index.ts';

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
  output: Writable;
  /** Whether the input is a terminal (keys, Ctrl-C as a key); false for a pipe in tests. */
  terminal?: boolean;
}

/**
 * Asks each question whose key `diberikan` lacks (or takes its default when `io` is undefined:
 * no terminal, or --ya); a given value is checked the same way, and a bad one is an error naming
 * the flag. Resolves to every answer, checked.
 */
export async function tanyakan(daftar: Pertanyaan[], diberikan: Record<string, string | undefined>, io: Terminal | undefined): Promise<Record<string, string>> {
  if (!io) {
    const hasil: Record<string, string> = {};
    for (const p of daftar) {
      const given = diberikan[p.kunci] ?? p.bawaan?.(hasil) ?? '';
      const r = p.periksa ? p.periksa(given.trim(), hasil) : { nilai: given.trim() };
      if ('salah' in r) throw new KinerjaError(`${diberikan[p.kunci] === undefined ? p.label : `--${p.kunci}`} tidak sah: ${r.salah}`);
      hasil[p.kunci] = r.nilai;
    }
    return hasil;
  }
  const rl = createInterface({ input: io.input, output: io.output, terminal: io.terminal ?? false });
  const batal = new AbortController();
  // Ctrl-C on a terminal reaches readline as a key, not as a signal to the process.
  rl.on('SIGINT', () => batal.abort());
  // Ctrl-D, or the end of piped input, before the last answer.
  rl.on('close', () => batal.abort());
  const hasil: Record<string, string> = {};
  try {
    for (const p of daftar) {
      const given = diberikan[p.kunci];
      if (given !== undefined) {
        const r = p.periksa ? p.periksa(given.trim(), hasil) : { nilai: given.trim() };
        if ('salah' in r) throw new KinerjaError(`--${p.kunci} tidak sah: ${r.salah}`);
        hasil[p.kunci] = r.nilai;
        continue;
      }
      const bawaan = p.bawaan?.(hasil);
      for (;;) {
        let raw: string;
        try {
          raw = await rl.question(`${p.label}${bawaan ? ` [${bawaan}]` : ''}: `, { signal: batal.signal });
        } catch (e) {
          if (batal.signal.aborted) throw new Dibatalkan();
          throw e;
        }
        const typed = raw.trim() || bawaan || '';
        const r = p.periksa ? p.periksa(typed, hasil) : { nilai: typed };
        if ('nilai' in r) {
          hasil[p.kunci] = r.nilai;
          break;
        }
        io.output.write(`  ${r.salah}\n`);
      }
    }
  } finally {
    rl.removeAllListeners('close');
    rl.close();
  }
  return hasil;
}
