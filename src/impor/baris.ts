// The rows of the budget export: the header found by the mapping's names (over one to three
// rows, merged cells read as their master), then one row per kode with its figures read, each
// mistake at its cell. Rows whose kode is the start of other kodes (program, kegiatan) and a
// JUMLAH/TOTAL row are totals: each figure must equal the sum of the sub kegiatan rows under it.
import type { Diagnostics } from '../diagnostics/index.ts';
import { formatRupiah } from '../format/index.ts';
import { bacaRupiah } from './angka.ts';
import { hurufKolom, namaSel, type Lembar, type Nilai } from '../util/lembar/index.ts';
import type { Peta } from './peta.ts';

export interface BarisAnggaran {
  /** 1-based row in the sheet. */
  row: number;
  kode: string;
  nama?: string;
  pagu?: number;
  /** Realisasi per quarter; undefined where the export has nothing for it. */
  tw: (number | undefined)[];
}

export interface Kolom {
  kode: number;
  nama?: number;
  pagu?: number;
  /** The columns of each quarter (one, or three months). */
  tw: number[][];
  jumlah?: number;
}

const TW = ['I', 'II', 'III', 'IV'];
const KODE = /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)+$/;
const JUMLAH = /^(jumlah|total)\b/i;

export const normal = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/\s*\/\s*/g, ' / ').replace(/[.:]+$/, '').trim();

function teks(v: Nilai | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** The sheet the mapping names, or the first with the kode header. */
export function pilihLembar(lembar: Lembar[], peta: Peta, diags: Diagnostics): { l: Lembar; h: number } | undefined {
  const namaLembar = lembar.map((l) => l.nama ?? l.berkas);
  let calon = lembar;
  if (typeof peta.lembar === 'number') calon = lembar.slice(peta.lembar - 1, peta.lembar);
  else if (typeof peta.lembar === 'string') calon = lembar.filter((l) => normal(l.nama ?? '') === normal(peta.lembar as string));
  if (!calon.length) {
    diags.error('impor/lembar', `lembar ${JSON.stringify(peta.lembar)} tidak ada di ${lembar[0]?.berkas}`, undefined, `lembar yang ada: ${namaLembar.join(', ')}`);
    return undefined;
  }
  const kode = new Set(peta.kode.map(normal));
  for (const l of calon) {
    for (let r = 0; r < Math.min(l.rows.length, 30); r++) if (l.rows[r]!.some((v) => kode.has(normal(teks(v))))) return { l, h: r + 1 };
  }
  diags.error('impor/judul-kode', `judul kolom kode (${peta.kode.join(' / ')}) tidak ditemukan di 30 baris pertama ${calon.length === 1 && calon[0]!.nama ? `lembar "${calon[0]!.nama}"` : calon[0]!.berkas}`, calon.length === 1 ? calon[0]!.tempat(1, 1) : undefined,
    `tulis nama judul kolom kode di peta (--peta), misalnya kode: "Kode Rekening"${lembar.length > 1 ? `; lembar yang ada: ${namaLembar.join(', ')}` : ''}`);
  return undefined;
}

const angkaLike = (v: Nilai | undefined) => typeof v === 'number' || /^[\d.,\s]+$/.test(teks(v)) && /\d/.test(teks(v));

/** The names of every column, over the header's rows: "Realisasi / TW I". */
export function judulKolom(l: Lembar, h: number, peta: Peta): { nama: string[][]; tinggi: number; kodeKol: number } {
  const kode = new Set(peta.kode.map(normal));
  const header = l.rows[h - 1]!;
  const kodeKol = header.findIndex((v) => kode.has(normal(teks(v)))) + 1;
  let tinggi = peta.barisJudul ?? l.rentangTurun(h, kodeKol);
  if (peta.barisJudul === undefined)
    while (tinggi < 3) {
      const next = l.rows[h - 1 + tinggi];
      if (!next) break;
      const k = teks(next[kodeKol - 1]);
      if ((k !== '' && normal(k) !== normal(teks(header[kodeKol - 1]))) || next.some(angkaLike) || !next.some((v) => teks(v) !== '')) break;
      tinggi++;
    }
  const lebar = Math.max(...l.rows.slice(h - 1, h - 1 + tinggi).map((r) => r.length));
  const nama: string[][] = [];
  for (let c = 1; c <= lebar; c++) {
    const parts: string[] = [];
    for (let r = h; r < h + tinggi; r++) {
      let v = teks(l.rows[r - 1]![c - 1]);
      // A group heading over several columns, written once at its left (CSV, or a merge read as blank).
      const bawahAda = l.rows.slice(r, h - 1 + tinggi).some((row) => teks(row[c - 1]) !== '');
      for (let k = c - 1; v === '' && bawahAda && k >= 1; k--) v = teks(l.rows[r - 1]![k - 1]);
      if (v !== '' && parts[parts.length - 1] !== v) parts.push(v);
    }
    nama.push(parts);
  }
  return { nama, tinggi, kodeKol };
}

/** The column named by one of `names`, or undefined (said as an error unless optional). */
function cari(l: Lembar, h: number, tinggi: number, judul: string[][], names: string[], apa: string, wajib: boolean, diags: Diagnostics): number | undefined {
  for (const name of names) {
    const n = normal(name);
    const hits: number[] = [];
    judul.forEach((parts, i) => {
      if (!parts.length) return;
      const full = normal(parts.join(' / '));
      if (full === n || normal(parts[parts.length - 1]!) === n) hits.push(i + 1);
    });
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) {
      diags.error('impor/judul-ganda', `judul kolom "${name}" (${apa}) ada di ${hits.length} kolom: ${hits.map((c) => `${hurufKolom(c)} "${judul[c - 1]!.join(' / ')}"`).join(', ')}`, l.tempat(h, hits[1]!), `tulis judul lengkapnya di peta, misalnya "${judul[hits[0]! - 1]!.join(' / ')}"`);
      return undefined;
    }
  }
  if (wajib) {
    const ada = judul.map((p) => p.join(' / ')).filter(Boolean);
    diags.error('impor/judul-tidak-ada', `judul kolom ${names.map((n) => `"${n}"`).join(' / ')} (${apa}) tidak ada di baris judul ${tinggi > 1 ? `${h}–${h + tinggi - 1}` : h}`, l.tempat(h, 1),
      `judul yang ada: ${ada.map((a) => `"${a}"`).join(', ')}; tulis namanya di peta (--peta)`);
  }
  return undefined;
}

export function cariKolom(l: Lembar, h: number, peta: Peta, diags: Diagnostics): { kolom: Kolom; mulai: number } | undefined {
  const { nama: judul, tinggi, kodeKol } = judulKolom(l, h, peta);
  const before = diags.errors.length;
  const wajib = !peta.bawaan;
  const kolom: Kolom = { kode: kodeKol, tw: [] };
  kolom.nama = peta.nama && cari(l, h, tinggi, judul, peta.nama, 'nama', wajib, diags);
  kolom.pagu = peta.pagu && cari(l, h, tinggi, judul, peta.pagu, 'pagu', wajib, diags);
  kolom.jumlah = peta.jumlah && cari(l, h, tinggi, judul, peta.jumlah, 'jumlah realisasi', wajib, diags);
  const realisasi = peta.realisasi.kolom.map((names, i) => cari(l, h, tinggi, judul, names, peta.realisasi.per === 'triwulan' ? `realisasi TW ${TW[i]}` : `realisasi bulan ${i + 1}`, true, diags));
  if (realisasi.length === 12) for (let q = 0; q < 4; q++) kolom.tw.push(realisasi.slice(q * 3, q * 3 + 3).filter((c): c is number => c !== undefined));
  else kolom.tw = realisasi.map((c) => (c === undefined ? [] : [c]));
  if (diags.errors.length > before) return undefined;
  return { kolom, mulai: h + tinggi };
}

interface Dibaca extends BarisAnggaran {
  total: boolean;
  /** A cell of the row could not be read (said at the cell): the row is not imported. */
  rusak: boolean;
  /** Whole-year realisasi as the row states it. */
  jumlah?: number;
}

/** Every data row, its figures read; total rows checked against the sub kegiatan rows under them. */
export function bacaBaris(l: Lembar, kolom: Kolom, mulai: number, peta: Peta, diags: Diagnostics): BarisAnggaran[] {
  const dibaca: Dibaca[] = [];
  let salahSel = false;
  const awal = diags.errors.length;
  const angka = (r: number, c: number | undefined, apa: string): number | undefined => {
    if (c === undefined) return undefined;
    const a = bacaRupiah(l.rows[r - 1]![c - 1]);
    if ('salah' in a) {
      salahSel = true;
      diags.error('impor/angka', `${apa}, ${namaSel(l, r, c)}: ${a.salah}`, l.tempat(r, c), a.saran);
      return undefined;
    }
    return a.ada ? a.nilai : undefined;
  };
  for (let r = mulai; r <= l.rows.length; r++) {
    const row = l.rows[r - 1]!;
    if (!row.some((v) => teks(v) !== '')) continue;
    const kode = teks(row[kolom.kode - 1]).replace(/\s+/g, '');
    const nama = kolom.nama ? teks(row[kolom.nama - 1]) : undefined;
    const total = JUMLAH.test(kode) || (kode === '' && JUMLAH.test(nama ?? teks(row.find((v) => teks(v) !== ''))));
    if (!total && !KODE.test(kode)) continue; // a title, a note, a signature under the table
    salahSel = false;
    const label = total ? `baris jumlah ${r}` : `kode ${kode}`;
    const tw = kolom.tw.map((cols, q) => {
      const vals = cols.map((c) => angka(r, c, `${label}, realisasi TW ${TW[q]}`));
      if (!vals.some((v) => v !== undefined)) return undefined;
      // Cumulative months: the quarter's figure to date is its last month reported.
      if (peta.kumulatif) return vals.filter((v) => v !== undefined).pop();
      return vals.reduce<number>((s, v) => s + (v ?? 0), 0);
    });
    dibaca.push({ rusak: salahSel, row: r, kode: total ? '' : kode, nama, total, pagu: angka(r, kolom.pagu, `${label}, pagu`), tw, jumlah: angka(r, kolom.jumlah, `${label}, jumlah realisasi`) });
  }
  if (peta.kumulatif)
    for (const b of dibaca) {
      let prev = 0;
      b.tw = b.tw.map((v, q) => {
        if (v === undefined) return undefined;
        const d = v - prev;
        if (d < 0) diags.error('impor/kumulatif-turun', `kode ${b.kode || `baris ${b.row}`}: realisasi kumulatif TW ${TW[q]} (${formatRupiah(v)}) lebih kecil dari triwulan sebelumnya (${formatRupiah(prev)})`, l.tempat(b.row, kolom.tw[q]![0]!), 'periksa ekspornya, atau tulis kumulatif: false di peta bila kolomnya per triwulan');
        prev = v;
        return d;
      });
    }
  // A cell that could not be read makes every sum it is in unknowable: said once, at the cell.
  const adaSalahSel = diags.errors.length > awal;
  // A row's own whole-year figure against its quarters.
  const sebelumJumlah = diags.errors.length;
  if (!adaSalahSel) for (const b of dibaca) {
    if (b.jumlah === undefined || kolom.jumlah === undefined) continue;
    const sum = b.tw.reduce<number>((s, v) => s + (v ?? 0), 0);
    if (sum !== b.jumlah)
      diags.error('impor/jumlah-baris', `${b.total ? `baris jumlah ${b.row}` : `kode ${b.kode}`}: jumlah realisasi ${formatRupiah(b.jumlah)} tidak sama dengan jumlah triwulannya ${formatRupiah(sum)} (selisih ${formatRupiah(b.jumlah - sum)})`, l.tempat(b.row, kolom.jumlah), 'periksa ekspornya: angka mana yang benar?');
  }
  const data = dibaca.filter((b) => !b.total);
  const induk = (b: Dibaca) => data.some((o) => o !== b && o.kode.startsWith(b.kode + '.'));
  const daun = data.filter((b) => !induk(b));
  // Totals: a program/kegiatan row by its kode, a JUMLAH row over the rows since the last one.
  let sejak = 0;
  for (const t of adaSalahSel ? [] : dibaca) {
    if (!t.total && !induk(t)) continue;
    const rincian = t.total ? daun.filter((d) => d.row > sejak && d.row < t.row) : daun.filter((d) => d.kode.startsWith(t.kode + '.'));
    if (t.total) sejak = t.row;
    const apa = t.total ? `baris jumlah ${t.row}` : `kode ${t.kode}`;
    const banding = (v: number | undefined, rinci: (d: Dibaca) => number | undefined, c: number | undefined, judul: string) => {
      if (v === undefined || c === undefined) return;
      const sum = rincian.reduce<number>((s, d) => s + (rinci(d) ?? 0), 0);
      if (sum !== v)
        diags.error('impor/jumlah-rincian', `${apa}, ${judul}: tertulis ${formatRupiah(v)}, jumlah ${rincian.length} baris sub kegiatan di bawahnya ${formatRupiah(sum)} (selisih ${formatRupiah(v - sum)})`, l.tempat(t.row, c), 'baris jumlah di ekspor tidak sesuai rinciannya: periksa ekspornya sebelum mengimpor');
    };
    banding(t.pagu, (d) => d.pagu, kolom.pagu, 'pagu');
    t.tw.forEach((v, q) => banding(v, (d) => d.tw[q], kolom.tw[q]?.[0], `realisasi TW ${TW[q]}`));
    if (diags.errors.length === sebelumJumlah) banding(t.jumlah, (d) => d.jumlah, kolom.jumlah, 'jumlah realisasi');
  }
  // The same kode twice: which row is right cannot be told.
  const pertama = new Map<string, Dibaca>();
  for (const d of daun) {
    const p = pertama.get(d.kode);
    if (p) diags.error('impor/kode-ganda', `kode ${d.kode} ada dua kali di ekspor: baris ${p.row} dan ${d.row}`, l.tempat(d.row, kolom.kode), 'hapus salah satunya, atau jumlahkan bila keduanya bagian dari sub kegiatan yang sama', l.tempat(p.row, kolom.kode));
    else pertama.set(d.kode, d);
  }
  return daun.filter((d) => !d.rusak);
}
