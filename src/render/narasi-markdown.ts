// A narrative's Markdown in the report's shape. Its headings sit one level below the section
// that holds it: the file's highest heading (`#`, or `##` when the author starts there) under
// "A. …" (h2) prints as h3, deeper ones below that, never deeper than h4; headings.ts then anchors them, so they reach the Daftar Isi with their page and the
// bookmarks. Its tables get the house style (`table.data`) and, in a chapter, the next number of
// the same counter the templates' tables use, so "Tabel 3.4" stays in document order and the
// table joins the Daftar Tabel. In the front matter a table carries no number, like the
// Ringkasan's own table.
import type MarkdownIt from 'markdown-it';
import { markdown } from '../util/markdown.ts';
import type { TabelMeta } from '../util/markdown-tabel.ts';
import { plainText } from './headings.ts';
import type { TableCounter } from './helpers.ts';

/** Where a narrative is printed: the level of its section's heading and its chapter's tables. */
export interface NarasiEnv {
  tingkat: number;
  /** Set per file: the level of its highest heading. */
  atas?: number;
  /** '' in the front matter: tables there are not numbered. */
  bab: string;
  tables?: TableCounter;
}

/** The deepest heading a narrative prints. The Daftar Isi lists it one step further in (toc-4). */
export const TINGKAT_MAKS = 4;

function narasiMarkdown(): MarkdownIt {
  const md = markdown();
  const tag = (mdTag: string, env: NarasiEnv) => `h${Math.min(TINGKAT_MAKS, env.tingkat + 1 + Number(mdTag.slice(1)) - (env.atas ?? 1))}`;
  md.renderer.rules.heading_open = (tokens, idx, _o, env: NarasiEnv) => `<${tag(tokens[idx]!.tag, env)}>`;
  md.renderer.rules.heading_close = (tokens, idx, _o, env: NarasiEnv) => `</${tag(tokens[idx]!.tag, env)}>\n`;
  md.renderer.rules.table_open = (tokens, idx, _o, env: NarasiEnv) => {
    const meta = (tokens[idx]!.meta ?? {}) as TabelMeta;
    const judulHtml = meta.judul ? md.renderInline(meta.judul, env) : '';
    if (!env.bab || !env.tables) return `<table class="data">\n${judulHtml ? `<caption class="tanpa-nomor">${judulHtml}</caption>\n` : ''}`;
    // Untitled: still numbered and listed, so the numbers after it do not depend on a caption;
    // `check` asks for the title.
    const t = env.tables.next(env.bab, plainText(judulHtml));
    return `<table class="data">\n<caption id="${t.id}"><span class="nomor">Tabel ${t.nomor}</span>${judulHtml ? `<br>${judulHtml}` : ''}</caption>\n`;
  };
  return md;
}

const md = narasiMarkdown();

/** One narrative's HTML (its helpers already replaced by figures). */
export function narasiHtml(text: string, env: NarasiEnv): string {
  const tokens = md.parse(text, env);
  const levels = tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1)));
  return md.renderer.render(tokens, md.options, { ...env, atas: Math.min(...levels, 6) });
}
