// IKU and program indicators for one year: target (PK over Renstra), realisasi, capaian, kategori.
import type { EvaluasiInput, IndikatorRenstra, InstansiData, Nilai, TahunInput } from '../model/input.ts';
import type { IndikatorHasil, NilaiHasil } from '../model/model.ts';
import { hitungProgram } from './anggaran.ts';
import { exact, hitungCapaian } from './capaian.ts';
import { totalLheLengkap } from './lhe.ts';
import { konversiSurvei } from './survei.ts';
import { Rational } from './rational.ts';
import { pitaUntuk, predikatUntuk } from './skala.ts';

export function rataRataAkip(evaluasi: EvaluasiInput | undefined, tahun: number): Rational | undefined {
  const xs = (evaluasi?.akip_perangkat_daerah ?? []).map((pd) => pd.nilai[String(tahun)]).filter((v): v is number => v !== undefined);
  return Rational.mean(xs.map((x) => Rational.from(x)));
}

function nilaiHasil(data: InstansiData, ind: IndikatorRenstra, n: Nilai | Rational | undefined): NilaiHasil | undefined {
  if (n === undefined) return undefined;
  const angka = exact(n);
  if (typeof n === 'object' && !(n instanceof Rational)) return { angka, predikat: n.predikat };
  const skala = ind.skala_predikat ? data.skala[ind.skala_predikat] : undefined;
  return { angka, predikat: skala ? predikatUntuk(skala, angka) : undefined };
}

const programCache = new WeakMap<TahunInput, ReturnType<typeof hitungProgram>>();

/** A program indicator measured as the mean capaian kinerja of the program's kegiatan (programs computed once per year). */
function capaianKegiatan(data: InstansiData, y: TahunInput, programId: string): Rational | undefined {
  if (!programCache.has(y)) programCache.set(y, hitungProgram(y.anggaran, data.renstra.program, []));
  return programCache.get(y)!.find((p) => p.id === programId)?.capaianK;
}

function realisasiDari(data: InstansiData, ind: IndikatorRenstra, y: TahunInput, induk: string): { nilai?: NilaiHasil | null; keterangan?: string } {
  const r = y.realisasi?.indikator[ind.id];
  if (!r) return {};
  if (r.dari === 'capaian-kegiatan') return { nilai: nilaiHasil(data, ind, capaianKegiatan(data, y, induk)), keterangan: r.keterangan };
  if (r.dari === 'rata-rata-akip-perangkat-daerah') {
    const mean = rataRataAkip(y.evaluasi, r.tahun_data ?? y.tahun - 1);
    return { nilai: nilaiHasil(data, ind, mean), keterangan: r.keterangan };
  }
  // The agency's own LHE total, read on the indicator's scale like a typed value; a partial total
  // (a component without its value) is no realisasi: printed "belum tersedia", warned by check.
  if (r.dari === 'nilai-lhe') return { nilai: nilaiHasil(data, ind, totalLheLengkap(y.evaluasi, r.tahun_data ?? y.tahun)), keterangan: r.keterangan };
  // The IKM konversi computed from the answers of survei.yaml: the agency's, or one unit's.
  if (r.dari === 'survei' || typeof r.dari === 'object')
    return { nilai: nilaiHasil(data, ind, konversiSurvei(data, r.tahun_data ?? y.tahun, typeof r.dari === 'object' ? r.dari.survei : undefined)), keterangan: r.keterangan };
  if (r.dari === 'survei-kepuasan') {
    const s = y.evaluasi?.survei_kepuasan;
    return { nilai: s ? nilaiHasil(data, ind, s.nilai) : undefined, keterangan: r.keterangan };
  }
  return { nilai: r.nilai === null ? null : nilaiHasil(data, ind, r.nilai), keterangan: r.keterangan };
}

export function hitungIndikator(
  data: InstansiData,
  y: TahunInput,
  ind: IndikatorRenstra,
  jenis: IndikatorHasil['jenis'],
  induk: string,
): IndikatorHasil {
  const { renstra } = data;
  const key = String(y.tahun);
  const targetRenstra = nilaiHasil(data, ind, ind.target[key]);
  const pkTarget = y.pk?.perubahan?.target[ind.id] ?? y.pk?.target[ind.id];
  const target = pkTarget !== undefined ? nilaiHasil(data, ind, pkTarget) : targetRenstra;
  const targetAkhir = nilaiHasil(data, ind, ind.target_akhir ?? ind.target[String(renstra.periode.akhir)]);
  const { nilai: realisasi, keterangan } = realisasiDari(data, ind, y, induk);
  const capaian = hitungCapaian(target?.angka, realisasi?.angka ?? (realisasi === null ? null : undefined), ind.polaritas);
  const riwayat = data.tahun
    .filter((t) => t.tahun < y.tahun)
    .map((t) => ({ t, r: realisasiDari(data, ind, t, induk).nilai }))
    .filter((x): x is { t: TahunInput; r: NilaiHasil } => !!x.r)
    .map(({ t, r }) => ({ tahun: t.tahun, realisasi: r, capaian: hitungCapaian(nilaiHasil(data, ind, ind.target[String(t.tahun)])?.angka, r.angka, ind.polaritas) }));
  for (const [tahun, v] of Object.entries(y.realisasi?.indikator[ind.id]?.riwayat ?? {}))
    if (!riwayat.some((h) => h.tahun === Number(tahun))) {
      const r = nilaiHasil(data, ind, v)!;
      riwayat.push({ tahun: Number(tahun), realisasi: r, capaian: hitungCapaian(nilaiHasil(data, ind, ind.target[tahun])?.angka, r.angka, ind.polaritas) });
    }
  riwayat.sort((a, b) => a.tahun - b.tahun);
  return {
    id: ind.id,
    jenis,
    induk,
    uraian: ind.uraian,
    satuan: ind.satuan,
    polaritas: ind.polaritas,
    skalaPredikat: ind.skala_predikat,
    definisi: ind.definisi,
    formula: ind.formula,
    sumberData: ind.sumber_data,
    lama: renstra.indikator_lama?.find((l) => l.id === ind.menggantikan),
    targetRenstra,
    target,
    targetAkhir,
    targetPerTahun: Object.fromEntries(Object.entries(ind.target).map(([k, v]) => [k, nilaiHasil(data, ind, v)!])),
    realisasi,
    realisasiDihitung: !!y.realisasi?.indikator[ind.id]?.dari,
    realisasiKeterangan: keterangan,
    capaian,
    kategori: capaian.ada ? pitaUntuk(data.skala.capaian, capaian.persen) : undefined,
    capaianAkhir: hitungCapaian(targetAkhir?.angka, realisasi?.angka, ind.polaritas),
    riwayat,
  };
}
