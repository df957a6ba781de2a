// Layout help for the templates: grouping and row spans, never arithmetic on figures.
import type { SkalaPita } from '../model/input.ts';
import { tercapai } from '../compute/capaian.ts';
import type { IndikatorHasil, KegiatanHasil, NilaiHasil, TahunModel } from '../model/model.ts';

export interface Span<T> {
  item: T;
  /** Rows the grouping cell spans, on the first row of its group; 0 on the others. */
  span: number;
}

export function spans<T, G>(items: T[], group: (t: T) => G): Span<T>[] {
  return items.map((item, i) => {
    if (i > 0 && group(items[i - 1]!) === group(item)) return { item, span: 0 };
    let n = 1;
    while (i + n < items.length && group(items[i + n]!) === group(item)) n++;
    return { item, span: n };
  });
}

/**
 * The interval of each band in words ("100 % atau lebih", "70 % s.d. kurang dari 100 %",
 * "kurang dari 40 %"): the bundled fonts carry no ≥ and ≤ glyphs, and words read as well.
 */
export function intervalPita(skala: SkalaPita[]): { pita: SkalaPita; interval: string }[] {
  const fmt = (n: number) => `${String(n).replace('.', ',')} %`;
  return skala.map((pita, i) => {
    const upperPita = skala[i - 1];
    const upper = upperPita?.minimal ?? upperPita?.lebih_dari;
    const below = upper === undefined ? '' : `${upperPita?.minimal !== undefined ? 'kurang dari' : 'paling tinggi'} ${fmt(upper)}`;
    if (pita.minimal !== undefined) return { pita, interval: below ? `${fmt(pita.minimal)} s.d. ${below}` : `${fmt(pita.minimal)} atau lebih` };
    if (pita.lebih_dari !== undefined) return { pita, interval: below ? `lebih dari ${fmt(pita.lebih_dari)} s.d. ${below.replace('kurang dari', 'di bawah')}` : `lebih dari ${fmt(pita.lebih_dari)}` };
    return { pita, interval: below };
  });
}

export interface IkuRow {
  ind: IndikatorHasil;
  sasaranSpan: number;
  lamaSpan: number;
  sasaranUraian: string;
  lamaSasaran?: string;
  targets: { lama?: NilaiHasil | number | { predikat: string; nilai: number }; baru?: NilaiHasil }[];
}

export function ikuRows(m: TahunModel): IkuRow[] {
  const years = tahunRenstra(m);
  const sasaran = new Map(m.sasaran.map((s) => [s.id, s]));
  const bySas = spans(m.iku, (i) => i.induk);
  const byLama = spans(m.iku, (i) => `${i.induk}/${i.lama?.id ?? i.id}`);
  return m.iku.map((ind, k) => ({
    ind,
    sasaranSpan: bySas[k]!.span,
    lamaSpan: byLama[k]!.span,
    sasaranUraian: sasaran.get(ind.induk)!.uraian,
    lamaSasaran: m.renstra.sasaran_lama?.find((l) => l.id === sasaran.get(ind.induk)!.lama)?.uraian,
    targets: years.map((y) => ({ lama: ind.lama?.target?.[String(y)], baru: ind.targetPerTahun[String(y)] })),
  }));
}

export function tahunRenstra(m: TahunModel): number[] {
  const { awal, akhir } = m.renstra.periode;
  return Array.from({ length: akhir - awal + 1 }, (_, i) => awal + i);
}

/** Tabel Penetapan Kinerja: per sasaran, its indicators beside its programs and kegiatan. */
/**
 * The Penetapan Kinerja as a hierarchy, one group per sasaran: its indicators with their targets,
 * then each program serving it (its indicators, pagu) and the program's kegiatan (indicator,
 * pagu). Rows of one group belong together; nothing is set beside something it does not serve.
 */
export function penetapanRows(m: TahunModel) {
  return m.sasaran.map((s, i) => ({
    nomor: i + 1,
    sasaran: s,
    indikator: s.indikator.map((ind, k) => ({ ind, first: k === 0, span: s.indikator.length })),
    program: s.program.map((p) => ({
      program: p,
      // A program's indicators one per row, its name and pagu spanning them.
      indikator: (p.indikator.length ? p.indikator : [undefined]).map((ind, k, all) => ({ ind, first: k === 0, span: all.length })),
      kegiatan: p.kegiatan,
    })),
  }));
}

export interface UnitTree {
  nama: string;
  anak: UnitTree[];
}

export function strukturTree(m: TahunModel): UnitTree[] {
  const units = m.instansi.unit_kerja ?? [];
  const build = (induk?: string): UnitTree[] => units.filter((u) => u.induk === induk).map((u) => ({ nama: u.nama, anak: build(u.id) }));
  return build(undefined);
}

/** One piece of the quarterly lampiran: rows of one unit, at most `LAMPIRAN_CHUNK` of them. */
export interface LampiranChunk {
  unit?: import('../model/model.ts').UnitHasil;
  rows: ({ kegiatan: KegiatanHasil } | { sub: import('../model/model.ts').SubKegiatanHasil })[];
  /** A continuation of the previous unit's rows: starts on a new page. */
  lanjutan: boolean;
}

/**
 * Chromium prints one long table in time that grows faster than its rows; the same rows as
 * tables of a few hundred print in linear time. The lampiran is cut per unit, and a unit's rows
 * every LAMPIRAN_CHUNK rows, a continuation starting on a new page under a repeated header.
 */
export const LAMPIRAN_CHUNK = 400;

export function lampiranChunks(m: TahunModel, size = LAMPIRAN_CHUNK): LampiranChunk[] {
  const out: LampiranChunk[] = [];
  for (const unit of m.unit) {
    const rows: LampiranChunk['rows'] = unit.kegiatan.flatMap((k) => [{ kegiatan: k }, ...k.sub.map((sub) => ({ sub }))]);
    for (let i = 0; i < rows.length; i += size) out.push({ unit: i === 0 ? unit : undefined, rows: rows.slice(i, i + size), lanjutan: i > 0 });
  }
  return out;
}

/**
 * The factors table lists the sub kegiatan that have something to say: a hambatan, solusi or
 * keterangan, or a capaian below 100 % (a shortfall always needs its reason).
 */
export function faktorRows(m: TahunModel) {
  const short = (s: import('../model/model.ts').SubKegiatanHasil) => s.tercapaiK === false;
  const groups = m.program.flatMap((p) => p.kegiatan).map((k) => ({ kegiatan: k, sub: k.sub.filter((s) => s.input.hambatan || s.input.solusi || s.input.keterangan || short(s)) }));
  return groups.filter((g) => g.sub.length);
}

/** Above this many sub kegiatan, the budget table of Bab III stops at kegiatan (Lampiran 3 has them all). */
export const RINCIAN_SUB_MAKS = 300;

/** The name of a unit kerja, or its id when instansi.yaml does not list it. */
export function namaUnit(m: TahunModel, id: string | undefined): string | undefined {
  return m.instansi.unit_kerja?.find((u) => u.id === id)?.nama ?? id;
}

/** "Program Penunjang …" for a kind named before a name: never "Program Program Penunjang …". */
export function denganJenis(jenis: string, nama: unknown): string {
  const n = String(nama ?? '');
  return n.toLowerCase().startsWith(`${jenis.toLowerCase()} `) ? n : `${jenis} ${n}`;
}

/** Every IKU under its sasaran, then every program indicator under its program. */
export function targetAkhirRows(m: TahunModel) {
  return [
    ...spans(m.iku, (i) => i.induk).map((s) => ({ ...s, induk: m.sasaran.find((x) => x.id === s.item.induk)!.uraian })),
    ...spans(m.indikatorProgram, (i) => i.induk).map((s) => ({ ...s, induk: m.program.find((p) => p.id === s.item.induk)?.nama ?? s.item.induk })),
  ];
}

/** Last year's result of every IKU, for the RKT's evaluation of the year before. */
export function evaluasiRows(m: TahunModel) {
  const tahunLalu = m.tahun - 1;
  const sasaranNo = new Map(m.sasaran.map((s, i) => [s.id, i + 1]));
  return spans(m.iku, (i) => i.induk).map((s) => {
    const r = s.item.riwayat.find((h) => h.tahun === tahunLalu);
    return {
      ...s,
      sasaran: m.sasaran.find((x) => x.id === s.item.induk)!.uraian,
      sasaranNo: sasaranNo.get(s.item.induk),
      lalu: r && {
        ...r,
        target: s.item.targetPerTahun[String(tahunLalu)],
        keterangan: { true: 'Tercapai', false: 'Tidak Tercapai', undefined: '–' }[String(tercapai(r.capaian))],
      },
    };
  });
}

/** The RKT's wide table: one row per sub kegiatan, with the spans of its sasaran, program and kegiatan. */
export function rktRows(m: TahunModel) {
  const unit = (id?: string) => namaUnit(m, id) ?? '';
  const flat = m.sasaran.flatMap((sasaran) =>
    sasaran.program.flatMap((program) => program.kegiatan.flatMap((kegiatan) => kegiatan.sub.map((sub) => ({ sasaran, program, kegiatan, sub, unit: unit(kegiatan.penanggungJawab ?? sub.unit) })))),
  );
  const s = spans(flat, (r) => r.sasaran.id);
  const p = spans(flat, (r) => r.program.id);
  const k = spans(flat, (r) => r.kegiatan.id);
  return flat.map((r, i) => ({ ...r, sasaranSpan: s[i]!.span, programSpan: p[i]!.span, kegiatanSpan: k[i]!.span }));
}
