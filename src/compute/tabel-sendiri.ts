// An agency's own table, computed: row formulas, shares, totals, counts and means, exactly
// (Rational), with the project's rule for blank cells: a blank is never a 0, a figure computed
// from some of its cells only is `sebagian` (printed with *), from none is blank.
// Pure: the input is the YAML as check has accepted it; a division by zero leaves a blank cell
// and is listed in `bagiNol` for check to report.
import type { PathSegment } from '../load/index.ts';
import type { Isian } from '../model/model.ts';
import {
  isKelompok,
  JENIS_ANGKA,
  type Agregat,
  type BarisInput,
  type BarisJumlah,
  type BarisTampil,
  type KepalaSel,
  type KolomHasil,
  type KolomInput,
  type SelHasil,
  type TabelSendiriHasil,
  type TabelSendiriInput,
} from '../model/tabel-sendiri.ts';
import { Rational } from './rational.ts';

/** A number cell: its exact value, and how much of its sources the data holds. */
interface Angka {
  r?: Rational;
  isian: Isian;
}

const KOSONG: Angka = { isian: 'kosong' };

interface Baris {
  data: BarisInput;
  path: PathSegment[];
}

/** Decimal places of a number as typed (117.32 → 2). */
export function desimalDari(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const den = Rational.from(n).den;
  for (let d = 0; d <= 20; d++) if ((10n ** BigInt(d)) % den === 0n) return d;
  return 2;
}

/** The columns a column's formula reads. */
export function operandRumus(k: KolomInput): string[] {
  const r = k.rumus;
  if (!r) return [];
  return [...(r.jumlah ?? []), ...(r.selisih ?? []), ...(r.persentase ?? []), ...(r.bagian_dari ? [r.bagian_dari] : [])];
}

/**
 * The columns in an order where each formula comes after what it reads. A column in a cycle
 * (check refuses those) is left out: its cells stay blank.
 */
export function urutanHitung(kolom: readonly KolomInput[]): KolomInput[] {
  const byId = new Map(kolom.map((k) => [k.id, k]));
  const out: KolomInput[] = [];
  const state = new Map<string, 'sedang' | 'selesai' | 'siklus'>();
  const visit = (k: KolomInput): boolean => {
    const s = state.get(k.id);
    if (s === 'selesai') return true;
    if (s === 'sedang' || s === 'siklus') return false;
    state.set(k.id, 'sedang');
    let ok = true;
    for (const id of operandRumus(k)) {
      const o = byId.get(id);
      if (o && o !== k && !visit(o)) ok = false;
      if (o === k) ok = false;
    }
    state.set(k.id, ok ? 'selesai' : 'siklus');
    if (ok) out.push(k);
    return ok;
  };
  kolom.forEach(visit);
  return out;
}

function dariSel(v: unknown): Angka {
  return typeof v === 'number' && Number.isFinite(v) ? { r: Rational.from(v), isian: 'lengkap' } : KOSONG;
}

/** A sum over some cells: blank when none is filled, `sebagian` when some are missing or partial. */
function jumlahkan(xs: Angka[]): Angka {
  const ada = xs.filter((x) => x.r !== undefined);
  if (!ada.length) return KOSONG;
  const sebagian = ada.length < xs.length || ada.some((x) => x.isian === 'sebagian');
  return { r: Rational.sum(ada.map((x) => x.r!)), isian: sebagian ? 'sebagian' : 'lengkap' };
}

function rataRata(xs: Angka[]): Angka {
  const s = jumlahkan(xs);
  if (!s.r) return KOSONG;
  const n = xs.filter((x) => x.r !== undefined).length;
  return { r: s.r.div(Rational.of(BigInt(n))), isian: s.isian };
}

/** Both operands are needed: blank when either is. */
function keduanya(a: Angka, b: Angka, f: (x: Rational, y: Rational) => Rational | undefined): Angka {
  if (!a.r || !b.r) return KOSONG;
  const r = f(a.r, b.r);
  return r ? { r, isian: a.isian === 'sebagian' || b.isian === 'sebagian' ? 'sebagian' : 'lengkap' } : KOSONG;
}

const persenDari = (x: Rational, y: Rational) => (y.isZero() ? undefined : x.div(y).mul(Rational.HUNDRED));

export function hitungTabelSendiri(input: TabelSendiriInput): TabelSendiriHasil {
  const kolom = input.kolom;
  const nomorUrut = input.nomor_urut === true;
  const bagiNol: TabelSendiriHasil['bagiNol'] = [];

  // Every data row, in order, groups' rows in place.
  const semua: Baris[] = input.baris.flatMap((b, i) =>
    isKelompok(b) ? b.baris.map((r, j) => ({ data: r, path: ['baris', i, 'baris', j] })) : [{ data: b, path: ['baris', i] }],
  );

  // Column by column, each formula after what it reads; a share needs its source's whole column.
  const urutan = urutanHitung(kolom);
  const angka = new Map<string, Angka[]>();
  const desimal = new Map<string, number>();
  const jumlahSeluruh = (id: string) => jumlahkan(angka.get(id) ?? []);
  for (const k of urutan) {
    if (!JENIS_ANGKA.includes(k.jenis)) continue;
    const col = (id: string) => angka.get(id) ?? semua.map(() => KOSONG);
    const r = k.rumus;
    let vals: Angka[];
    let d: number;
    if (!r) {
      vals = semua.map((b) => dariSel(b.data[k.id]));
      d = Math.max(0, ...semua.map((b) => (typeof b.data[k.id] === 'number' ? desimalDari(b.data[k.id] as number) : 0)));
    } else if (r.jumlah) {
      const ops = r.jumlah.map(col);
      vals = semua.map((_, i) => jumlahkan(ops.map((o) => o[i]!)));
      d = Math.max(0, ...r.jumlah.map((id) => desimal.get(id) ?? 0));
    } else if (r.selisih) {
      const [a, b] = r.selisih.map(col) as [Angka[], Angka[]];
      vals = semua.map((_, i) => keduanya(a[i]!, b[i]!, (x, y) => x.sub(y)));
      d = Math.max(0, ...r.selisih.map((id) => desimal.get(id) ?? 0));
    } else if (r.persentase) {
      const [a, b] = r.persentase.map(col) as [Angka[], Angka[]];
      vals = semua.map((row, i) => {
        if (b[i]!.r?.isZero() && a[i]!.r) bagiNol.push({ tempat: 'baris', kolom: k.id, pembagi: r.persentase![1], path: row.path });
        return keduanya(a[i]!, b[i]!, persenDari);
      });
      d = 2;
    } else {
      const sumber = r.bagian_dari!;
      const t = jumlahSeluruh(sumber);
      if (t.r?.isZero()) bagiNol.push({ tempat: 'kolom', kolom: k.id, pembagi: sumber, path: ['kolom', kolom.indexOf(k), 'rumus', 'bagian_dari'] });
      vals = col(sumber).map((v) => (v.r && t.r && !t.r.isZero() ? keduanya(v, t, persenDari) : KOSONG));
      d = 2;
    }
    angka.set(k.id, vals);
    desimal.set(k.id, k.desimal ?? (k.jenis === 'rupiah' ? 0 : k.jenis === 'persen' ? 2 : d));
  }

  const selAngka = (id: string, a: Angka, d: number): SelHasil => ({ kolom: id, cetak: 'angka', nilai: a.r, desimal: d, isian: a.isian, kelas: 'r' });
  const selData = (k: KolomInput, b: Baris, i: number): SelHasil => {
    if (JENIS_ANGKA.includes(k.jenis)) return selAngka(k.id, angka.get(k.id)?.[i] ?? KOSONG, desimal.get(k.id) ?? 0);
    const v = b.data[k.id];
    const nilai = v === null || v === undefined || v === '' ? undefined : String(v);
    return k.jenis === 'tanggal'
      ? { kolom: k.id, cetak: 'tanggal', nilai, desimal: 0, isian: nilai ? 'lengkap' : 'kosong', kelas: 'c' }
      : { kolom: k.id, cetak: 'teks', nilai, desimal: 0, isian: nilai ? 'lengkap' : 'kosong' };
  };

  // Totals over a set of rows (the table, or one group), each column as the table declares.
  const total = input.total;
  const agregat = total?.kolom ?? {};
  const judulTotal = total?.judul ?? 'Jumlah';
  const lead = kolom.findIndex((k) => agregat[k.id] !== undefined);
  const rentangLabel = (nomorUrut ? 1 : 0) + (lead === -1 ? kolom.length : lead);
  const jumlahBaris = (idx: number[], judul: string, path: PathSegment[]): BarisJumlah => {
    const nilai: Record<string, SelHasil> = {};
    const hasil = new Map<string, Angka>();
    const dalam = (id: string): Angka[] => idx.map((i) => angka.get(id)?.[i] ?? KOSONG);
    for (const k of [...urutan, ...kolom.filter((k) => !urutan.includes(k))]) {
      const a: Agregat | undefined = agregat[k.id];
      const isAngka = JENIS_ANGKA.includes(k.jenis);
      const dk = desimal.get(k.id) ?? 0;
      if (a === undefined) {
        nilai[k.id] = { kolom: k.id, cetak: isAngka ? 'angka' : 'teks', desimal: dk, isian: 'kosong', kelas: isAngka ? 'r' : undefined };
        continue;
      }
      let v: Angka;
      let d = dk;
      if (a === 'banyak') {
        const n = idx.filter((i) => {
          const c = semua[i]!.data[k.id];
          return isAngka ? angka.get(k.id)?.[i]?.r !== undefined : c !== null && c !== undefined && c !== '';
        }).length;
        v = { r: Rational.of(BigInt(n)), isian: 'lengkap' };
        d = 0;
      } else if (!isAngka) v = KOSONG;
      else if (a === 'jumlah') v = jumlahkan(dalam(k.id));
      else if (a === 'rata-rata') {
        v = rataRata(dalam(k.id));
        d = k.desimal ?? (k.jenis === 'rupiah' ? 0 : Math.max(dk, 2));
      } else v = rumusTotal(k, hasil, bagiNol, path, jumlahSeluruh);
      hasil.set(k.id, v);
      nilai[k.id] = selAngka(k.id, v, d);
    }
    const sel = kolom.slice(Math.max(0, rentangLabel - (nomorUrut ? 1 : 0))).map((k) => nilai[k.id]!);
    if (rentangLabel === 0 && sel[0]) sel[0] = { ...sel[0], label: judul };
    return { jenis: 'jumlah', judul, rentang: rentangLabel, sel, nilai };
  };

  // The printed rows, in order.
  const baris: BarisTampil[] = [];
  const kelompok: TabelSendiriHasil['kelompok'] = [];
  const lebar = kolom.length + (nomorUrut ? 1 : 0);
  let nomor = 0;
  let i = 0;
  input.baris.forEach((b, bi) => {
    const dataRow = (bp: Baris) => {
      baris.push({ jenis: 'data', nomor: nomorUrut ? ++nomor : undefined, sel: kolom.map((k) => selData(k, bp, i)), path: bp.path });
      i++;
    };
    if (!isKelompok(b)) return dataRow(semua[i]!);
    const path: PathSegment[] = ['baris', bi];
    baris.push({ jenis: 'kelompok', judul: b.kelompok, rentang: lebar, path });
    const awal = i;
    b.baris.forEach(() => dataRow(semua[i]!));
    const idx = Array.from({ length: i - awal }, (_, n) => awal + n);
    const j = total ? jumlahBaris(idx, `${judulTotal} ${b.kelompok}`, path) : undefined;
    kelompok.push({ judul: b.kelompok, path, jumlah: j });
    if (j && total?.per_kelompok) baris.push({ ...j, subtotal: true });
  });
  const totalBaris = total ? jumlahBaris(semua.map((_, n) => n), judulTotal, ['total']) : undefined;

  const printed = [...baris.flatMap((b) => (b.jenis === 'data' || b.jenis === 'jumlah' ? b.sel : [])), ...(totalBaris?.sel ?? [])];
  const kolomHasil: KolomHasil[] = kolom.map((k) => ({ id: k.id, judul: k.judul, jenis: k.jenis, desimal: desimal.get(k.id) ?? 0, dihitung: k.rumus !== undefined }));
  return {
    judul: input.judul,
    sumber: input.sumber,
    catatan: input.catatan,
    nomorUrut,
    kolom: kolomHasil,
    kepala: kepala(kolom, nomorUrut),
    baris,
    kelompok,
    total: totalBaris,
    sebagian: printed.some((s) => s.isian === 'sebagian'),
    bagiNol: dedupe(bagiNol),
  };
}

/** A total row's formula column: the formula applied to the same row's totals of its operands. */
function rumusTotal(
  k: KolomInput,
  hasil: Map<string, Angka>,
  bagiNol: TabelSendiriHasil['bagiNol'],
  path: PathSegment[],
  jumlahSeluruh: (id: string) => Angka,
): Angka {
  const r = k.rumus;
  const op = (id: string) => hasil.get(id) ?? KOSONG;
  if (!r) return KOSONG;
  if (r.jumlah) return jumlahkan(r.jumlah.map(op));
  if (r.selisih) return keduanya(op(r.selisih[0]), op(r.selisih[1]), (x, y) => x.sub(y));
  const [a, b] = r.persentase ? [op(r.persentase[0]), op(r.persentase[1])] : [op(r.bagian_dari!), jumlahSeluruh(r.bagian_dari!)];
  if (b.r?.isZero() && a.r) bagiNol.push({ tempat: path[0] === 'total' ? 'total' : 'kelompok', kolom: k.id, pembagi: r.persentase?.[1] ?? r.bagian_dari!, path });
  return keduanya(a, b, persenDari);
}

function dedupe<T>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const s = JSON.stringify(x);
    return seen.has(s) ? false : (seen.add(s), true);
  });
}

/** One header row, or two when some columns stand under a common heading (`induk`). */
function kepala(kolom: readonly KolomInput[], nomorUrut: boolean): KepalaSel[][] {
  const dua = kolom.some((k) => k.induk);
  const span = dua ? 2 : undefined;
  const atas: KepalaSel[] = nomorUrut ? [{ judul: 'No', rowspan: span }] : [];
  const bawah: KepalaSel[] = [];
  for (let i = 0; i < kolom.length; ) {
    const k = kolom[i]!;
    if (!k.induk) {
      atas.push({ judul: k.judul, rowspan: span });
      i++;
      continue;
    }
    let n = 0;
    while (kolom[i + n]?.induk === k.induk) bawah.push({ judul: kolom[i + n++]!.judul });
    atas.push({ judul: k.induk, colspan: n > 1 ? n : undefined });
    i += n;
  }
  return dua ? [atas, bawah] : [atas];
}
