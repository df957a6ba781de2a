// A word longer than its box must break inside it. Chromium never lets a table be narrower than
// its longest word, and a page whose content is wider than the paper is printed shrunk — every
// page of the document, 12 pt becoming 8 pt — so one fill-in line of 160 underscores, a 90-digit
// number or a base64 string would shrink the whole report. Each such word is wrapped in a span
// that may break anywhere (styles/kinerja.css: .kata-panjang), which also lowers the smallest
// width a table cell asks for; ordinary words are left alone, so ordinary layout is unchanged.

import { sisipTandaHubung } from './hyphen.ts';

/** Words longer than this (in characters, an entity counting as one) may break anywhere. */
export const LONG_WORD = 30;

const LONG = new RegExp(`(?:[^\\s&<>]|&#?\\w+;){${LONG_WORD + 1},}`, 'g');
// Text, then what follows it: an element whose content is not text (kept whole), a comment, a tag.
const TEXT_THEN_MARKUP = /([^<]*)(<(?:style|script|title|textarea)\b[\s\S]*?<\/(?:style|script|title|textarea)\s*>|<!--[\s\S]*?-->|<[^>]*>|$)/gi;

export function breakLongWords(html: string): string {
  // Cells of a fixed-layout table (RKT, Rencana Aksi, the quarterly lampiran) get soft hyphens in
  // their long words (hyphen.ts): their columns are as narrow as the plan says, and a word wider
  // than its column would otherwise break letter by letter. An automatic-layout table is left
  // alone: its columns are never narrower than their longest word, and soft hyphens would only
  // let Chromium squeeze them. Body text is left alone too: the PDF's text layer keeps every soft
  // hyphen, which a reader's search would trip over.
  const tabel: ('tetap' | 'ya' | false)[] = [];
  let sel = 0;
  return rataKoma(html).replace(TEXT_THEN_MARKUP, (_m, text: string, markup: string) => {
    const out = wrap(sel > 0 && tabel.at(-1) ? sisipTandaHubung(bindUnits(text), tabel.at(-1) === 'tetap') : bindUnits(text)) + markup;
    const t = /^<table\b[^>]*?\bclass="([^"]*)"/i.exec(markup);
    if (t || /^<table\b/i.test(markup)) tabel.push(!t ? false : /\b(?:tetap|triwulan)\b/.test(t[1]!) ? 'tetap' : /\bra\b/.test(t[1]!) ? 'ya' : false);
    else if (/^<\/table\s*>/i.test(markup)) tabel.pop();
    else if (/^<t[dh][\s>]/i.test(markup)) sel++;
    else if (/^<\/t[dh]\s*>/i.test(markup)) sel = Math.max(0, sel - 1);
    return out;
  });
}

/** A figure's last number: its integer digits (with thousands dots), then its decimals. */
const ANGKA_TERAKHIR = /\d+(?:\.\d{3})*(?=(?:,\d+)?\D*$)/;
/**
 * Numeric cells (`<td class="r angka">`, issue 13) line up on the decimal comma: right-aligned, the
 * part from the comma on in a box of one width per kind (`,dd %` or `,dd` and `,dd)`; styles/kinerja.css
 * td.angka), so 90 %, 96,86 % and 100 % end their integers at one place, and "BB (71)" its 71 where
 * "B (68,95)" has 68. A cell holding markup or no figure ("belum tersedia") is only right-aligned.
 */
export function rataKoma(html: string): string {
  return html.replace(/<td class="r angka">([^<]*)<\/td>/g, (all, text: string) => {
    const m = ANGKA_TERAKHIR.exec(text);
    if (!m) return all;
    const cut = m.index + m[0].length;
    // A space after the integers would be lost at the start of the box: a no-break space keeps it.
    const rest = text.slice(cut).replace(/^ +/, '\u00a0');
    const jenis = rest.includes('%') ? ' persen' : '';
    return `<td class="r angka"><span class="bulat">${text.slice(0, cut)}</span><span class="desimal${jenis}">${rest}</span></td>`;
  });
}

/**
 * A figure and its unit never part at a line's end ("94,07 / %", "Rp / 20.260…"): the space
 * between them, in the text a document prints (computed or typed in the narrative), becomes a
 * no-break space. src/format keeps its ordinary space for the terminal and the diff.
 */
export function bindUnits(text: string): string {
  return text ? text.replace(/(\d) %/g, '$1\u00a0%').replace(/\bRp\.? (?=[\d−-])/g, (m) => `${m.slice(0, -1)}\u00a0`) : text;
}

function wrap(text: string): string {
  return text ? text.replace(LONG, (w) => `<span class="kata-panjang">${w}</span>`) : text;
}
