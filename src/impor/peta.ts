// The mapping file: which sheet and which columns, by their header names, hold the kode, the
// pagu and the realisasi. A name may be a list of alternatives; a header of two rows is written
// "Realisasi / TW I" (or just "TW I" when that is unique). Without a file, the default mapping
// for the common SIPD export (PETA_SIPD, printed in the README) is used.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { Diagnostics, KinerjaError, type Location } from '../diagnostics/index.ts';
import { errnoOf, systemError } from '../diagnostics/system-error.ts';
import { closest } from '../util/suggest.ts';

export interface Peta {
  /** Sheet name, or 1-based number; undefined: the first sheet with the kode header. */
  lembar?: string | number;
  /** Rows of the header; undefined: found from the merged kode cell and the rows below it. */
  barisJudul?: number;
  kode: string[];
  nama?: string[];
  pagu?: string[];
  /** Four quarters or twelve months, each with its alternative names. */
  realisasi: { per: 'triwulan' | 'bulan'; kolom: string[][] };
  /** A column holding the row's whole-year realisasi: checked against the quarters. */
  jumlah?: string[];
  /** Realisasi columns that run cumulatively (s.d. TW II): a quarter is the difference. */
  kumulatif: boolean;
  /** The default mapping: a column it names but the sheet lacks is left out, not an error. */
  bawaan: boolean;
  /** The mapping file (for messages), or "peta bawaan SIPD". */
  asal: string;
}

export const PETA_SIPD = `# Peta bawaan: ekspor realisasi anggaran SIPD per sub kegiatan
kolom:
  kode: [Kode, Kode Rekening, Kode Sub Kegiatan]
  nama: [Uraian, Nama Sub Kegiatan, Program/Kegiatan/Sub Kegiatan]
  pagu: [Anggaran, Pagu, Pagu Anggaran, Anggaran Setelah Perubahan]
  realisasi_triwulan:
    - [TW I, Triwulan I, Realisasi TW I]
    - [TW II, Triwulan II, Realisasi TW II]
    - [TW III, Triwulan III, Realisasi TW III]
    - [TW IV, Triwulan IV, Realisasi TW IV]
  realisasi_jumlah: [Jumlah Realisasi, Total Realisasi, Realisasi / Jumlah]
`;

const KUNCI_ATAS = ['lembar', 'baris_judul', 'kumulatif', 'kolom'];
const KUNCI_KOLOM = ['kode', 'nama', 'pagu', 'realisasi_triwulan', 'realisasi_bulan', 'realisasi_jumlah'];

export function bacaPeta(berkas: string | undefined): Peta {
  if (berkas === undefined) return uraiPeta(PETA_SIPD, 'peta bawaan SIPD', true);
  let text: string;
  try {
    text = readFileSync(berkas, 'utf8');
  } catch (e) {
    throw errnoOf(e) ? systemError(e, 'membaca', berkas) : e;
  }
  return uraiPeta(text, berkas, false);
}

/** The mapping in `text`; every mistake located in the file, with what to write. */
export function uraiPeta(text: string, berkas: string, bawaan: boolean): Peta {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const diags = new Diagnostics();
  const at = (n: Node | null | undefined): Location => {
    const p = lc.linePos(n?.range?.[0] ?? 0);
    return { file: berkas, line: p.line, col: p.col };
  };
  for (const e of doc.errors) {
    const p = lc.linePos(e.pos[0]);
    diags.error('impor/peta-yaml', `peta tidak dapat dibaca: ${e.message.split('\n')[0]}`, { file: berkas, line: p.line, col: p.col });
  }
  if (diags.hasErrors) throw new KinerjaError(`peta impor ${berkas} belum benar`, diags.errors);
  const root = doc.contents as Node | null;
  if (!isMap(root)) throw new KinerjaError(`peta impor ${berkas} belum benar`, [{ severity: 'galat', code: 'impor/peta', message: 'peta harus berisi `kolom:` dengan nama judul kolom', at: at(root), hint: 'lihat README, bagian "Impor dan ekspor"' }]);

  const nama = (n: Node | null | undefined, apa: string): string[] | undefined => {
    if (isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number') && String(n.value).trim()) return [String(n.value).trim()];
    if (isSeq(n) && n.items.length && n.items.every((i) => isScalar(i) && String(i.value).trim()))
      return n.items.map((i) => String((i as { value: unknown }).value).trim());
    diags.error('impor/peta-nama', `${apa}: tulis nama judul kolom, atau daftar nama`, at(n), `misalnya ${apa}: "Kode Rekening" atau ${apa}: [Kode, Kode Rekening]`);
    return undefined;
  };
  const peta: Peta = { kode: [], realisasi: { per: 'triwulan', kolom: [] }, kumulatif: false, bawaan, asal: berkas };
  let kolom: Node | null = null;
  for (const pair of root.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const v = pair.value as Node | null;
    if (key === 'kolom') kolom = v;
    else if (key === 'lembar') {
      if (isScalar(v) && ((typeof v.value === 'number' && Number.isInteger(v.value) && v.value >= 1) || (typeof v.value === 'string' && v.value.trim()))) peta.lembar = v.value as string | number;
      else diags.error('impor/peta-lembar', 'lembar: tulis nama lembar atau nomornya (1 = pertama)', at(v), 'misalnya lembar: Realisasi');
    } else if (key === 'baris_judul') {
      if (isScalar(v) && typeof v.value === 'number' && [1, 2, 3].includes(v.value)) peta.barisJudul = v.value;
      else diags.error('impor/peta-judul', 'baris_judul: tulis banyak baris judul tabel, 1 sampai 3', at(v), 'misalnya baris_judul: 2');
    } else if (key === 'kumulatif') {
      if (isScalar(v) && typeof v.value === 'boolean') peta.kumulatif = v.value;
      else diags.error('impor/peta-kumulatif', 'kumulatif: tulis true (realisasi s.d. triwulan) atau false', at(v));
    } else {
      const near = closest(key, KUNCI_ATAS);
      diags.error('impor/peta-kunci', `kunci \`${key}\` tidak dikenal di peta${near ? `; maksud Anda \`${near}\`?` : ''}`, at(pair.key as Node), `kunci peta: ${KUNCI_ATAS.join(', ')}`);
    }
  }
  if (!isMap(kolom)) {
    diags.error('impor/peta-kolom', 'peta perlu `kolom:` dengan nama judul kolom kode dan realisasi', at(kolom ?? root), 'lihat peta bawaan SIPD di README, bagian "Impor dan ekspor"');
    throw new KinerjaError(`peta impor ${berkas} belum benar`, diags.errors);
  }
  let adaRealisasi = false;
  for (const pair of kolom.items) {
    if (!isPair(pair)) continue;
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const v = pair.value as Node | null;
    switch (key) {
      case 'kode':
        peta.kode = nama(v, key) ?? [];
        break;
      case 'nama':
      case 'pagu':
        peta[key] = nama(v, key);
        break;
      case 'realisasi_jumlah':
        peta.jumlah = nama(v, key);
        break;
      case 'realisasi_triwulan':
      case 'realisasi_bulan': {
        const n = key === 'realisasi_triwulan' ? 4 : 12;
        if (adaRealisasi) diags.error('impor/peta-ganda', 'tulis realisasi_triwulan atau realisasi_bulan, tidak keduanya', at(pair.key as Node));
        adaRealisasi = true;
        if (!isSeq(v) || v.items.length !== n) {
          diags.error('impor/peta-realisasi', `${key}: tulis daftar ${n} nama kolom, ${n === 4 ? 'TW I sampai TW IV' : 'Januari sampai Desember'}, berurutan`, at(v ?? (pair.key as Node)), n === 4 ? `misalnya ${key}: [TW I, TW II, TW III, TW IV]` : `misalnya ${key}: [Jan, Feb, Mar, Apr, Mei, Jun, Jul, Agu, Sep, Okt, Nov, Des]`);
          break;
        }
        peta.realisasi = { per: n === 4 ? 'triwulan' : 'bulan', kolom: v.items.map((i, k) => nama(i as Node, `${key}[${k + 1}]`) ?? []) };
        break;
      }
      default: {
        const near = closest(key, KUNCI_KOLOM);
        diags.error('impor/peta-kunci', `kolom \`${key}\` tidak dikenal di peta${near ? `; maksud Anda \`${near}\`?` : ''}`, at(pair.key as Node), `kolom yang dikenal: ${KUNCI_KOLOM.join(', ')}`);
      }
    }
  }
  if (!peta.kode.length && !diags.hasErrors) diags.error('impor/peta-kode', 'peta perlu `kode:`: judul kolom kode sub kegiatan', at(kolom), 'misalnya kode: Kode Rekening');
  if (!adaRealisasi && !peta.pagu && !diags.hasErrors)
    diags.error('impor/peta-realisasi', 'peta perlu `realisasi_triwulan:` atau `realisasi_bulan:` (atau setidaknya `pagu:`)', at(kolom), 'misalnya realisasi_triwulan: [TW I, TW II, TW III, TW IV]');
  if (diags.hasErrors) throw new KinerjaError(`peta impor ${berkas} belum benar`, diags.errors);
  return peta;
}
