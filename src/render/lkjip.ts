// The LKjIP: a document with chapters (dokumen-bab.ts) from its outline, and its PDF metadata.
import type { PdfMeta } from '../finish/index.ts';
import type { TahunModel } from '../model/model.ts';
import { renderBabDepan, renderBabIsi, type RenderedPart, type TocEntry } from './dokumen-bab.ts';

export type { RenderedPart, TocEntry } from './dokumen-bab.ts';

export function renderIsi(m: TahunModel): RenderedPart {
  return renderBabIsi(m, 'lkjip');
}

export function renderDepan(m: TahunModel, toc: TocEntry[], daftarTabel: (TocEntry & { nomor: string })[], daftarGambar: (TocEntry & { nomor: string })[] = []): RenderedPart {
  return renderBabDepan(m, 'lkjip', toc, daftarTabel, daftarGambar);
}

export function pdfMeta(m: TahunModel): PdfMeta {
  return {
    title: `Laporan Kinerja Instansi Pemerintah ${m.instansi.nama} Tahun ${m.tahun}`,
    author: m.instansi.nama,
    subject: `LKjIP ${m.tahun}`,
    keywords: ['LKjIP', 'SAKIP', m.instansi.nama, String(m.tahun)],
    date: m.dokumen.lkjip?.tanggal ?? `${m.tahun + 1}-01-01`,
    lang: 'id-ID',
  };
}
