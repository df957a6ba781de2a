// Two PDFs that should be the same bytes. When they are not, the failure says where they part
// (page count, the first page whose text differs, the fonts) and keeps both files, so that a
// difference seen once on a busy CI machine can be read afterwards instead of guessed at.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fonts, readPdf } from './pdf-text.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Empty when `a` and `b` are the same bytes; else what differs, in words, and where both were kept. */
export async function bedaPdf(a: Uint8Array, b: Uint8Array): Promise<string> {
  if (sha(a) === sha(b)) return '';
  const keep = mkdtempSync(join(process.env.KINERJA_BEDA_DIR ?? tmpdir(), 'kinerja-beda-'));
  writeFileSync(join(keep, 'a.pdf'), a);
  writeFileSync(join(keep, 'b.pdf'), b);
  const [ta, tb] = await Promise.all([readPdf(a), readPdf(b)]);
  const said = [`${sha(a).slice(0, 12)} ≠ ${sha(b).slice(0, 12)} (${a.length} / ${b.length} bytes; kept in ${keep})`];
  if (ta.pages.length !== tb.pages.length) said.push(`pages ${ta.pages.length} / ${tb.pages.length}`);
  const p = ta.pages.findIndex((t, i) => t !== tb.pages[i]);
  if (p >= 0) said.push(`page ${p + 1} differs:\n--- a\n${ta.pages[p]!.slice(0, 600)}\n--- b\n${(tb.pages[p] ?? '').slice(0, 600)}`);
  else said.push('every page has the same text');
  const [fa, fb] = await Promise.all([fonts(a), fonts(b)]);
  const names = (f: { name: string }[]) => f.map((x) => x.name).sort().join(', ');
  if (names(fa) !== names(fb)) said.push(`fonts: ${names(fa)} / ${names(fb)}`);
  return said.join('\n');
}
