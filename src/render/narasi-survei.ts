// The narrative helpers of the Survei Kepuasan Masyarakat (listed in src/model/narasi-spec.ts):
// the agency's figures from the computed survey, formatted once; "belum tersedia" without one.
import { formatAngka, formatJumlah } from '../format/index.ts';
import type { TahunModel } from '../model/model.ts';
import type { UnsurHasil } from '../model/survei.ts';
import { Rational } from '../compute/rational.ts';

const BELUM = 'belum tersedia';

export function narasiSurvei(m: TahunModel): Record<string, () => string> {
  const s = m.survei?.instansi;
  const unsur = (xs: UnsurHasil[] | undefined) => (xs?.length ? xs.map((x) => `${x.nama} (${formatAngka(x.nrr!, 3)})`).join(' dan ') : BELUM);
  return {
    ikm: () => (s?.konversi ? formatAngka(s.konversi, 2) : BELUM),
    ikm_unsur: () => (s?.nilai ? formatAngka(s.nilai, 3) : BELUM),
    mutu_ikm: () => (s?.mutu ? (s.mutu.kode ? `${s.mutu.kode} (${s.mutu.kategori})` : s.mutu.kategori) : BELUM),
    responden_survei: () => (s ? formatAngka(s.responden) : BELUM),
    unit_survei: () => (m.survei ? formatJumlah(m.survei.unit.length) : BELUM),
    unsur_terendah: () => unsur(s?.terlemah),
    unsur_tertinggi: () => unsur(s?.terkuat),
    perubahan_ikm: () => {
      const p = s?.perubahan;
      if (!p) return BELUM;
      const lalu = s!.riwayat.find((r) => r.tahun === p.tahun)!;
      const arah = p.selisih.isZero() ? 'tetap' : p.selisih.compare(Rational.ZERO) > 0 ? 'naik' : 'turun';
      const besar = formatAngka(p.selisih, 2).replace('−', '');
      return arah === 'tetap' ? `sama dengan ${formatAngka(lalu.konversi, 2)} (${p.tahun})` : `${arah} ${besar} poin dari ${formatAngka(lalu.konversi, 2)} (${p.tahun})`;
    },
  };
}
