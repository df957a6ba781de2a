// A block is one unit of a document's outline with one job: a narrative, a built-in table or
// chart, an image, an agency's own table, a signature, a page break. A built-in block is a pair:
// `src/render/blok/<nama>.ts` (its spec and the view that picks from the computed model what it
// shows, no arithmetic) and `templates/blok/<nama>.hbs` (its markup). Adding a block is adding
// that pair and listing it in `src/render/blok/index.ts`; `kinerja blok` and the reference
// are made from the specs.
import type { Diagnostics, Location } from '../../diagnostics/index.ts';
import type { YamlFile } from '../../load/index.ts';
import type { InstansiData } from '../../model/input.ts';
import type { TahunModel } from '../../model/model.ts';
import type { Assets } from '../../print/index.ts';

export type DokumenBab = 'lkjip' | 'rkt';

/** One option of a block, as the outline writes it beside the block's name. */
export interface OpsiSpec {
  jenis: 'teks' | 'angka' | 'ya-tidak' | 'pilihan' | 'daftar-teks';
  pilihan?: readonly string[];
  keterangan: string;
  /** What applies when the option is absent, in words. */
  bawaan?: string;
  wajib?: boolean;
}

/** A numbered caption: `nomor` is absent in the front matter, whose tables carry no number. */
export interface Nomor {
  nomor?: string;
  id: string;
}

/** What a block's view is given besides its options. */
export interface BlokKonteks {
  m: TahunModel;
  dokumen: DokumenBab;
  /** The agency's folder and the year's folder (absolute): images and own tables come from here. */
  folder: string;
  tahunFolder: string;
  /** The files Chromium may load; a block that shows a file registers it under a fixed name. */
  assets: Assets;
  /** The next table / figure number of the current chapter (and its caption's id). */
  tabel(judul: string): Nomor;
  gambar(judul: string): Nomor;
  /** The next sub-section of the section holding the block: its numbered heading, anchored. */
  subBagian(judul: string): string;
  /** A narrative file of this year as HTML at the block's place ('' when absent). */
  narasi(nama: string): string;
}

/** What `check` gives a block to look at its options against the data, before anything is computed. */
export interface PeriksaKonteks {
  data: InstansiData;
  tahun: number;
  folder: string;
  tahunFolder: string;
  diags: Diagnostics;
  /** The outline line of the block, or of one of its options. */
  at(opsi?: string): Location;
  /** The agency's own tables of that year, by id (year folder first, then the agency's). */
  tabelSendiri: Record<string, YamlFile>;
}

export interface Blok<O extends Record<string, unknown> = Record<string, unknown>> {
  nama: string;
  /** The documents whose outline may hold it. */
  dokumen: readonly DokumenBab[];
  /** What it shows, in one sentence (for `kinerja blok` and the reference). */
  ringkas: string;
  /** The data it reads: files and keys. */
  butuh: string;
  opsi: Record<string, OpsiSpec>;
  /** A YAML example of it in an outline. */
  contoh: string;
  /**
   * What the template shows; undefined when the data holds nothing for it (the block prints
   * nothing). Blocks that write their own HTML (no template) return `{ html }` and set `tanpaTemplat`.
   */
  view(k: BlokKonteks, opsi: O): Record<string, unknown> | undefined;
  tanpaTemplat?: true;
  /** Checks the block against the data (missing file, unknown id): located errors, nothing thrown. */
  periksa?(k: PeriksaKonteks, opsi: O): void;
  /** The narrative files it prints itself (so that `check` counts them as used). */
  narasi?(opsi: O, sasaran: readonly string[]): string[];
}
