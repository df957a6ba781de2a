// A document's outline, as check has normalised it from `kerangka/<dokumen>.yaml` (or the
// default in templates/kerangka/): chapters, sections and, in each, an ordered list of blocks.
// Every item keeps the path of its YAML node, so that a later message can name its line.
import type { PathSegment } from '../load/index.ts';

export type DokumenBab = 'lkjip' | 'rkt' | 'survei';
/** Every document walked from an outline: an agency's (DokumenBab) and the pemda's rekap (`<data>/kerangka/rekap.yaml`). */
export type DokumenKerangka = DokumenBab | 'rekap';

/** The key of a sasaran in a per-sasaran narrative's file name (`sasaran-layanan` → `layanan`). */
export const kunciSasaran = (id: string): string => id.replace(/^sasaran-/, '');

export interface BlokKerangka {
  jenis: 'blok';
  nama: string;
  opsi: Record<string, unknown>;
  path: PathSegment[];
}

export interface BagianKerangka {
  jenis: 'bagian';
  /** Absent: the first block's own title (`judulBagian`), or no heading at all. */
  judul?: string;
  /** False: a heading without a number ("Ikhtisar" in a numbered chapter). */
  bernomor: boolean;
  halamanBaru: boolean;
  /** On landscape pages of their own. */
  lebar: boolean;
  isi: ItemKerangka[];
  path: PathSegment[];
}

export type ItemKerangka = BlokKerangka | BagianKerangka;

export interface BabKerangka {
  judul: string;
  kepala?: string;
  isi: ItemKerangka[];
  path: PathSegment[];
}

export type TampilDaftar = 'otomatis' | 'ya' | 'tidak';

export interface Kerangka {
  dokumen: DokumenKerangka;
  /** The file it came from, as shown to the author (for messages). */
  berkas: string;
  sampul: { judul: string; singkatan: string; baris: string[]; alamat: boolean };
  penomoran: { bab: string; bagian: [string, string, string]; lampiran: string };
  daftar: { tabel: TampilDaftar; gambar: TampilDaftar };
  depan: ItemKerangka[];
  bab: BabKerangka[];
  lampiran?: { judul: string; kepala: string; isi: ItemKerangka[]; path: PathSegment[] };
}

/** Every block of an outline, in document order, with the items that hold it. */
export function* semuaBlok(k: Kerangka): Generator<BlokKerangka> {
  function* dari(isi: ItemKerangka[]): Generator<BlokKerangka> {
    for (const item of isi) if (item.jenis === 'blok') yield item;
    else yield* dari(item.isi);
  }
  yield* dari(k.depan);
  for (const b of k.bab) yield* dari(b.isi);
  if (k.lampiran) yield* dari(k.lampiran.isi);
}
