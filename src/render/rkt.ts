// The Rencana Kerja Tahunan: a document with chapters (dokumen-bab.ts) from its outline.
import type { TahunModel } from '../model/model.ts';
import { renderBabDepan, renderBabIsi, type TocEntry } from './dokumen-bab.ts';

export const renderRkt = {
  isi: (m: TahunModel) => renderBabIsi(m, 'rkt'),
  depan: (m: TahunModel, toc: TocEntry[]) => renderBabDepan(m, 'rkt', toc),
};
