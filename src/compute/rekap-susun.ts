// How a rekap table lays out its agencies: ordered by rank or by name, and grouped as a Bagian
// Organisasi presents them — by rumpun (sekretariat, dinas, badan, kecamatan, …) or by the
// kategori / predikat / mutu of the measure. Ranks stay those of the whole pemda (rekap.ts).
import { labelMutu, labelPredikat, namaUrut, type InstansiRekap, type Ukuran } from './rekap.ts';
import { RUMPUN } from './rekap-rumpun.ts';

export const URUT = ['peringkat', 'nama'] as const;
export type Urut = (typeof URUT)[number];
export const KELOMPOK = ['tidak', 'rumpun', 'kategori', 'predikat', 'mutu'] as const;
export type Kelompok = (typeof KELOMPOK)[number];

export interface KelompokRekap {
  /** Absent when the table is not grouped. */
  judul?: string;
  instansi: InstansiRekap[];
}

/** The group of agencies without the measure, always last. */
export const BELUM_ADA = 'Belum ada data';

const LABEL: Record<Exclude<Kelompok, 'tidak' | 'rumpun'>, (i: InstansiRekap) => string | undefined> = {
  kategori: (i) => i.kategori?.kategori,
  predikat: (i) => labelPredikat(i.lhe?.predikat),
  mutu: (i) => labelMutu(i.ikm),
};

export function urutkan(list: readonly InstansiRekap[], u: Ukuran, urut: Urut): InstansiRekap[] {
  if (urut === 'nama') return [...list].sort(namaUrut);
  // Unranked (no value) last; equal ranks by name.
  return [...list].sort((a, b) => (a.peringkat[u] ?? Infinity) - (b.peringkat[u] ?? Infinity) || namaUrut(a, b));
}

/**
 * The agencies in groups, each ordered by `urut`. By rumpun, the groups come in the order of
 * RUMPUN; by kategori/predikat/mutu, in the order of their best-ranked member (the best kategori
 * first), whatever `urut` is; agencies without the measure form the last group.
 */
export function susun(list: readonly InstansiRekap[], u: Ukuran, urut: Urut, kelompok: Kelompok): KelompokRekap[] {
  if (kelompok === 'tidak') return [{ instansi: urutkan(list, u, urut) }];
  if (kelompok === 'rumpun')
    return RUMPUN.map((r) => ({ judul: r.judul, instansi: urutkan(list.filter((i) => i.rumpun === r.rumpun), u, urut) })).filter((g) => g.instansi.length);
  const label = LABEL[kelompok];
  const groups = new Map<string, InstansiRekap[]>();
  for (const i of urutkan(list, u, 'peringkat')) {
    const key = label(i) ?? BELUM_ADA;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  const keys = [...groups.keys()].sort((a, b) => Number(a === BELUM_ADA) - Number(b === BELUM_ADA));
  return keys.map((judul) => ({ judul, instansi: urutkan(groups.get(judul)!, u, urut) }));
}
