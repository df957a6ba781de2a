// Stage 4, render: the model → HTML of each document. One module per document.
export { pdfMeta, renderDepan, renderIsi, type RenderedPart, type TocEntry } from './lkjip.ts';
export { renderPk } from './pk.ts';
export { renderRencanaAksi } from './rencana-aksi.ts';
export { renderRkt } from './rkt.ts';
export { renderSurvei } from './survei.ts';
export { halamanBab, lapisanHtml, potongIsi, tanpaLapisan } from './potong.ts';
