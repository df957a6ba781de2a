// The tables of a rendered document read back from its HTML: the same markup Chromium prints,
// so the workbook is always in step with the PDF, whatever block, own table or narrative table
// made it. Each `table.data` becomes a grid (colspan and rowspan placed, soft hyphens removed)
// with its caption ("Tabel 3.2" and the title), its header rows and its source line. A table
// without a caption (a lampiran) takes the heading above it; the pieces of one table continued
// over pages (the same header under the same heading) are joined.
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element, Node } from 'domhandler';

export interface SelHtml {
  teks: string;
  /** Merged: how many columns and rows this cell covers (1 when not). */
  kolom: number;
  baris: number;
  /** A cell covered by another's span (left blank in the sheet). */
  tertutup?: boolean;
  /**
   * A stacked cell's upper figure, the kinerja (`<span class="k">` above the rupiah in the
   * quarterly lampiran); `teks` is then the rest. The workbook gives it a column of its own.
   */
  k?: string;
}

export interface TabelHtml {
  /** "3.2", or undefined (front matter, lampiran). */
  nomor?: string;
  judul: string;
  /** Rows of the header (thead), then the body and foot rows. */
  kepala: SelHtml[][];
  badan: SelHtml[][];
  kaki: SelHtml[][];
  sumber?: string;
}

const teksDari = (n: Node | Node[]): string =>
  DomUtils.textContent(n as never)
    .replace(/\u00ad/g, '')
    .replace(/[ \t\r\n\u00a0]+/g, ' ')
    .trim();

const rapikan = (s: string) => s.replace(/\u00ad/g, '').replace(/&nbsp;|\u00a0/g, ' ').split('\n').map((l) => l.replace(/[ \t\r]+/g, ' ').trim()).filter(Boolean).join('\n');
const bertumpuk = (n: Node): n is Element => n.type === 'tag' && (n as Element).name === 'span' && /\bk\b/.test((n as Element).attribs['class'] ?? '');

/** Text of a cell, with `<br>` as a line break; a stacked cell's kinerja figure apart. */
function teksSel(el: Element): { teks: string; k?: string } {
  const parts: string[] = [];
  let k: string | undefined;
  const walk = (n: Node) => {
    if (n.type === 'tag' && (n as Element).name === 'br') parts.push('\n');
    else if (bertumpuk(n)) k = rapikan(DomUtils.textContent(n as never));
    else if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    else if ('children' in n) for (const c of (n as Element).children) walk(c);
  };
  walk(el);
  return { teks: rapikan(parts.join('')), ...(k !== undefined && { k }) };
}

/** The rows of a section of the table as a grid: spans placed, covered cells marked. */
function grid(rows: Element[], lebarAwal = 0): SelHtml[][] {
  const out: SelHtml[][] = [];
  rows.forEach((tr, r) => {
    out[r] ??= [];
    let c = 0;
    for (const td of DomUtils.getChildren(tr).filter((n): n is Element => n.type === 'tag' && (n as Element).name in { td: 1, th: 1 })) {
      while (out[r]![c]) c++;
      const kolom = Math.max(1, Number(td.attribs['colspan'] ?? 1) || 1);
      const baris = Math.max(1, Number(td.attribs['rowspan'] ?? 1) || 1);
      for (let i = 0; i < baris && r + i < rows.length; i++)
        for (let j = 0; j < kolom; j++) {
          out[r + i] ??= [];
          out[r + i]![c + j] = i === 0 && j === 0 ? { ...teksSel(td), kolom, baris: Math.min(baris, rows.length - r) } : { teks: '', kolom: 1, baris: 1, tertutup: true };
        }
      c += kolom;
    }
  });
  const lebar = Math.max(lebarAwal, ...out.map((r) => r.length));
  for (const r of out) for (let c = 0; c < lebar; c++) r[c] ??= { teks: '', kolom: 1, baris: 1 };
  return out;
}

const rowsOf = (el: Element | undefined): Element[] => (el ? DomUtils.getElementsByTagName('tr', el, true).filter((tr) => DomUtils.getParent(tr) === el) : []);

export function bacaTabel(html: string): TabelHtml[] {
  const doc = parseDocument(html);
  const out: TabelHtml[] = [];
  let judulTerakhir = '';
  let kepalaTerakhir = '';
  const tabelTerakhir = (): TabelHtml | undefined => out[out.length - 1];
  const nodes = DomUtils.findAll((e) => /^h[1-4]$/.test(e.name) || (e.name === 'table' && /\bdata\b/.test(e.attribs['class'] ?? '')), doc.children);
  for (const el of nodes) {
    if (el.name !== 'table') {
      judulTerakhir = teksSel(el).teks.replace(/\n/g, ' ');
      kepalaTerakhir = '';
      continue;
    }
    const caption = DomUtils.getChildren(el).find((n): n is Element => n.type === 'tag' && (n as Element).name === 'caption');
    const nomorEl = caption && DomUtils.findOne((e) => e.name === 'span' && /\bnomor\b/.test(e.attribs['class'] ?? ''), caption.children);
    const nomorTeks = nomorEl ? teksDari(nomorEl) : '';
    const judul = caption ? teksDari(caption).replace(nomorTeks, '').trim() : judulTerakhir;
    const part = (name: string) => DomUtils.getChildren(el).find((n): n is Element => n.type === 'tag' && (n as Element).name === name);
    const thead = part('thead');
    const tbodies = DomUtils.getChildren(el).filter((n): n is Element => n.type === 'tag' && (n as Element).name === 'tbody');
    const langsung = rowsOf(el);
    // A context line over a continued table (the Rencana Aksi's sasaran › program) is a print
    // aid: its body rows say the same, and the pieces of one table must keep one header.
    const kepala = grid(rowsOf(thead).filter((tr) => !/\bkonteks\b/.test(tr.attribs['class'] ?? '')));
    const lebar = kepala[0]?.length ?? 0;
    const badan = grid([...tbodies.flatMap((b) => rowsOf(b)), ...langsung], lebar);
    // An empty foot row is the closing rule drawn at each page break, nothing to export.
    const kaki = grid(rowsOf(part('tfoot')), lebar).filter((r) => r.some((c) => c.teks || c.k));
    // The source line: the paragraph right after the table.
    let next = el.next;
    while (next && next.type === 'text' && !teksDari(next)) next = next.next;
    const sumber = next && next.type === 'tag' && (next as Element).name === 'p' && /\bsumber\b/.test((next as Element).attribs['class'] ?? '') ? teksDari(next) : undefined;
    const kunci = JSON.stringify(kepala.map((r) => r.map((c) => c.teks)));
    const prev = tabelTerakhir();
    if (!caption && prev && !prev.nomor && prev.judul === judul && kunci === kepalaTerakhir) {
      prev.badan.push(...badan);
      prev.kaki.push(...kaki);
      prev.sumber = sumber ?? prev.sumber;
      continue;
    }
    kepalaTerakhir = caption ? '' : kunci;
    out.push({ nomor: nomorTeks.replace(/^Tabel\s*/i, '') || undefined, judul, kepala, badan, kaki, sumber });
  }
  return out;
}
