// Every heading of the body gets an id and a self-link, so that Chromium writes a named
// destination for it: the printed PDF then tells on which page each heading landed. Down to h4:
// the templates print h1–h3, a narrative's own headings go one level below their section
// (render/narasi-markdown.ts), at most h4.
export interface Heading {
  id: string;
  level: number;
  judul: string;
}

/** The text of a bit of HTML, as a Daftar Isi or Daftar Tabel prints it. */
export function plainText(html: string): string {
  return html.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();
}

export function anchorHeadings(html: string, prefix = 'h'): { html: string; headings: Heading[] } {
  const headings: Heading[] = [];
  const out = html
    .replace(/<h([1-4])([^>]*)>([\s\S]*?)<\/h\1>/g, (_m, lvl: string, attrs: string, inner: string) => {
      const id = `${prefix}-${headings.length + 1}`;
      headings.push({ id, level: Number(lvl), judul: plainText(inner) });
      return `<h${lvl}${attrs} id="${id}"><a class="jangkar" href="#${id}">${inner}</a></h${lvl}>`;
    })
    .replace(/<(caption|figcaption) id="([^"]+)">([\s\S]*?)<\/\1>/g, (_m, tag: string, id: string, inner: string) => `<${tag} id="${id}"><a class="jangkar" href="#${id}">${inner}</a></${tag}>`);
  return { html: out, headings };
}

/** The destination name of a numbered table's last cell (see `tandaiAkhirTabel`). */
export const akhirTabel = (id: string) => `${id}-akhir`;

/**
 * A named destination in the last cell of every numbered table, beside the one its caption has:
 * the printed PDF then tells the pages a table runs over, so that the page overlay
 * (render/potong.ts) can write "Tabel 2.5 (lanjutan)" over each page it continues on.
 */
export function tandaiAkhirTabel(html: string): string {
  const out: string[] = [];
  let from = 0;
  for (const m of html.matchAll(/<caption id="(tabel-[^"]+)">/g)) {
    if (m.index < from) continue;
    const end = html.indexOf('</table>', m.index);
    if (end < 0) break;
    const cell = Math.max(html.lastIndexOf('</td>', end), html.lastIndexOf('</th>', end));
    if (cell < m.index) continue;
    const id = akhirTabel(m[1]!);
    out.push(html.slice(from, cell), `<a class="jangkar akhir-tabel" id="${id}" href="#${id}"></a>`);
    from = cell;
  }
  out.push(html.slice(from));
  return out.join('');
}
