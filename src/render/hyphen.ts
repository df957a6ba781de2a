// Indonesian hyphenation (issue 13). Chromium here has no hyphenation dictionary at all
// (`hyphens: auto` breaks no word, in any language), so a narrow cell broke a long word letter by
// letter ("diselenggaraka|n") and justified text had wide gaps. Soft hyphens are put into the
// printed text instead, from the Indonesian Liang patterns of the `hyphen` package: the browser
// breaks there, with a visible hyphen, only when a line needs it.
import { createRequire } from 'node:module';

type Hyphenate = (text: string, options?: { hyphenChar?: string; minWordLength?: number; exceptions?: string[] }) => string;
const { hyphenateSync } = createRequire(import.meta.url)('hyphen/id') as { hyphenateSync: Hyphenate };

/** Words the patterns split where Indonesian does not (KBBI syllables). */
const PENGECUALIAN = ['per-tang-gung-ja-wab-an', 'ber-tang-gung-ja-wab', 'tang-gung-ja-wab', 'se-kre-ta-ri-at', 'ke-se-kre-ta-ri-at-an', 'pe-ngen-da-li-an', 'pe-ngem-bang-an', 'pe-nge-lo-la-an', 'pe-nga-was-an', 'pe-ngu-kur-an', 'pe-nga-da-an'];
const SHY = '\u00ad';

/** Only words this long are broken: a short word moves to the next line whole. */
export const KATA_MIN = 8;
const cache = new Map<string, string>();

/** One word with a soft hyphen at each place Indonesian may break it (none within 3 letters of its ends). */
export function suku(word: string): string {
  let out = cache.get(word);
  if (out === undefined) {
    const lower = word.toLowerCase();
    const parts = hyphenateSync(lower, { hyphenChar: SHY, minWordLength: KATA_MIN, exceptions: PENGECUALIAN }).split(SHY);
    // Back to the word's own letters, and no piece shorter than three letters at either end.
    while (parts.length > 1 && parts[0]!.length < 3) parts.splice(0, 2, parts[0]! + parts[1]!);
    while (parts.length > 1 && parts.at(-1)!.length < 3) parts.splice(-2, 2, parts.at(-2)! + parts.at(-1)!);
    let at = 0;
    out = parts.map((p) => word.slice(at, (at += p.length))).join(SHY);
    cache.set(word, out);
  }
  return out;
}

// Runs of letters only: never a figure or an entity (&amp;); an acronym is shorter than KATA_MIN.
const KATA = new RegExp(`(?<![&#\\p{L}\\d])\\p{L}{${KATA_MIN},}(?![\\p{L}\\d;])`, 'gu');

/** A slash between words ("Bulanan/Triwulanan/Semesteran"): a line may break after it, not inside a word. */
const GARIS_MIRING = /(?<=\p{L})\/(?=\p{L})/gu;

/**
 * Soft hyphens in a text's long words (text between tags: entities are left whole); `miring`: also
 * a break after a slash between words, for a table whose columns are fixed (an automatic-layout
 * table would only narrow the column and grow taller).
 */
export function sisipTandaHubung(text: string, miring = false): string {
  const out = text.replace(KATA, suku);
  return miring ? out.replace(GARIS_MIRING, '/<wbr>') : out;
}
