// A copy of the example agency with edits applied, checked; the diagnostics of the cascade, and
// where a line of the edited file is (to say the exact line:col an error must point at).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Diagnostics, type Diagnostic } from '../../src/diagnostics/index.ts';
import { loadInstansi } from '../../src/load/index.ts';
import { validate } from '../../src/validate/index.ts';

export const CONTOH = 'data/diskominfo-contoh';

export interface Ubah {
  file: string;
  ganti: [string, string];
}

export interface Hasil {
  dir: string;
  /** The diagnostics of the cascade (codes `jabatan/…`, and NIPs). */
  list: Diagnostic[];
  /** `file:line:col` of the first line of `file` containing `line`, at the column where `at` (default: `line`) starts in it. */
  di(file: string, line: string, at?: string): string;
}

export function periksa(ubah: Ubah[]): Hasil {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-jabatan-'));
  cpSync(CONTOH, dir, { recursive: true });
  for (const u of ubah) {
    const path = join(dir, u.file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(u.ganti[0])) throw new Error(`"${u.ganti[0]}" tidak ada di ${u.file}`);
    writeFileSync(path, text.replace(u.ganti[0], u.ganti[1]));
  }
  const diags = new Diagnostics();
  validate(loadInstansi(dir, diags), diags);
  rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
  const texts = new Map<string, string>();
  for (const u of ubah) texts.set(u.file, (texts.get(u.file) ?? readFileSync(join(CONTOH, u.file), 'utf8')).replace(u.ganti[0], u.ganti[1]));
  return {
    dir,
    list: diags.list.filter((d) => d.code.startsWith('jabatan/') || d.code.startsWith('aturan/nip')),
    di(file, text, at) {
      const src = texts.get(file) ?? readFileSync(join(CONTOH, file), 'utf8');
      const lines = src.split('\n');
      const n = lines.findIndex((l) => l.includes(text));
      if (n < 0) throw new Error(`"${text}" tidak ada di ${file}`);
      return `${relative(process.cwd(), join(dir, file))}:${n + 1}:${lines[n]!.indexOf(at ?? text, lines[n]!.indexOf(text)) + 1}`;
    },
  };
}

export const tempat = (d: Diagnostic | undefined) => (d?.at ? `${d.at.file}:${d.at.line}:${d.at.col}` : undefined);
