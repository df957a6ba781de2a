// SAKIP evaluation: LHE totals and predikat per year, AKIP scores of every perangkat daerah.
import type { EvaluasiInput, SkalaInput } from '../model/input.ts';
import type { BelanjaHasil, EvaluasiHasil } from '../model/model.ts';
import type { BelanjaInput } from '../model/input.ts';
import { penyerapan } from './capaian.ts';
import { rataRataAkip } from './indikator.ts';
import { Rational } from './rational.ts';
import { pitaUntuk } from './skala.ts';

function yearsOf(records: { nilai: Record<string, number> }[]): string[] {
  return [...new Set(records.flatMap((r) => Object.keys(r.nilai)))].sort();
}

export function hitungEvaluasi(ev: EvaluasiInput, skala: SkalaInput): EvaluasiHasil {
  const komponen = ev.lhe?.komponen ?? [];
  const lheTotal: Record<string, Rational> = {};
  for (const y of yearsOf(komponen)) lheTotal[y] = Rational.sum(komponen.map((k) => Rational.from(k.nilai[y] ?? 0)));
  const daftar = ev.akip_perangkat_daerah ?? [];
  const akipRataRata: Record<string, Rational> = {};
  for (const y of yearsOf(daftar)) akipRataRata[y] = rataRataAkip(ev, Number(y))!;
  const predikat = (v: Rational | number) => pitaUntuk(skala.akip, v);
  return {
    input: ev,
    lheBobot: komponen.reduce((s, k) => s + k.bobot, 0),
    lheTotal,
    lhePredikat: Object.fromEntries(Object.entries(lheTotal).map(([y, v]) => [y, predikat(v)])),
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
  const j = (pagu: number, realisasi: number) => ({ pagu, realisasi, sisa: pagu - realisasi, penyerapan: penyerapan(pagu, realisasi) });
  const kelompok = b.kelompok.map((k) => {
    const jenis = k.jenis.map((x) => ({ id: x.id, uraian: x.uraian, ...j(x.anggaran, x.realisasi) }));
    return { id: k.id, uraian: k.uraian, jenis, ...j(jenis.reduce((s, x) => s + x.pagu, 0), jenis.reduce((s, x) => s + x.realisasi, 0)) };
  });
  return { kelompok, total: j(kelompok.reduce((s, x) => s + x.pagu, 0), kelompok.reduce((s, x) => s + x.realisasi, 0)) };
}
