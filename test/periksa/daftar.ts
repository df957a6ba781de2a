// Every check's code and message, read from the source (issue 14, deliverable 6): each
// `diags.error('kode', message …)` / `diags.warn(…)` and each `{ code: 'kode', message: … }`,
// the message's `${…}` shown as "…". The README's list between its markers is this list; a
// test keeps them in step, and `node --import tsx test/periksa/daftar.ts` rewrites it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Periksa {
  kode: string;
  tingkat: 'galat' | 'peringatan' | '';
  pesan: string;
}

/** The string literal at `s[i]` (quoted or a template), `${…}` as "…"; undefined if none is there. */
function literal(s: string, i: number): string | undefined {
  const q = s[i];
  if (q !== "'" && q !== '"' && q !== '`') return undefined;
  let out = '';
  for (let j = i + 1; j < s.length; j++) {
    const c = s[j]!;
    if (c === '\\') {
      out += s[j + 1] === 'n' ? ' ' : s[j + 1];
      j++;
    } else if (c === q) return out;
    else if (q === '`' && c === '$' && s[j + 1] === '{') {
      let depth = 0;
      for (j++; j < s.length; j++) {
        if (s[j] === '{') depth++;
        else if (s[j] === '}' && --depth === 0) break;
        else if (s[j] === '`') for (j++; j < s.length && s[j] !== '`'; j++) if (s[j] === '\\') j++;
      }
      out += '…';
    } else out += c;
  }
  return undefined;
}

export function daftarPeriksa(root = join(import.meta.dirname, '..', '..', 'src')): Periksa[] {
  const seen = new Map<string, Periksa>();
  const files = readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) {
    const s = readFileSync(join(root, f), 'utf8');
    const found: { kode: string; tingkat: Periksa['tingkat']; at: number }[] = [];
    for (const m of s.matchAll(/\.(error|warn)\(\s*'([a-z]+\/[a-z0-9-]+)',\s*/g)) found.push({ kode: m[2]!, tingkat: m[1] === 'error' ? 'galat' : 'peringatan', at: m.index + m[0].length });
    for (const m of s.matchAll(/\bcode:\s*'([a-z]+\/[a-z0-9-]+)',\s*message:\s*/g)) found.push({ kode: m[1]!, tingkat: '', at: m.index + m[0].length });
    for (const x of found) {
      const pesan = (literal(s, x.at) ?? '(pesan disusun di sumber)').replace(/\s+/g, ' ').trim();
      const key = `${x.kode}\u0000${pesan}`;
      if (!seen.has(key)) seen.set(key, { kode: x.kode, tingkat: x.tingkat, pesan });
    }
  }
  return [...seen.values()].sort((a, b) => a.kode.localeCompare(b.kode) || a.pesan.localeCompare(b.pesan));
}

export const AWAL = '<!-- daftar-periksa: awal (node --import tsx test/periksa/daftar.ts) -->';
export const AKHIR = '<!-- daftar-periksa: akhir -->';

const sel = (s: string) => s.replace(/\|/g, '\\|');

export function tabelPeriksa(list = daftarPeriksa()): string {
  const rows = list.map((p) => `| \`${p.kode}\` | ${p.tingkat || '—'} | ${sel(p.pesan)} |`);
  return [AWAL, '', '| kode | tingkat | pesan (… = diisi dari data) |', '| --- | --- | --- |', ...rows, '', AKHIR].join('\n');
}

/** README with its list replaced by the one the source holds now. */
export function readmeBaru(readme: string): string {
  const a = readme.indexOf(AWAL);
  const b = readme.indexOf(AKHIR);
  if (a < 0 || b < a) throw new Error(`README tidak memuat penanda ${AWAL}`);
  return readme.slice(0, a) + tabelPeriksa() + readme.slice(b + AKHIR.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = join(import.meta.dirname, '..', '..', 'README.md');
  writeFileSync(path, readmeBaru(readFileSync(path, 'utf8')));
}
