// The Laporan Hasil Survei Kepuasan Masyarakat: a document with chapters (dokumen-bab.ts) from its outline.
import type { TahunModel } from '../model/model.ts';
import { renderBabDepan, renderBabIsi, type TocEntry } from './dokumen-bab.ts';

export const renderSurvei = {
  isi: (m: TahunModel) => renderBabIsi(m, 'survei'),
  depan: (m: TahunModel, toc: TocEntry[], tabel: (TocEntry & { nomor: string })[], gambar: (TocEntry & { nomor: string })[]) => renderBabDepan(m, 'survei', toc, tabel, gambar),
};
