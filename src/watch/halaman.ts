// The preview page: the document as it will print (the PDF itself: pages, margins, running
// heads, the real page numbers of the Daftar Isi), drawn by the page's viewer (penampil.ts,
// PDF.js) which keeps the page being read when a new PDF comes, and beside it the errors and
// warnings of the last save. When the data breaks, the last good PDF stays and the errors are
// shown next to it; when it is fixed, the new PDF replaces it.
import { escapeHtml } from '../escape/html.ts';
import { KEADAAN_PATH, PDF_PATH, RELOAD_TAG } from './http.ts';
import { PENAMPIL_PATH } from './penampil.ts';

export { KEADAAN_PATH, PDF_PATH };

export interface Pesan {
  tingkat: 'galat' | 'peringatan';
  /** `file:line:col`, or empty for a message about the whole folder. */
  lokasi: string;
  teks: string;
  saran?: string;
}

/** What the page shows; also sent as /keadaan.json to the page's script at every save. */
export interface Keadaan {
  /** Bumped at every finished rebuild, good or bad. */
  versi: number;
  /** The rebuild whose PDF is shown; 0 while there is none. */
  pdf: number;
  judul: string;
  /** One line: pages and time of the PDF shown, or what went wrong. */
  status: string;
  pesan: Pesan[];
}

const CSS = `*{box-sizing:border-box}html,body{height:100%;margin:0}
body{display:grid;grid-template-columns:minmax(16em,24em) 1fr;grid-template-rows:auto 1fr;font:14px/1.4 system-ui,sans-serif;color:#222;background:#525659}
header{grid-column:1/3;background:#323639;color:#eee;padding:.4em 1em;display:flex;gap:1em;align-items:baseline}
header b{font-size:1.05em}#status{opacity:.85}
aside{background:#fafafa;overflow:auto;padding:.5em 1em;border-right:1px solid #ccc}
aside h2{font-size:1em;margin:.5em 0}ol{padding-left:1.2em;margin:0}li{margin:.5em 0;overflow-wrap:anywhere}
li.galat{color:#b00020}li.peringatan{color:#8a5a00}li small{color:#555}code{background:#eee;padding:0 .3em;color:#222}
main{position:relative;overflow:hidden}#pdf{position:absolute;inset:0;overflow:auto}
.hal{margin:16px auto;background:#fff;box-shadow:0 1px 4px #0008}.hal canvas{width:100%;height:100%;display:block}
#buka-pdf{position:absolute;right:1.5em;bottom:1em;background:#323639;color:#eee;padding:.3em .7em;border-radius:4px;font-size:.9em;opacity:.85}
#kosong{color:#eee;padding:2em}body.ada-galat header{background:#7a1020}`;

function butir(p: Pesan): string {
  const e = escapeHtml;
  return `<li class="${p.tingkat}">${p.lokasi ? `<code>${e(p.lokasi)}</code> ` : ''}${e(p.teks)}${p.saran ? `<br><small>${e(p.saran)}</small>` : ''}</li>`;
}

/** The page as it is now; the script keeps it current without reloading the PDF needlessly. */
export function halamanPratinjau(k: Keadaan): string {
  const e = escapeHtml;
  const galat = k.pesan.some((p) => p.tingkat === 'galat');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${e(k.judul)} — pratinjau kinerja</title><style>${CSS}</style></head>
<body data-pdf="${k.pdf}" data-versi="${k.versi}"${galat ? ' class="ada-galat"' : ''}>
<header><b>${e(k.judul)}</b><span id="status">${e(k.status)}</span></header>
<aside><h2>Pesan</h2><ol id="pesan">${k.pesan.map(butir).join('')}</ol>
<p><small>Simpan berkas data: pratinjau diperbarui sendiri. Bila data salah, PDF terakhir yang benar tetap ditampilkan.</small></p></aside>
<main><div id="pdf" role="document" aria-label="${e(k.judul)}"${k.pdf ? '' : ' hidden'}></div>
<a id="buka-pdf" href="${PDF_PATH}${k.pdf ? `?v=${k.pdf}` : ''}#page=1" target="_blank" rel="noopener"${k.pdf ? '' : ' hidden'}>buka di penampil PDF peramban</a>
<p id="kosong"${k.pdf ? ' hidden' : ''}>${galat ? 'Belum ada pratinjau: perbaiki galat di samping, lalu simpan.' : 'Menyiapkan pratinjau…'}</p></main>
<script type="module" src="${PENAMPIL_PATH}"></script>
${RELOAD_TAG}</body></html>`;
}
