// The page numbers of a front matter's lists (Daftar Isi, Daftar Tabel, Daftar Gambar): read from
// its HTML, and written into another print of it. The numbers sit in boxes wider than any of
// them, so writing other numbers moves nothing else on the page.

const HAL = /<span class="hal">([^<]*)<\/span>/g;

/** The numbers of every list entry, in the order of the document (the `.toc .hal` elements). */
export function nomorHalaman(html: string): string[] {
  return [...html.matchAll(HAL)].map((m) => m[1]!);
}

/** `html` with its list entries' numbers replaced, in order, by `nomor`; undefined if they are not as many. */
export function denganNomor(html: string, nomor: readonly string[]): string | undefined {
  if (nomorHalaman(html).length !== nomor.length) return undefined;
  let i = 0;
  return html.replace(HAL, () => `<span class="hal">${nomor[i++]}</span>`);
}

/**
 * The numbers of the last print of one document, kept by `kinerja watch` between saves: its front
 * matter is printed with them rather than with placeholders, and when they are still right (a
 * figure changed, no page moved) that print is already the final front matter.
 */
export interface NomorLalu {
  nomor?: string[];
}
