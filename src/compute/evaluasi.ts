// SAKIP evaluation: LHE totals and predikat per year, AKIP scores of every perangkat daerah.
import type { EvaluasiInput, SkalaInput } from '../model/input.ts';
import type { BelanjaHasil, EvaluasiHasil } from '../model/model.ts';
import type { BelanjaInput } from '../model/input.ts';
import { penyerapan } from './capaian.ts';
import { rataRataAkip } from './indikator.ts';
import { SKALA_LHE, totalLhe } from './lhe.ts';
import { Rational } from './rational.ts';
import { pitaUntuk } from './skala.ts';

function yearsOf(records: { nilai: Record<string, number> }[]): string[] {
  return [...new Set(records.flatMap((r) => Object.keys(r.nilai)))].sort();
}

export function hitungEvaluasi(ev: EvaluasiInput, skala: SkalaInput): EvaluasiHasil {
  const komponen = ev.lhe?.komponen ?? [];
  const lheTotal: Record<string, Rational> = {};
  const lheSebagian: Record<string, boolean> = {};
  // A component without a value for a year is a blank cell: the total is over what is given,
  // marked as such, and earns no predikat (a partial score would understate it).
  for (const y of yearsOf(komponen)) {
    const t = totalLhe(ev, y)!;
    lheTotal[y] = t.total;
    lheSebagian[y] = t.kosong.length > 0;
  }
  const bobot = komponen.flatMap((k) => (k.bobot === undefined ? [] : [k.bobot]));
  const daftar = ev.akip_perangkat_daerah ?? [];
  const akipRataRata: Record<string, Rational> = {};
  for (const y of yearsOf(daftar)) akipRataRata[y] = rataRataAkip(ev, Number(y))!;
  // The LHE and the AKIP of every perangkat daerah are read on one scale (SKALA_LHE, `akip`).
  const predikat = (v: Rational | number) => pitaUntuk(skala[SKALA_LHE]!, v);
  return {
    input: ev,
    // A sum of some weights is no total weight: given only when every component has one.
    lheBobot: bobot.length === komponen.length ? bobot.reduce((s, b) => s + b, 0) : undefined,
    lheAdaBobot: bobot.length > 0,
    lheTotal,
    lheSebagian,
    lheAdaSebagian: Object.values(lheSebagian).some(Boolean),
    lhePredikat: Object.fromEntries(Object.entries(lheTotal).map(([y, v]) => [y, lheSebagian[y] ? undefined : predikat(v)])),
    akipRataRata,
    akipPredikat: Object.fromEntries(Object.entries(akipRataRata).map(([y, v]) => [y, predikat(v)])),
    akipDaftar: daftar.map((pd) => ({
      nama: pd.nama,
      nilai: pd.nilai,
      predikat: Object.fromEntries(Object.entries(pd.nilai).map(([y, v]) => [y, predikat(v)])),
    })),
  };
}

export function hitungBelanja(b: BelanjaInput): BelanjaHasil {
  // Every jenis has its realisasi (the schema requires it): each line is complete.
  const j = (pagu: number, realisasi: number) => ({ pagu, realisasi, sisa: pagu - realisasi, penyerapan: penyerapan(pagu, realisasi), isian: 'lengkap' as const });
  const kelompok = b.kelompok.map((k) => {
    const jenis = k.jenis.map((x) => ({ id: x.id, uraian: x.uraian, ...j(x.anggaran, x.realisasi) }));
    return { id: k.id, uraian: k.uraian, jenis, ...j(jenis.reduce((s, x) => s + x.pagu, 0), jenis.reduce((s, x) => s + x.realisasi, 0)) };
  });
  return { kelompok, total: j(kelompok.reduce((s, x) => s + x.pagu, 0), kelompok.reduce((s, x) => s + x.realisasi, 0)) };
}
