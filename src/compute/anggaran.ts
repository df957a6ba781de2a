// Program → kegiatan → sub kegiatan: totals at every level, sisa, penyerapan, capaian kinerja.
import type { AnggaranInput, InstansiInput, KegiatanInput, ProgramRenstra, SubKegiatanInput, Triwulan } from '../model/input.ts';
import type { IndikatorHasil, Jumlah, KegiatanHasil, ProgramHasil, SubKegiatanHasil, TriwulanHasil, UnitHasil } from '../model/model.ts';
import { hitungCapaian, penyerapan } from './capaian.ts';
import { Rational } from './rational.ts';

export const TW = ['tw1', 'tw2', 'tw3', 'tw4'] as const;

/** Realisasi in rupiah of a year: the sum of the quarters, or the yearly figure where the quarters carry none. */
export function realisasiRp(sub: SubKegiatanInput): number | undefined {
  const r = sub.realisasi;
  if (!r) return undefined;
  return TW.some((t) => r[t]?.rp !== undefined) ? TW.reduce((s, t) => s + (r[t]?.rp ?? 0), 0) : r.rp;
}

function jumlah(pagu: number, realisasi: number): Jumlah {
  return { pagu, realisasi, sisa: pagu - realisasi, penyerapan: penyerapan(pagu, realisasi) };
}

/** Realisasi K of a year from its quarters, by how the indicator's quarters combine. */
export function realisasiK(sub: SubKegiatanInput): number | undefined {
  const r = sub.realisasi;
  if (!r) return undefined;
  const ks = TW.map((t) => r[t]?.k);
  // The yearly value stands when quarters are missing (validate forbids it beside all four).
  if (r.k !== undefined || ks.every((k) => k === undefined)) return r.k;
  switch (sub.indikator.agregasi ?? 'jumlah') {
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
    return { k: q?.k, rp: q?.rp ?? 0 };
  });
}

export function hitungSub(sub: SubKegiatanInput, unit?: string): SubKegiatanHasil {
  const tw = triwulan(sub);
  const rp = realisasiRp(sub) ?? 0;
  const k = realisasiK(sub);
  return {
    ...jumlah(sub.pagu, rp),
    id: sub.id,
    kode: sub.kode,
    nama: sub.nama,
    unit,
    indikator: sub.indikator,
    tw,
    realisasiK: k,
    capaianK: hitungCapaian(sub.indikator.target, k, 'naik'),
    input: sub,
  };
}

function sumTw(parts: { tw: TriwulanHasil[] }[]): TriwulanHasil[] {
  return [0, 1, 2, 3].map((i) => ({ rp: parts.reduce((s, p) => s + (p.tw[i]?.rp ?? 0), 0) }));
}

function meanOf(xs: (Rational | undefined)[]): Rational | undefined {
  return Rational.mean(xs.filter((x): x is Rational => x !== undefined));
}

export function total(parts: (Jumlah & { tw: TriwulanHasil[] })[]): Jumlah & { tw: TriwulanHasil[] } {
  const pagu = parts.reduce((s, p) => s + p.pagu, 0);
  const realisasi = parts.reduce((s, p) => s + p.realisasi, 0);
  return { ...jumlah(pagu, realisasi), tw: sumTw(parts) };
}

function kegiatanDari(k: KegiatanInput, sub: SubKegiatanHasil[]): KegiatanHasil {
  return {
    ...total(sub),
    id: k.id,
    kode: k.kode,
    nama: k.nama,
    penanggungJawab: k.penanggung_jawab,
    indikator: k.indikator,
    sub,
    capaianK: meanOf(sub.map((s) => (s.capaianK.ada ? s.capaianK.persen : undefined))),
  };
}

export function hitungProgram(anggaran: AnggaranInput | undefined, renstraProgram: ProgramRenstra[], indikator: IndikatorHasil[]): ProgramHasil[] {
  return (anggaran?.program ?? []).map((p) => {
    const r = renstraProgram.find((x) => x.id === p.id);
    const kegiatan = p.kegiatan.map((k) => kegiatanDari(k, k.sub_kegiatan.map((s) => hitungSub(s, s.penanggung_jawab))));
    return {
      ...total(kegiatan),
      id: p.id,
      kode: r?.kode,
      nama: r?.nama ?? p.nama ?? p.id,
      sasaran: r?.sasaran ?? '',
      indikator: indikator.filter((i) => i.induk === p.id),
      kegiatan,
      capaianK: meanOf(kegiatan.map((k) => k.capaianK)),
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
      id: u,
      nama: instansi.unit_kerja?.find((x) => x.id === u)?.nama ?? (u || 'Tanpa penanggung jawab'),
      kegiatan,
      capaianK: meanOf(kegiatan.map((k) => k.capaianK)),
    };
  });
}
