// The one syntax of a narrative table, read the same way by validate and render:
//
//   Tabel: Jumlah Pegawai menurut Golongan      ← its caption (a paragraph directly before)
//
//   | Golongan | Jumlah |
//   |---|--:|
//   | III | 12 |
//
//   Sumber: data kepegawaian 2024               ← its source line (a paragraph after a blank line)
//
// The `Tabel:` paragraph leaves the flow and rides on the table's token (`meta.judul`, the
// Markdown after "Tabel:"); the `Sumber:` paragraph stays and is printed like the templates'
// `.sumber` lines. The number comes at render time, from the document's own table counter.
import type MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];

export interface TabelMeta {
  /** The caption's Markdown, without "Tabel:"; absent when the author wrote none. */
  judul?: string;
}

const TABEL = /^Tabel\s*:\s*/i;
const SUMBER = /^Sumber\s*:/i;

/** A paragraph's three tokens starting at `i` whose text matches `re`, if they are there. */
function paragraf(tokens: Token[], i: number, re: RegExp, level: number): Token | undefined {
  const [open, inline, close] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  return open?.type === 'paragraph_open' && open.level === level && inline?.type === 'inline' && close?.type === 'paragraph_close' && re.test(inline.content) ? inline : undefined;
}

export function tabelNarasi(md: MarkdownIt): void {
  md.core.ruler.after('block', 'tabel-narasi', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type === 'table_open') {
        const judul = i >= 3 ? paragraf(tokens, i - 3, TABEL, t.level) : undefined;
        const meta: TabelMeta = {};
        if (judul) {
          meta.judul = judul.content.replace(TABEL, '').replace(/\s*\n\s*/g, ' ').trim();
          tokens.splice(i - 3, 3);
          i -= 3;
        }
        t.meta = meta;
      }
      if (t.type === 'table_close' && paragraf(tokens, i + 1, SUMBER, t.level)) tokens[i + 1]!.attrJoin('class', 'sumber');
    }
  });
}
