// What a tab kept for the next print shows (PrintOptions.pakaiUlang): a print with the same head
// and files replaces only the body.

/** A document as a reused tab sees it: its head and its assets' fingerprint, and its body. */
export interface Dokumen {
  kepala: string;
  aset: string;
  /** Its length: what loading it again would cost. */
  ukuran: number;
}

/**
 * `html` cut after its body's opening tag; the body keeps what follows `</body>` (a late style
 * sheet), where the HTML parser puts it too. Undefined without a body.
 */
export function potongDokumen(html: string, aset: string): { dokumen: Dokumen; isi: string } | undefined {
  const open = html.indexOf('<body');
  if (open < 0) return undefined;
  const bodyAt = html.indexOf('>', open) + 1;
  const end = html.lastIndexOf('</html>');
  const isi = html.slice(bodyAt, end < bodyAt ? undefined : end);
  const tutup = isi.lastIndexOf('</body>');
  return { dokumen: { kepala: html.slice(0, bodyAt), aset, ukuran: html.length }, isi: tutup < 0 ? isi : isi.slice(0, tutup) + isi.slice(tutup + 7) };
}
