// `kinerja ekspor <dokumen>`: every table of the document into one workbook beside its PDF,
// out/<instansi>/<dokumen>-<tahun>.xlsx. load → validate → compute → render, as a build does,
// then the rendered HTML's tables are read back (src/ekspor/tabel-html.ts) instead of printed:
// no Chromium, and the figures are the printed ones by construction.
import { join } from 'node:path';
import { Diagnostics, KinerjaError } from '../diagnostics/index.ts';
import { computeTahun } from '../compute/index.ts';
import { loadInstansi } from '../load/index.ts';
import { validate } from '../validate/index.ts';
import { renderDepan, renderIsi, renderPk, renderRencanaAksi, renderRkt } from '../render/index.ts';
import { writeAtomic } from '../finish/write-atomic.ts';
import type { InstansiData } from '../model/input.ts';
import type { TahunModel } from '../model/model.ts';
import { bacaTabel, type TabelHtml } from './tabel-html.ts';
import { tulisBuku } from './buku.ts';

export type DokumenEkspor = 'lkjip' | 'pk' | 'rencana-aksi' | 'rkt';

const NAMA: Record<DokumenEkspor, string> = { lkjip: 'Laporan Kinerja Instansi Pemerintah', pk: 'Perjanjian Kinerja', 'rencana-aksi': 'Rencana Aksi', rkt: 'Rencana Kerja Tahunan' };

/** The years that have the document's data (as src/build.ts decides what to print). */
function tahunDokumen(data: InstansiData, doc: DokumenEkspor): number[] {
  return data.tahun
    .filter((t) =>
      doc === 'lkjip' ? !!t.dokumen?.lkjip : doc === 'rkt' ? !!t.dokumen?.rkt : doc === 'pk' ? !!t.pk : !!t.dokumen?.rencana_aksi || !!t.anggaran?.program.some((p) => p.kegiatan.some((k) => k.sub_kegiatan.some((s) => s.rencana || s.rencana_aksi))),
    )
    .map((t) => t.tahun);
}

/** The tables of a document, in document order: front matter first. */
export function tabelDokumen(m: TahunModel, doc: DokumenEkspor): TabelHtml[] {
  switch (doc) {
    case 'lkjip':
      return [...bacaTabel(renderDepan(m, [], [], []).html), ...bacaTabel(renderIsi(m).html)];
    case 'rkt':
      return [...bacaTabel(renderRkt.depan(m, []).html), ...bacaTabel(renderRkt.isi(m).html)];
    case 'pk':
      return bacaTabel(renderPk(m, false).html);
    case 'rencana-aksi':
      return bacaTabel(renderRencanaAksi(m).html);
  }
}

export interface Diekspor {
  path: string;
  instansi: string;
  tabel: number;
  bytes: number;
}

export async function eksporDokumen(doc: DokumenEkspor, folder: string, opts: { tahun?: number; outDir: string }): Promise<Diekspor> {
  const diags = new Diagnostics();
  const loaded = loadInstansi(folder, diags);
  const valid = validate(loaded, diags);
  if (!valid || diags.hasErrors) throw new KinerjaError(`data ${folder} belum benar; tidak ada berkas yang ditulis`, diags.errors);
  const years = tahunDokumen(valid.data, doc);
  const tahun = opts.tahun ?? Math.max(...years);
  if (!years.includes(tahun)) throw new KinerjaError(`${folder}: tidak ada data ${NAMA[doc]}${opts.tahun ? ` tahun ${opts.tahun}` : ''}`);
  const m = computeTahun(valid.data, tahun);
  const tabel = tabelDokumen(m, doc);
  const tanggal = (doc === 'lkjip' ? m.dokumen.lkjip?.tanggal : doc === 'pk' ? m.pk?.tanggal ?? m.dokumen.pk?.tanggal : doc === 'rkt' ? m.dokumen.rkt?.tanggal : m.dokumen.rencana_aksi?.tanggal) ?? `${m.tahun}-01-01`;
  const bytes = await tulisBuku(tabel, { judul: `${NAMA[doc]} ${m.instansi.nama} Tahun ${m.tahun}`, penulis: m.instansi.nama, tanggal });
  const path = join(opts.outDir, m.instansi.id, `${doc}-${m.tahun}.xlsx`);
  writeAtomic(path, bytes);
  return { path, instansi: m.instansi.id, tabel: tabel.length, bytes: bytes.length };
}
