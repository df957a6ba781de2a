// Every heading of the body gets an id and a self-link, so that Chromium writes a named
// destination for it: the printed PDF then tells on which page each heading landed.
export interface Heading {
  id: string;
  level: number;
  judul: string;
}

function text(html: string): string {
  return html.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();
}

export function anchorHeadings(html: string, prefix = 'h'): { html: string; headings: Heading[] } {
  const headings: Heading[] = [];
  const out = html
    .replace(/<h([1-3])([^>]*)>([\s\S]*?)<\/h\1>/g, (_m, lvl: string, attrs: string, inner: string) => {
      const id = `${prefix}-${headings.length + 1}`;
      headings.push({ id, level: Number(lvl), judul: text(inner) });
      return `<h${lvl}${attrs} id="${id}"><a class="jangkar" href="#${id}">${inner}</a></h${lvl}>`;
    })
    .replace(/<(caption|figcaption) id="([^"]+)">([\s\S]*?)<\/\1>/g, (_m, tag: string, id: string, inner: string) => `<${tag} id="${id}"><a class="jangkar" href="#${id}">${inner}</a></${tag}>`);
  return { html: out, headings };
}
