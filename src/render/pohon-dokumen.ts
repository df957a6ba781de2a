// The pohon kinerja as a document of its own (`kinerja build pohon`): one landscape page per
// program tree (tujuan → sasaran → program → kegiatan → sub kegiatan) and, with positions, one
// per position directly below the head; the same trees the `pohon-kinerja` block draws, a tree
// taller than its page in parts, so that nothing is printed smaller than the block's 7.5 pt.
import type { TahunModel } from '../model/model.ts';
import { baseAssets, compileLayout, engine, withLogo } from './engine.ts';
import type { RenderedPart } from './lkjip.ts';
import { halamanSederhanaCss } from './page-css.ts';
import { pecahPohon, pohonJabatan, pohonRenstra, pohonSvg, type Simpul } from './pohon.ts';

/** The height a tree may have at print size, in points: 150 mm of the landscape page's 180 (cover line and caption). */
const MAKS_PT = (150 / 25.4) * 72;

/**
 * Every tree of the document in print order, with its caption: one a page, at print size; a tree
 * taller than a page split into parts with the same root, captioned "bagian k dari n".
 */
export function pohonDokumen(m: TahunModel): { judul: string; akar: Simpul }[] {
  const semua = [
    ...pohonRenstra(m).map((p) => ({ judul: `Pohon Kinerja: ${p.judul}`, akar: p.akar })),
    ...pohonJabatan(m).map((p) => ({ judul: `Pohon Kinerja Jabatan: ${p.judul}`, akar: p.akar })),
  ];
  return semua.flatMap((p) => {
    const bagian = pecahPohon(p.akar, MAKS_PT);
    return bagian.map((akar, i) => ({ judul: bagian.length > 1 ? `${p.judul} (bagian ${i + 1} dari ${bagian.length})` : p.judul, akar }));
  });
}

export function renderPohon(m: TahunModel): RenderedPart {
  const assets = baseAssets();
  const pohon = pohonDokumen(m).map((p, i) => ({ id: `pohon-${i + 1}`, judul: p.judul, svg: pohonSvg(p.akar, '150mm') }));
  const html = compileLayout(engine('pohon'), 'pohon')({
    m,
    logo: withLogo(m, assets),
    gayaCss: halamanSederhanaCss(undefined, { lebar: true, kepala: `Pohon Kinerja ${m.instansi.singkatan ?? m.instansi.nama} ${m.tahun}` }),
    pohon,
  });
  return { html, assets, headings: pohon.map((p) => ({ judul: p.judul, level: 1, id: p.id })), tables: [], figures: [] };
}
