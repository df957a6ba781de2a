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
import type { RekapModel } from '../../compute/rekap.ts';
import type { DokumenKerangka } from '../../model/kerangka.ts';
import type { Assets } from '../../print/index.ts';

export type DokumenBab = 'lkjip' | 'rkt' | 'survei';

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
  /** The agency's model; in the rekap, which compares agencies, the first one stands in and rekap blocks read `rekap`. */
  m: TahunModel;
  dokumen: DokumenKerangka;
  /** The rekap's model (every agency of the pemda, ranked): set only when the rekap is walked. */
  rekap?: RekapModel;
  /** The agency's folder and the year's folder (absolute): images and own tables come from here. */
  folder: string;
  tahunFolder: string;
  /** The files Chromium may load; a block that shows a file registers it under a fixed name. */
  assets: Assets;
  /** The next table / figure number of the current chapter (and its caption's id). */
  tabel(judul: string): Nomor;
  gambar(judul: string): Nomor;
  /** The next sub-section of the section holding the block: its numbered heading (HTML). */
  subBagian(judul: string): string;
  /** A narrative file of this year as HTML at the block's place ('' when absent); `dalamSub`: under the last subBagian. */
  narasi(nama: string, dalamSub?: boolean): string;
  /** The place and date a signature block prints ("Tana Paser, 15 Februari 2025"). */
  tempatTanggal: string;
  /** The lists of the front matter (Daftar Isi, Tabel, Gambar), with their page numbers once known. */
  daftar: Daftar;
  /**
   * The markup that ends the block's page wrapper and opens the next one (for a block that cuts
   * itself into pieces printed apart, like the quarterly lampiran): `baru` starts a new page.
   */
  sambung(baru: boolean): string;
}

export interface EntriDaftar {
  judul: string;
  level: number;
  halaman: string;
  nomor?: string;
}

export interface Daftar {
  isi: EntriDaftar[];
  tabel: EntriDaftar[];
  gambar: EntriDaftar[];
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
  dokumen: readonly DokumenKerangka[];
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
  /** Not content: a heading followed only by it (a signature, a page break) is a bare heading. */
  bukanIsi?: true;
  /** The title of a section that has none of its own and starts with this block. */
  judulBagian?(m: TahunModel, opsi: O): string;
  /** Checks the block against the data (missing file, unknown id): located errors, nothing thrown. */
  periksa?(k: PeriksaKonteks, opsi: O): void;
  /** The narrative files it prints itself (so that `check` counts them as used). */
  narasi?(opsi: O, sasaran: readonly string[]): string[];
}
