// The PDF on the preview page, drawn by PDF.js (as Quarto's preview does) rather than the
// browser's own viewer, which starts again at page 1 each time the PDF is replaced: here a new
// PDF is drawn beside the old one and shown at the page (and the place in the page) the author
// was reading. The pages drawn first are those around that place; the others as they come near
// the screen.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDF_PATH } from './http.ts';

export const PENAMPIL_PATH = '/penampil.mjs';
export const PDFJS_PATH = '/pdfjs/pdf.mjs';
export const PDFJS_WORKER_PATH = '/pdfjs/pdf.worker.mjs';

/** PDF.js's two files, from the installed package (the same in the source tree and the bundle). */
export function berkasPdfjs(): Map<string, string> {
  const build = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'build');
  return new Map([
    [PDFJS_PATH, join(build, 'pdf.min.mjs')],
    [PDFJS_WORKER_PATH, join(build, 'pdf.worker.min.mjs')],
  ]);
}

/**
 * The viewer, a module the page loads. `data-halaman` on <body> is the page being read (1-based),
 * `data-tampil` the version of the PDF drawn; the link beside it opens the browser's own viewer
 * at that page (`#page=N`) for search and zoom.
 */
export const PENAMPIL_SCRIPT = `// Pratinjau kinerja: PDF digambar dengan PDF.js; halaman yang sedang dibaca tetap saat PDF baru dimuat.
import * as pdfjs from '${PDFJS_PATH}';
pdfjs.GlobalWorkerOptions.workerSrc = '${PDFJS_WORKER_PATH}';

const wadah = document.getElementById('pdf');
const tautan = document.getElementById('buka-pdf');
let giliran = 0;
let dokumen;
let pengamat;

/** The page being read and how far down it (0–1), from the scroll position. */
function letak() {
  const halaman = [...wadah.querySelectorAll('.hal')];
  const atas = wadah.scrollTop;
  const i = halaman.findIndex((h) => h.offsetTop + h.offsetHeight > atas);
  if (i < 0) return { i: 0, dalam: 0 };
  const h = halaman[i];
  return { i, dalam: Math.min(1, Math.max(0, (atas - h.offsetTop) / h.offsetHeight)) };
}

function catat() {
  const { i } = letak();
  document.body.dataset.halaman = String(i + 1);
  if (tautan) tautan.href = '${PDF_PATH}?v=' + (document.body.dataset.tampil ?? '') + '#page=' + (i + 1);
}

async function gambar(doc, n, kanvas, lebar) {
  const page = await doc.getPage(n);
  const skala = lebar / page.getViewport({ scale: 1 }).width;
  const vp = page.getViewport({ scale: skala * (window.devicePixelRatio || 1) });
  kanvas.width = Math.floor(vp.width);
  kanvas.height = Math.floor(vp.height);
  await page.render({ canvasContext: kanvas.getContext('2d'), viewport: vp }).promise;
}

async function tampilkan(versi) {
  const ini = ++giliran;
  const data = await (await fetch('${PDF_PATH}?v=' + versi, { cache: 'no-store' })).arrayBuffer();
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
  if (ini !== giliran) return doc.destroy();
  const lebar = Math.max(200, wadah.clientWidth - 32);
  const { i, dalam } = letak();
  // Every page at its size first, so the place can be kept before all are drawn.
  const baru = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const v = page.getViewport({ scale: lebar / page.getViewport({ scale: 1 }).width });
    const hal = document.createElement('div');
    hal.className = 'hal';
    hal.style.width = v.width + 'px';
    hal.style.height = v.height + 'px';
    const kanvas = document.createElement('canvas');
    hal.append(kanvas);
    baru.push({ hal, kanvas, n });
  }
  const tuju = Math.min(i, baru.length - 1);
  // The pages around the place being read are drawn before the old ones are replaced.
  const dekat = baru.slice(Math.max(0, tuju - 1), tuju + 2);
  await Promise.all(dekat.map((b) => gambar(doc, b.n, b.kanvas, lebar)));
  if (ini !== giliran) return doc.destroy();
  wadah.replaceChildren(...baru.map((b) => b.hal));
  const lama = dokumen;
  dokumen = doc;
  lama?.destroy();
  const h = baru[tuju].hal;
  wadah.scrollTop = h.offsetTop + dalam * h.offsetHeight;
  document.body.dataset.tampil = String(versi);
  catat();
  document.body.dataset.tergambar = String(versi);
  // The other pages are drawn as they come near the screen: 60 pages drawn at once would hold
  // a few hundred megabytes of pixels.
  pengamat?.disconnect();
  pengamat = new IntersectionObserver((masuk) => {
    for (const m of masuk) {
      const b = baru.find((x) => x.hal === m.target);
      if (!m.isIntersecting || !b || b.sudah) continue;
      b.sudah = true;
      pengamat.unobserve(b.hal);
      gambar(doc, b.n, b.kanvas, lebar).catch(() => (b.sudah = false));
    }
  }, { root: wadah, rootMargin: '100% 0px' });
  for (const b of baru) if (dekat.includes(b)) b.sudah = true;
  else pengamat.observe(b.hal);
}

wadah.addEventListener('scroll', catat, { passive: true });
document.addEventListener('pdf-baru', (e) => tampilkan(e.detail));
const awal = Number(document.body.dataset.pdf ?? 0);
if (awal) tampilkan(awal);
`;
