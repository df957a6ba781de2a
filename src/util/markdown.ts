// The one Markdown reader of the project, for the narrative: raw HTML off, no autolinks, no
// typographic replacements, and nesting bounded (markdown-it's default of 100 lets 10,000 nested
// `>` or `[` through as 100 levels of markup; 20 is CommonMark's preset, above what load accepts
// — src/load/narasi-depth.ts — and keeps a hostile chapter fast and flat). An image is printed
// as its text: nothing is ever fetched for a narrative (validate says so at its line).
import MarkdownIt, { type Options } from 'markdown-it';
import { tabelNarasi } from './markdown-tabel.ts';

// (The typings lack the option markdown-it reads.)
const OPTIONS: Options & { maxNesting: number } = { html: false, linkify: false, typographer: false, maxNesting: 20 };

export function markdown(): MarkdownIt {
  const md = new MarkdownIt(OPTIONS);
  md.renderer.rules.image = (tokens, idx) => md.utils.escapeHtml(tokens[idx]!.content);
  md.use(tabelNarasi);
  return md;
}
