// Heading numbers from the outline's patterns: `{I}` Roman, `{1}` Arabic, `{A}` capital letter,
// `{a}` small letter. The last mark of a pattern is the heading's own counter, the marks before
// it its ancestors' (nearest last): `{A}.{1}` under section B gives B.1, B.2, …
import { romawi } from '../../format/index.ts';

const MARK = /\{(I|1|A|a)\}/g;

function tulis(jenis: string, n: number): string {
  switch (jenis) {
    case 'I':
      return romawi(n);
    case 'A':
      return huruf(n);
    case 'a':
      return huruf(n).toLowerCase();
    default:
      return String(n);
  }
}

/** A, B, …, Z, AA, AB, … */
function huruf(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * `counters`: from the outermost numbered ancestor to the heading itself. `{bab}` is the
 * chapter's number in Arabic figures (`{bab}.{1}` gives 1.1, 1.2 in Bab I), none in the lampiran.
 */
export function nomori(pola: string, counters: readonly number[], bab?: number): string {
  const marks = pola.match(MARK) ?? [];
  let i = counters.length - marks.length;
  return pola.replace(MARK, (_m, jenis: string) => tulis(jenis, counters[i++] ?? 0)).replace(/\{bab\}\.?/g, (m) => (bab ? m.replace('{bab}', String(bab)) : ''));
}

/** The pattern of a heading at `tingkat` (2 the sections under a chapter); the lampiran's own at its first level. */
export function polaTingkat(p: { bagian: readonly string[]; lampiran: string }, tingkat: number, lampiran: boolean): string {
  return lampiran && tingkat === 2 ? p.lampiran : p.bagian[Math.min(tingkat, 4) - 2]!;
}

const KECIL = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'atas', 'dengan', 'untuk', 'yang', 'pada', 'terhadap', 'dalam', 'serta', 'per', 'oleh', 'bagi', 'tentang']);
const ROMAWI = /^[IVXLCDM]+$/;

/** "BAB II PERENCANAAN DAN PERJANJIAN KINERJA" → "Bab II Perencanaan dan Perjanjian Kinerja" (a running head). */
export function judulKalimat(s: string): string {
  return s
    .split(/\s+/)
    .map((w, i) => {
      if (ROMAWI.test(w) && i > 0) return w;
      const lower = w.toLocaleLowerCase('id-ID');
      if (i > 0 && KECIL.has(lower)) return lower;
      // An acronym typed in a title-case heading (SAKIP, LKjIP) stays as typed.
      if (w !== w.toLocaleUpperCase('id-ID')) return w;
      return lower.charAt(0).toLocaleUpperCase('id-ID') + lower.slice(1);
    })
    .join(' ');
}
