// Program → kegiatan → sub kegiatan: totals at every level, sisa, penyerapan, capaian kinerja.
import type { AnggaranInput, InstansiInput, KegiatanInput, ProgramRenstra, SubKegiatanInput, Triwulan } from '../model/input.ts';
import type { IndikatorHasil, Isian, Jumlah, KegiatanHasil, ProgramHasil, RingkasanSub, SubKegiatanHasil, TriwulanHasil, UkuranK, UnitHasil } from '../model/model.ts';
import { hitungCapaian, penyerapan, tercapai } from './capaian.ts';
import { Rational } from './rational.ts';

export const TW = ['tw1', 'tw2', 'tw3', 'tw4'] as const;

/** Realisasi in rupiah of a year: the sum of the quarters, or the yearly figure where the quarters carry none. */
export function realisasiRp(sub: SubKegiatanInput): number | undefined {
  const r = sub.realisasi;
  if (!r) return undefined;
  return TW.some((t) => r[t]?.rp !== undefined) ? TW.reduce((s, t) => s + (r[t]?.rp ?? 0), 0) : r.rp;
}

/** Of parts each complete, partial or empty: the whole is complete only if every part is, empty only if every part is. */
export function gabungIsian(parts: Isian[]): Isian {
  if (parts.every((p) => p === 'lengkap')) return 'lengkap';
  return parts.every((p) => p === 'kosong') ? 'kosong' : 'sebagian';
}

function jumlah(pagu: number, realisasi: number, isian: Isian): Jumlah {
  // Nothing reported has no penyerapan: 0 % would say the money was not spent.
  return { pagu, realisasi, sisa: pagu - realisasi, penyerapan: isian === 'kosong' ? undefined : penyerapan(pagu, realisasi), isian };
}

/** Realisasi K of a year from its quarters, by how the indicator's quarters combine. */
export function realisasiK(sub: SubKegiatanInput): number | undefined {
  const r = sub.realisasi;
  if (!r) return undefined;
  const ks = TW.map((t) => r[t]?.k);
  // The yearly value stands when quarters are missing (validate forbids it beside all four).
  if (r.k !== undefined || ks.every((k) => k === undefined)) return r.k;
  switch (sub.indikator?.agregasi ?? 'jumlah') {
    case 'jumlah':
      return ks.reduce<number>((s, k) => s + (k ?? 0), 0);
    case 'tetap':
      return ks.filter((k): k is number => k !== undefined).at(-1);
    case 'akhir':
      return ks[3];
  }
}

function triwulan(sub: SubKegiatanInput): TriwulanHasil[] {
  return TW.map((t) => {
    const q: Triwulan | undefined = sub.realisasi?.[t];
    // A quarter not yet reported stays absent: printed blank, never as Rp 0.
    return { k: q?.k, rp: q?.rp, isianRp: q?.rp === undefined ? 'kosong' : 'lengkap' };
  });
}

/** A year's rupiah is complete when all four quarters (or the yearly figure) are reported. */
function isianRealisasi(sub: SubKegiatanInput): Isian {
  const r = sub.realisasi;
  const quarters = TW.filter((t) => r?.[t]?.rp !== undefined).length;
  if (quarters === 4 || (quarters === 0 && r?.rp !== undefined)) return 'lengkap';
  return quarters === 0 ? 'kosong' : 'sebagian';
}

export function hitungSub(sub: SubKegiatanInput, unit?: string): SubKegiatanHasil {
  const tw = triwulan(sub);
  const rp = realisasiRp(sub);
  const k = sub.indikator ? realisasiK(sub) : undefined;
  const capaianK = hitungCapaian(sub.indikator?.target, k, 'naik');
  return {
    ...jumlah(sub.pagu, rp ?? 0, isianRealisasi(sub)),
    id: sub.id,
    kode: sub.kode,
    nama: sub.nama,
    unit,
    indikator: sub.indikator,
    tw,
    realisasiK: k,
    capaianK,
    tercapaiK: tercapai(capaianK),
    input: sub,
  };
}

function sumTw(parts: { tw: TriwulanHasil[] }[]): TriwulanHasil[] {
  return [0, 1, 2, 3].map((i) => {
    const qs = parts.map((p) => p.tw[i]!);
    const isianRp = gabungIsian(qs.map((q) => q.isianRp));
    return { rp: isianRp === 'kosong' ? undefined : qs.reduce((s, q) => s + (q.rp ?? 0), 0), isianRp };
  });
}

function meanOf(xs: (Rational | undefined)[]): Rational | undefined {
  return Rational.mean(xs.filter((x): x is Rational => x !== undefined));
}

/** The K side of a group: the mean capaian of its parts, and whether anything below is measured. */
function ukuranK(parts: UkuranK[]): UkuranK {
  return { capaianK: meanOf(parts.map((p) => p.capaianK)), adaIndikator: parts.some((p) => p.adaIndikator) };
}

function ukuranSub(sub: SubKegiatanHasil[]): UkuranK {
  return { capaianK: meanOf(sub.map((s) => (s.capaianK.ada ? s.capaianK.persen : undefined))), adaIndikator: sub.some((s) => !!s.indikator) };
}

export function total(parts: (Jumlah & { tw: TriwulanHasil[] })[]): Jumlah & { tw: TriwulanHasil[] } {
  const pagu = parts.reduce((s, p) => s + p.pagu, 0);
  const realisasi = parts.reduce((s, p) => s + p.realisasi, 0);
  return { ...jumlah(pagu, realisasi, gabungIsian(parts.map((p) => p.isian))), tw: sumTw(parts) };
}

function kegiatanDari(k: KegiatanInput, sub: SubKegiatanHasil[]): KegiatanHasil {
  return {
    ...total(sub),
    ...ukuranSub(sub),
    id: k.id,
    kode: k.kode,
    nama: k.nama,
    penanggungJawab: k.penanggung_jawab,
    indikator: k.indikator,
    sub,
  };
}

export function hitungProgram(anggaran: AnggaranInput | undefined, renstraProgram: ProgramRenstra[], indikator: IndikatorHasil[]): ProgramHasil[] {
  return (anggaran?.program ?? []).map((p) => {
    const r = renstraProgram.find((x) => x.id === p.id);
    const kegiatan = p.kegiatan.map((k) => kegiatanDari(k, k.sub_kegiatan.map((s) => hitungSub(s, s.penanggung_jawab))));
    return {
      ...total(kegiatan),
      ...ukuranK(kegiatan),
      id: p.id,
      kode: r?.kode,
      nama: r?.nama ?? p.nama ?? p.id,
      sasaran: r?.sasaran ?? '',
      indikator: indikator.filter((i) => i.induk === p.id),
      kegiatan,
    };
  });
}

/** The lampiran's view: sub kegiatan grouped by the unit responsible, kegiatan split where units share one. */
export function hitungUnit(program: ProgramHasil[], instansi: InstansiInput): UnitHasil[] {
  const order: string[] = [];
  const byUnit = new Map<string, Map<string, { k: KegiatanHasil; sub: SubKegiatanHasil[] }>>();
  for (const p of program)
    for (const k of p.kegiatan)
      for (const s of k.sub) {
        const u = s.unit ?? '';
        if (!byUnit.has(u)) (byUnit.set(u, new Map()), order.push(u));
        const ks = byUnit.get(u)!;
        if (!ks.has(k.id)) ks.set(k.id, { k, sub: [] });
        ks.get(k.id)!.sub.push(s);
      }
  return order.map((u) => {
    const kegiatan = [...byUnit.get(u)!.values()].map(({ k, sub }) => kegiatanDari({ id: k.id, kode: k.kode, nama: k.nama, indikator: k.indikator, sub_kegiatan: [] }, sub));
    return {
      ...total(kegiatan),
      ...ukuranK(kegiatan),
      id: u,
      nama: instansi.unit_kerja?.find((x) => x.id === u)?.nama ?? (u || 'Tanpa penanggung jawab'),
      kegiatan,
    };
  });
}

/** The whole budget of the year, with the counts the generated sentences about sub kegiatan rest on. */
export function hitungAnggaran(program: ProgramHasil[]): TahunAnggaran {
  const sub = program.flatMap((p) => p.kegiatan.flatMap((k) => k.sub));
  const all = total(program);
  const ringkasan: RingkasanSub = {
    jumlah: sub.length,
    berindikator: sub.filter((s) => s.indikator).length,
    tercapai: sub.filter((s) => s.tercapaiK).length,
    semuaTercapai: sub.length > 0 && sub.every((s) => s.tercapaiK === true),
    // Any sum below mixing reported and blank cells makes the year's sum mixed too.
    adaSebagian: all.isian === 'sebagian' || all.tw.some((q) => q.isianRp === 'sebagian'),
  };
  return { ...all, ...ukuranK(program), sub: ringkasan };
}

type TahunAnggaran = Jumlah & UkuranK & { tw: TriwulanHasil[]; sub: RingkasanSub };
