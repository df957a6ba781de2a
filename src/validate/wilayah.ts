// Indonesia's provinces and kabupaten/kota, from the npm package idn-area-data (code MIT, data
// ODbL, kept to the latest Kepmendagri on area codes; its CSV files are read as they ship, so an
// update of the package is an update of the list). Read once per process, synchronously, as
// validate is synchronous.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Wilayah {
  kode: string;
  /** As the list writes it: "Kabupaten Paser", "Kota Balikpapan", "Kalimantan Timur". */
  nama: string;
  jenis: 'provinsi' | 'kabupaten' | 'kota';
  /** The province's code, for a kabupaten/kota. */
  provinsi?: string;
}

let cache: Wilayah[] | undefined;

function baris(file: string): string[][] {
  // The package's CSV has no quoted fields (no name holds a comma): a split is a full reading.
  return readFileSync(file, 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(','));
}

export function daftarWilayah(): Wilayah[] {
  if (cache) return cache;
  const dir = join(dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')), 'data');
  const provinsi = baris(join(dir, 'provinces.csv')).map(([kode, nama]): Wilayah => ({ kode: kode!, nama: nama!, jenis: 'provinsi' }));
  const kabKota = baris(join(dir, 'regencies.csv')).map(([kode, prov, nama]): Wilayah => ({ kode: kode!, nama: nama!, jenis: /^Kota\s/.test(nama!) ? 'kota' : 'kabupaten', provinsi: prov }));
  cache = [...provinsi, ...kabKota];
  return cache;
}

/** "Kabupaten Luwu Timur" / "Kab. Luwu Timur" / "Provinsi Kalimantan Timur" → the region it names. */
export function cariWilayah(nama: string): Wilayah | undefined {
  const n = normal(nama.replace(/^Kab\.?\s+/i, 'Kabupaten ').replace(/^Prov(?:insi|\.)?\s+/i, ''));
  return daftarWilayah().find((w) => normal(w.nama) === n);
}

export const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
