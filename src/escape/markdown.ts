// Text from data made inert in GitHub-flavoured Markdown: the pull-request comment `kinerja diff`
// writes. The data of a pull request is written by whoever opens it, and the comment is posted
// with the repository's token, so a name in the data must never become a heading ("## Disetujui"),
// a remote image (a tracking pixel), a link, raw HTML, a table cell, an @mention or an issue
// reference: it is shown as the very characters the author typed, and nothing more.
//
// Three defences, because GitHub does part of its work on the rendered text, after Markdown:
// - every ASCII punctuation Markdown or GFM gives meaning to where it stands is backslash-escaped;
// - where GitHub links plain text afterwards (@name, #123, GH-123, http://, www., domains,
//   :emoji:), a WORD JOINER (U+2060, invisible, no width) breaks the pattern, since a backslash
//   is gone by then;
// - line breaks become a space (a label can never start a new block) and control characters are
//   shown as escapes (`\u001b`), never passed on.

/** Invisible, no width, and no line break opportunity: the copy of a label still reads the same. */
export const WORD_JOINER = '\u2060';

// CR LF, LF, CR, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR: every way to end a line.
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
// C0 and C1 controls and DEL (tab and the line breaks are dealt with before), and the bidi
// controls that make a text read differently from what it holds.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// ASCII punctuation that means something anywhere in a line: code (`), emphasis and
// strikethrough (* _ ~), links and images ([ ] ( ) !), HTML and autolinks (< >), entities (&),
// table cells (|), heading marks (# also closes a heading at its end), math ($), braces, and the
// escape itself (\). CommonMark allows a backslash before each, and it renders as the character.
const ANYWHERE = /[\\`*_{}[\]()#!|<>~&$]/g;
// What means something only where a block starts, that is at the start of the text (it is one
// line, after "### ", "- " or "| "): a list (- + and 1. 1)), a thematic break or setext
// underline (- =); a quote (>) is escaped anywhere, as HTML. Not -5 nor 1.5: they start nothing. Escaped there only, so that "rata-rata" and "Rp 1.000.000" stay readable.
const AT_START = /^(?:[-+=](?!\d)|\d+[.)](?!\S))/;
// A dot after a letter and before more text is a domain to GitHub and linkify (www.contoh.go.id):
// escaped, and followed by a word joiner below.
const DOMAIN_DOT = /(?<=\p{L})\.(?=\S)/gu;

/** A control character as text one can read: ESC → `\u001b`. */
export function visibleControls(s: string): string {
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Everything that GitHub links in plain text after Markdown, broken by a word joiner. */
function defuseAutolinks(s: string): string {
  return (
    s
      // @mention, #123 and owner/repo#123, http:// and mailto: and :emoji:
      .replace(/([@#:])(?=\S)/g, `$1${WORD_JOINER}`)
      // www.example.com and bare domains (a dot after a letter, escaped before), not 1.000.000
      .replace(/(?<=\p{L}\\)\.(?=\S)/gu, `.${WORD_JOINER}`)
      // GH-123, GitHub's other issue reference
      .replace(/\b(GH-)(?=\d)/gi, `$1${WORD_JOINER}`)
  );
}

/**
 * Text from data, inert anywhere inside one line of GitHub-flavoured Markdown: in a heading, a
 * list item, a paragraph or a table cell. It reads as the original text (line breaks as spaces,
 * controls as `\uXXXX`, runs of spaces as one and none at the ends, as HTML would show them
 * anyway; a leading space would otherwise count towards an indented code block).
 */
export function escapeMarkdown(text: string): string {
  const oneLine = visibleControls(text.replace(LINE_BREAK, ' ')).replace(/[ \t]+/g, ' ').trim();
  const escaped = oneLine.replace(ANYWHERE, (c) => `\\${c}`).replace(DOMAIN_DOT, '\\.').replace(AT_START, (m) => `${m.slice(0, -1)}\\${m.slice(-1)}`);
  return defuseAutolinks(escaped);
}

/**
 * Text from data inside a GFM table cell. `escapeMarkdown` already escapes `|` (a table splits
 * its row on it before anything else, even inside code), so a cell needs nothing more; it has
 * its own name so that a caller says where its text lands, and an empty cell still shows a dash.
 */
export function escapeMarkdownCell(text: string | undefined): string {
  return text === undefined || text === '' ? '–' : escapeMarkdown(text);
}
