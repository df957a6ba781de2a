// The Survei Kepuasan Masyarakat of one year, exact (PermenPANRB 14/2017):
//   NRR per unsur      = sum of the answers ÷ respondents who answered it
//   NRR tertimbang     = NRR × bobot (1 ÷ number of unsur; `bobot: dibulatkan` takes it to three
//                        decimals, 0,111 for nine, as the regulation prints it)
//   IKM (1–4)          = Σ NRR tertimbang
//   IKM konversi       = IKM × 25
//   mutu and kinerja   = the band of the konversi, read as printed (two decimals: the regulation's
//                        intervals end at 64,99, 76,60, 88,30 and start again at 65,00 …)
// The agency: every respondent of every unit together (`gabungan: responden`), or the mean of the
// units (`rata-rata-unit`). Nothing is rounded here; format rounds once when printing.
import type { InstansiData, TahunInput } from '../model/input.ts';
import type {
  IndeksSurvei,
  PitaMutu,
  ProfilHasil,
  RiwayatSurvei,
  SurveiHasil,
  SurveiTerbaca,
  UnitSurveiHasil,
  UnitSurveiTerbaca,
  UnsurHasil,
  UnsurSurvei,
} from '../model/survei.ts';
import type { SkalaPita } from '../model/input.ts';
import { Rational } from './rational.ts';
import { pitaUntuk } from './skala.ts';

const DUA_LIMA = Rational.of(25n);

/** The weight of one unsur: exactly 1/n, or 1/n rounded half-up to three decimals (0,111 for nine). */
export function bobotUnsur(n: number, aturan: 'persis' | 'dibulatkan' = 'persis'): Rational {
  const persis = Rational.of(1n, BigInt(n));
  return aturan === 'persis' ? persis : desimal(persis.toFixed(3));
}

/** A decimal string as an exact number. */
function desimal(s: string): Rational {
  const [int, frac = ''] = s.replace('-', '').split('.') as [string, string?];
  const r = Rational.of(BigInt(int + frac), 10n ** BigInt(frac.length));
  return s.startsWith('-') ? Rational.ZERO.sub(r) : r;
}

/** The band of a converted index, read on the figure as printed (two decimals). */
export function mutuUntuk(skala: SkalaPita[], konversi: Rational): SkalaPita | undefined {
  return pitaUntuk(skala, desimal(konversi.toFixed(2)));
}

/** Per unsur: sum, respondents, NRR and its weighted value, from the counts of answers 1–4. */
export function hitungUnsur(unsur: readonly UnsurSurvei[], sebaran: [number, number, number, number][], bobot: Rational): UnsurHasil[] {
  return unsur.map((u, i) => {
    const s = sebaran[i] ?? [0, 0, 0, 0];
    const jumlah = s[0] + 2 * s[1] + 3 * s[2] + 4 * s[3];
    const menjawab = s[0] + s[1] + s[2] + s[3];
    const nrr = menjawab ? Rational.of(BigInt(jumlah), BigInt(menjawab)) : undefined;
    return { id: u.id, nama: u.nama, jumlah, menjawab, sebaran: s, nrr, tertimbang: nrr?.mul(bobot) };
  });
}

/** The index of a set of unsur: defined only when every unsur has its NRR. */
export function indeksDari(unsur: UnsurHasil[], skala: SkalaPita[]): IndeksSurvei {
  if (!unsur.length || unsur.some((u) => !u.tertimbang)) return {};
  const nilai = Rational.sum(unsur.map((u) => u.tertimbang!));
  const konversi = nilai.mul(DUA_LIMA);
  return { nilai, konversi, mutu: mutuUntuk(skala, konversi) };
}

/** The unsur with the lowest and the highest NRR (all of them on a tie). */
function ujung(unsur: UnsurHasil[]): { terlemah: UnsurHasil[]; terkuat: UnsurHasil[] } {
  const ada = unsur.filter((u) => u.nrr);
  if (!ada.length) return { terlemah: [], terkuat: [] };
  const min = ada.reduce((a, u) => (u.nrr!.compare(a) < 0 ? u.nrr! : a), ada[0]!.nrr!);
  const max = ada.reduce((a, u) => (u.nrr!.compare(a) > 0 ? u.nrr! : a), ada[0]!.nrr!);
  return { terlemah: ada.filter((u) => u.nrr!.compare(min) === 0), terkuat: ada.filter((u) => u.nrr!.compare(max) === 0) };
}

function hitungProfil(s: SurveiTerbaca, counts: Record<string, Record<string, number>>[]): ProfilHasil[] {
  return s.profil.map((p) => {
    const jumlah: Record<string, number> = {};
    for (const c of counts) for (const [label, n] of Object.entries(c[p.id] ?? {})) jumlah[label] = (jumlah[label] ?? 0) + n;
    const kosong = jumlah[''] ?? 0;
    const labels = [...p.label, ...Object.keys(jumlah).filter((l) => l !== '' && !p.label.includes(l)).sort((a, b) => a.localeCompare(b, 'id'))];
    const total = Object.values(jumlah).reduce((a, b) => a + b, 0);
    const terisi = total - kosong;
    return {
      id: p.id,
      nama: p.nama,
      baris: labels.map((label) => ({ label, jumlah: jumlah[label] ?? 0, persen: terisi ? Rational.of(BigInt((jumlah[label] ?? 0) * 100), BigInt(terisi)) : Rational.ZERO })),
      kosong,
      total,
    };
  });
}

function tambahSebaran(units: UnitSurveiTerbaca[], n: number): [number, number, number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const out: [number, number, number, number] = [0, 0, 0, 0];
    for (const u of units) for (let v = 0; v < 4; v++) out[v] = out[v]! + (u.sebaran[i]?.[v] ?? 0);
    return out;
  });
}

function riwayatDari(tahun: number, dihitung: Map<number, Rational>, ketik: Record<string, number> | undefined): Pick<UnitSurveiHasil, 'riwayat' | 'perubahan'> & { konversiIni?: Rational } {
  const riwayat: RiwayatSurvei[] = [...dihitung].filter(([t]) => t < tahun).map(([t, k]) => ({ tahun: t, konversi: k, dihitung: true }));
  for (const [t, v] of Object.entries(ketik ?? {}))
    if (Number(t) < tahun && !riwayat.some((r) => r.tahun === Number(t))) riwayat.push({ tahun: Number(t), konversi: Rational.from(v), dihitung: false });
  riwayat.sort((a, b) => a.tahun - b.tahun);
  return { riwayat };
}

interface Lalu {
  unit: Map<string, Map<number, Rational>>;
  instansi: Map<number, Rational>;
}

/** The survey of one year, its units and the agency, and how each moved against earlier years. */
export function hitungSurveiTahun(s: SurveiTerbaca, tahun: number, lalu: Lalu = { unit: new Map(), instansi: new Map() }): SurveiHasil {
  const aturan = s.input.bobot ?? 'persis';
  const bobot = bobotUnsur(s.unsur.length, aturan);
  const gabungan = s.input.gabungan ?? 'responden';
  const sampelUmum = s.input.sampel;
  const satu = (u: UnitSurveiTerbaca): UnitSurveiHasil => {
    const unsur = hitungUnsur(s.unsur, u.sebaran, bobot);
    const sampel = u.input.sampel ?? sampelUmum;
    const idx = indeksDari(unsur, s.skala);
    const r = riwayatDari(tahun, lalu.unit.get(u.input.id) ?? new Map(), u.input.riwayat);
    return {
      id: u.input.id,
      nama: u.input.nama,
      responden: u.jumlahResponden,
      sampel,
      kurangSampel: sampel !== undefined && u.jumlahResponden < sampel,
      sumber: u.input.berkas ? 'berkas' : 'jumlah',
      berkas: u.input.berkas,
      unsur,
      ...idx,
      ...ujung(unsur),
      profil: hitungProfil(s, [u.profil]),
      daftar: u.responden,
      kosong: u.kosong,
      ...r,
      perubahan: perubahan(idx.konversi, r.riwayat),
    };
  };
  const unit = s.unit.map(satu);
  // The agency: all answers together, or the mean of the units' figures (NRR, index alike).
  let unsur: UnsurHasil[];
  let idx: IndeksSurvei;
  if (gabungan === 'responden') {
    unsur = hitungUnsur(s.unsur, tambahSebaran(s.unit, s.unsur.length), bobot);
    idx = indeksDari(unsur, s.skala);
  } else {
    unsur = hitungUnsur(s.unsur, tambahSebaran(s.unit, s.unsur.length), bobot).map((x, i) => {
      const nrr = Rational.mean(unit.flatMap((u) => (u.unsur[i]!.nrr ? [u.unsur[i]!.nrr!] : [])));
      return { ...x, nrr, tertimbang: nrr?.mul(bobot) };
    });
    const nilai = unit.every((u) => u.nilai) ? Rational.mean(unit.map((u) => u.nilai!)) : undefined;
    idx = nilai ? { nilai, konversi: nilai.mul(DUA_LIMA), mutu: mutuUntuk(s.skala, nilai.mul(DUA_LIMA)) } : {};
  }
  const r = riwayatDari(tahun, lalu.instansi, s.input.riwayat);
  const sampelTotal = s.unit.every((u) => (u.input.sampel ?? sampelUmum) !== undefined) ? s.unit.reduce((a, u) => a + (u.input.sampel ?? sampelUmum)!, 0) : undefined;
  const responden = unit.reduce((a, u) => a + u.responden, 0);
  const instansi: UnitSurveiHasil = {
    id: 'instansi',
    nama: 'Instansi',
    responden,
    sampel: sampelTotal,
    kurangSampel: unit.some((u) => u.kurangSampel),
    sumber: unit.every((u) => u.sumber === 'berkas') ? 'berkas' : 'jumlah',
    unsur,
    ...idx,
    ...ujung(unsur),
    profil: hitungProfil(s, s.unit.map((u) => u.profil)),
    kosong: unit.reduce((a, u) => a + u.kosong, 0),
    ...r,
    perubahan: perubahan(idx.konversi, r.riwayat),
  };
  return {
    tahun,
    judul: s.input.judul ?? 'Survei Kepuasan Masyarakat',
    periode: s.input.periode,
    metode: s.input.metode,
    sampel: sampelUmum,
    bobot: { aturan, nilai: bobot },
    gabungan,
    jawabanKosong: s.input.jawaban_kosong ?? 'tolak',
    unsur: s.unsur,
    skala: s.skala,
    unit,
    instansi,
    pita: pitaMutu(s.skala, unit),
  };
}

/** The bands of the mutu scale from the highest: konversi interval (to the next bound less 0,01, as printed), the same ÷ 25, the units in it. */
function pitaMutu(skala: SkalaPita[], unit: UnitSurveiHasil[]): PitaMutu[] {
  const seratus = Rational.HUNDRED;
  const sen = Rational.of(1n, 100n);
  return skala.map((p, i) => {
    const batas = p.minimal ?? p.lebih_dari;
    const dari = batas === undefined ? DUA_LIMA : Rational.from(batas);
    const atas = i === 0 ? undefined : (skala[i - 1]!.minimal ?? skala[i - 1]!.lebih_dari);
    const sampai = atas === undefined ? seratus : skala[i - 1]!.minimal !== undefined ? Rational.from(atas).sub(sen) : Rational.from(atas);
    return { pita: p, dari, lebih: p.minimal === undefined && p.lebih_dari !== undefined, sampai, dariIkm: dari.div(DUA_LIMA), sampaiIkm: sampai.div(DUA_LIMA), unit: unit.filter((u) => u.mutu === p).map((u) => u.id) };
  });
}

function perubahan(konversi: Rational | undefined, riwayat: RiwayatSurvei[]): UnitSurveiHasil['perubahan'] {
  const last = riwayat.at(-1);
  return konversi && last ? { tahun: last.tahun, selisih: konversi.sub(last.konversi) } : undefined;
}

const cache = new WeakMap<TahunInput, SurveiHasil | null>();

/**
 * The survey of `tahun` of an agency, with the earlier years' surveys the data holds computed for
 * the comparison (their own `riwayat` typed for years without answers). Undefined without survei.yaml.
 */
export function hitungSurvei(data: InstansiData, tahun: number): SurveiHasil | undefined {
  const y = data.tahun.find((t) => t.tahun === tahun);
  if (!y?.surveiTerbaca) return undefined;
  const hit = cache.get(y);
  if (hit !== undefined) return hit ?? undefined;
  const lalu: Lalu = { unit: new Map(), instansi: new Map() };
  for (const t of data.tahun)
    if (t.tahun < tahun && t.surveiTerbaca) {
      const h = hitungSurveiTahun(t.surveiTerbaca, t.tahun);
      if (h.instansi.konversi) lalu.instansi.set(t.tahun, h.instansi.konversi);
      for (const u of h.unit) if (u.konversi) (lalu.unit.get(u.id) ?? lalu.unit.set(u.id, new Map()).get(u.id)!).set(t.tahun, u.konversi);
    }
  const out = hitungSurveiTahun(y.surveiTerbaca, tahun, lalu);
  cache.set(y, out);
  return out;
}

/** The IKM konversi a realisasi `dari: survei` takes: the agency's, or the unit's (`dari: {survei: <unit>}`). */
export function konversiSurvei(data: InstansiData, tahun: number, unit?: string): Rational | undefined {
  const s = hitungSurvei(data, tahun);
  return unit === undefined ? s?.instansi.konversi : s?.unit.find((u) => u.id === unit)?.konversi;
}
