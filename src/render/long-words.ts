// A word longer than its box must break inside it. Chromium never lets a table be narrower than
// its longest word, and a page whose content is wider than the paper is printed shrunk — every
// page of the document, 12 pt becoming 8 pt — so one fill-in line of 160 underscores, a 90-digit
// number or a base64 string would shrink the whole report. Each such word is wrapped in a span
// that may break anywhere (styles/kinerja.css: .kata-panjang), which also lowers the smallest
// width a table cell asks for; ordinary words are left alone, so ordinary layout is unchanged.

/** Words longer than this (in characters, an entity counting as one) may break anywhere. */
export const LONG_WORD = 30;

const LONG = new RegExp(`(?:[^\\s&<>]|&#?\\w+;){${LONG_WORD + 1},}`, 'g');
// Text, then what follows it: an element whose content is not text (kept whole), a comment, a tag.
const TEXT_THEN_MARKUP = /([^<]*)(<(?:style|script|title|textarea)\b[\s\S]*?<\/(?:style|script|title|textarea)\s*>|<!--[\s\S]*?-->|<[^>]*>|$)/gi;

export function breakLongWords(html: string): string {
  return html.replace(TEXT_THEN_MARKUP, (_m, text: string, markup: string) => wrap(bindUnits(text)) + markup);
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
