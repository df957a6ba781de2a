// `kinerja impor`: budget realisation from a spreadsheet into <tahun>/anggaran.yaml.
// read the sheet → find the header by the mapping → read every row (each mistake at its cell)
// → check total rows → match by kode → set the figures in place (src/impor/sunting.ts).
// Any error: nothing is written. The write is atomic.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Diagnostics, KinerjaError } from '../diagnostics/index.ts';
import { errnoOf, systemError } from '../diagnostics/system-error.ts';
import { writeAtomic } from '../finish/write-atomic.ts';
import { bacaBaris, cariKolom, pilihLembar } from './baris.ts';
import { cocokkan, type Perubahan } from './cocok.ts';
import { bacaLembar } from '../util/lembar/index.ts';
import { bacaPeta } from './peta.ts';
import { sunting } from './sunting.ts';

export interface ImporOpsi {
  berkas: string;
  folder: string;
  tahun?: number;
  /** The mapping file; undefined: the default SIPD mapping. */
  peta?: string;
  /** Overrides the mapping's sheet. */
  lembar?: string;
  /** Say what would change, write nothing. */
  periksa?: boolean;
}

export interface ImporHasil {
  target: string;
  perubahan: Perubahan[];
  diags: Diagnostics;
  ditulis: boolean;
  /** What was read, for the report: sheet, rows matched. */
  lembar: string;
  baris: number;
}

/** The year folder: the one asked for, or the latest with an anggaran.yaml. */
function tahunFolder(folder: string, tahun: number | undefined): string {
  if (tahun !== undefined) return join(folder, String(tahun));
  let years: string[] = [];
  try {
    years = readdirSync(folder).filter((d) => /^\d{4}$/.test(d) && existsSync(join(folder, d, 'anggaran.yaml'))).sort();
  } catch (e) {
    throw errnoOf(e) ? systemError(e, 'membaca folder', folder) : e;
  }
  if (!years.length) throw new KinerjaError(`${folder}: tidak ada <tahun>/anggaran.yaml untuk diisi`, [], { cause: 'buat anggaran.yaml dengan program, kegiatan dan sub kegiatan (berkode) dahulu; kinerja init membuat contohnya' });
  return join(folder, years[years.length - 1]!);
}

export async function imporAnggaran(o: ImporOpsi): Promise<ImporHasil> {
  const target = join(tahunFolder(o.folder, o.tahun), 'anggaran.yaml');
  if (!existsSync(target)) throw new KinerjaError(`${target} tidak ada`, [], { cause: 'buat anggaran.yaml dengan program, kegiatan dan sub kegiatan (berkode) dahulu' });
  const peta = bacaPeta(o.peta);
  if (o.lembar !== undefined) peta.lembar = /^\d+$/.test(o.lembar) ? Number(o.lembar) : o.lembar;
  const diags = new Diagnostics();
  const semua = bacaLembar(o.berkas);
  const hasil: ImporHasil = { target, perubahan: [], diags, ditulis: false, lembar: '', baris: 0 };
  const pilih = pilihLembar(semua, peta, diags);
  if (!pilih) return hasil;
  hasil.lembar = pilih.l.nama ?? o.berkas;
  const k = cariKolom(pilih.l, pilih.h, peta, diags);
  if (!k) return hasil;
  const rows = bacaBaris(pilih.l, k.kolom, k.mulai, peta, diags);
  hasil.baris = rows.length;
  if (!rows.length && !diags.hasErrors) diags.error('impor/kosong', `tidak ada baris berkode di bawah judul tabel`, pilih.l.tempat(k.mulai, k.kolom.kode), 'kode sub kegiatan ditulis seperti 2.16.01.2.01.0001 di kolom kode');
  let text: string;
  try {
    text = readFileSync(target, 'utf8');
  } catch (e) {
    throw errnoOf(e) ? systemError(e, 'membaca', target) : e;
  }
  hasil.perubahan = cocokkan(rows, k.kolom, pilih.l, text, target, diags);
  if (diags.hasErrors || o.periksa || !hasil.perubahan.length) return hasil;
  const baru = sunting(text, hasil.perubahan.map((p) => ({ jalur: p.jalur, nilai: p.baru })));
  writeAtomic(target, baru);
  hasil.ditulis = true;
  return hasil;
}
