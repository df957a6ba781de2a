// A long body is printed in pieces at the same time, one Chromium renderer each. It is cut only
// where the templates put the mark, which is where a page break is forced anyway (a chapter, a
// continued lampiran table), so each piece starts on a new page as it would have in one print.
// How many pieces depends on the document alone, never on the machine, so that the bytes of the
// PDF are the same everywhere.

/** The cut mark, an HTML comment (authors' text is escaped, so it never contains one). */
export const POTONG = '<!--kinerja:potong-->';

/** A body under this size prints in one piece: a second renderer would cost more than it saves. */
const SATU_BAGIAN = 100_000;

/**
 * Two pieces, whatever the size: measured on two cores, 10,000 lampiran rows print in 15–18 s as
 * two pieces, 16 s as three and 22 s as four (more renderers than cores only compete). A fixed
 * number, not the machine's core count, so that every machine makes the same bytes.
 */
function jumlahBagian(htmlLength: number): number {
  return htmlLength < SATU_BAGIAN ? 1 : 2;
}

/**
 * Cuts a body into at most `n` whole documents of about equal size, at the marks. Each piece has
 * the same head (styles, fonts), so it prints exactly as its pages would in the whole.
 */
export function potongIsi(html: string, n = jumlahBagian(html.length)): string[] {
  const bodyAt = html.indexOf('>', html.indexOf('<body')) + 1;
  const end = html.lastIndexOf('</body>');
  const head = html.slice(0, bodyAt);
  const blocks = html.slice(bodyAt, end).split(POTONG);
  if (n <= 1 || blocks.length === 1) return [html];
  const total = blocks.reduce((s, b) => s + b.length, 0);
  const pieces: string[][] = [[]];
  let filled = 0;
  for (const b of blocks) {
    // Close a piece once it reaches its share: the k-th piece ends near k/n of the whole.
    if (pieces.length < n && pieces.at(-1)!.length && filled + b.length / 2 > (total * pieces.length) / n) pieces.push([]);
    pieces.at(-1)!.push(b);
    filled += b.length;
  }
  return pieces.map((p) => head + p.join('') + html.slice(end));
}

/**
 * The page numbers of a piece printed after others: a document of empty pages of the same
 * sizes, numbered from `mulai`, laid over the piece's pages (whose own numbers are left out).
 */
export function nomorHalamanHtml(isiHtml: string, lebar: boolean[], mulai: number): string {
  const head = isiHtml.slice(0, isiHtml.indexOf('<body'));
  const style = `<style>@page lebar { @top-right { content: none; } } html { counter-reset: page ${mulai - 1}; } .halaman { height: 1px; font-family: var(--huruf), sans-serif; visibility: hidden; } .halaman + .halaman { break-before: page; }</style>`;
  // The digits, unseen, in the first page: a web font is only loaded once the page uses it, and
  // a margin box alone does not count, so without them the numbers fall back to a system font.
  const pages = lebar.map((l, i) => `<div class="halaman"${l ? ' style="page: lebar"' : ''}>${i === 0 ? '0123456789' : ''}</div>`).join('');
  return `${head.replace('</head>', `${style}</head>`)}<body>${pages}</body></html>`;
}

/** The style that leaves a later piece's own page numbers out (the overlay carries them). */
const TANPA_NOMOR = '<style>@page { @bottom-center { content: none; } } @page lebar { @bottom-center { content: none; } }</style>';

export function tanpaNomor(piece: string): string {
  return piece.replace('</head>', `${TANPA_NOMOR}</head>`);
}
