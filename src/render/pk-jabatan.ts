// The Perjanjian Kinerja of each position below the head (cascading): pihak pertama the holder,
// pihak kedua the holder of the position above, the lampiran its indicators. Own templates
// (templates/pk-jabatan/), the shared signature partial (templates/umum/ttd.hbs).
import { KinerjaError } from '../diagnostics/index.ts';
import { formatTempatTanggal } from '../format/index.ts';
import { didYouMean } from '../util/suggest.ts';
import { NAMA_JENIS, type JabatanHasil } from '../model/jabatan.ts';
import type { TahunModel } from '../model/model.ts';
import { baseAssets, compileLayout, engine, withLogo } from './engine.ts';
import type { RenderedPart } from './lkjip.ts';
import { halamanSederhanaCss } from './page-css.ts';
import { spans } from './view.ts';

/** The positions that sign a PK of their own this year: below the head, with indicators; `id` picks one. */
export function jabatanBerPk(m: TahunModel, id?: string): JabatanHasil[] {
  return m.jabatan.daftar.filter((j) => !j.kepala && j.indikator.length && (id === undefined || j.id === id));
}

/** Where a position's PK is written, under the agency's output folder. */
export function berkasPkJabatan(m: TahunModel, j: JabatanHasil, perubahan = false): string {
  return `pk/${m.tahun}-${j.id}${perubahan ? '-perubahan' : ''}.pdf`;
}

/**
 * `perubahan`: the position's PK Perubahan, its revised targets in place of the first ones and
 * its reason in the text (as the head's); the quarterly targets, not revised, are left out.
 */
export function pkJabatanContext(m: TahunModel, j: JabatanHasil, perubahan = false) {
  const tanggal = perubahan ? j.perubahan?.tanggal : m.jabatan.tanggal;
  const groups = spans(j.indikator, (i) => i.mendukung.id);
  let no = 0;
  return {
    jabatan: j,
    perubahan: perubahan ? j.perubahan : undefined,
    adaTriwulan: !perubahan && j.indikator.some((i) => i.triwulan.some((t) => t.target)),
    rows: groups.map((s) => ({ ...s, nomor: s.span ? ++no : undefined, jenis: capital(NAMA_JENIS[s.item.mendukung.jenis]), target: (perubahan && s.item.targetPerubahan) || s.item.target })),
    tempatTanggal: formatTempatTanggal(m.instansi.tempat, tanggal, m.tahun),
  };
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function renderPkJabatan(m: TahunModel, j: JabatanHasil, perubahan = false): RenderedPart {
  const assets = baseAssets();
  const html = compileLayout(engine('pk-jabatan'), 'pk-jabatan')({
    m,
    logo: withLogo(m, assets),
    gayaCss: halamanSederhanaCss(m.dokumen.pk, {}),
    pk: pkJabatanContext(m, j, perubahan),
  });
  return { html, assets, headings: [], tables: [], figures: [] };
}

/** `--jabatan <id>` names a position of this agency that has a PK to print, or the build stops before printing. */
export function periksaPilihanJabatan(folder: string, m: TahunModel, id: string): void {
  const j = m.jabatan.daftar.find((x) => x.id === id);
  if (j?.kepala || (j && j.indikator.length)) return;
  const ada = m.jabatan.daftar.filter((x) => x.kepala || x.indikator.length).map((x) => x.id);
  if (!j)
    throw new KinerjaError(`${folder}: jabatan \`${id}\` tidak ada di instansi.yaml`, [], {
      cause: didYouMean(id, ada) ?? (ada.length ? `jabatan yang ada: ${ada.join(', ')}` : 'instansi.yaml belum memuat `jabatan:`'),
    });
  throw new KinerjaError(`${folder}: jabatan \`${id}\` tidak mempunyai indikator tahun ${m.tahun}: tidak ada perjanjian kinerja yang dicetak`, [], {
    cause: `tulis indikatornya di ${m.tahun}/jabatan.yaml, di bawah \`jabatan: ${id}:\``,
  });
}
