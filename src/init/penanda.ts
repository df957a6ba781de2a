// The mark of what `kinerja init` wrote for the author to replace: `[[isi: …]]`. It stands in a
// narrative sentence ("[[isi: tulis pengantar laporan …]]") and in a YAML comment above example
// data ("# [[isi: contoh — ganti dengan sasaran Renstra instansi, lalu hapus baris ini]]").
// `check` (and every build and preview) warns at each one, file:line:col, until it is gone:
// sample text is never printed silently. The mark is the same in every file, easy to search.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Diagnostics } from '../diagnostics/index.ts';

export const PENANDA = /\[\[isi(?::\s*([^\]\n]*))?\]\]/g;

/** `[[isi: <teks>]]`: what the scaffold writes where the author must write their own. */
export const isi = (teks: string): string => `[[isi: ${teks}]]`;

const BERKAS = new Set(['.yaml', '.yml', '.md']);
const LEWATI = new Set(['.git', 'node_modules', 'out']);
/** Data files are small; a larger file is not one the scaffold wrote. */
const BATAS = 2 * 1024 * 1024;
const BATAS_BERKAS = 2000;

function berkasData(root: string): string[] {
  const found: string[] = [];
  const queue = [root];
  while (queue.length && found.length < BATAS_BERKAS) {
    const dir = queue.shift()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // gone or unreadable: the loader reports what it needs
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.') || LEWATI.has(e.name)) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) queue.push(path);
      else if (e.isFile() && BERKAS.has(extname(e.name).toLowerCase())) found.push(path);
    }
  }
  return found;
}

/** What to do with the mark where it stands. */
function saran(path: string, line: string): string {
  if (extname(path).toLowerCase() === '.md') return 'ganti penanda [[isi: …]] dengan tulisan instansi sendiri';
  if (/^\s*#/.test(line)) return 'sesuaikan data di bawah komentar ini dengan data instansi, lalu hapus baris komentarnya';
  return 'tulis nilai yang sebenarnya sebagai ganti penanda [[isi: …]]';
}

/** A warning at every `[[isi: …]]` in the instansi's YAML and Markdown files. */
export function checkPenanda(folder: string, diags: Diagnostics): void {
  for (const path of berkasData(folder)) {
    let text: string;
    try {
      if (statSync(path).size > BATAS) continue;
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    if (!text.includes('[[isi')) continue;
    const file = relative(process.cwd(), path) || path;
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(PENANDA)) {
        const what = m[1]?.trim();
        diags.warn(
          'isian/penanda',
          `isian contoh belum diganti${what ? `: ${what}` : ''}`,
          { file, line: i + 1, col: m.index! + 1 },
          saran(path, line),
        );
      }
    });
  }
}
