// Stage 3, compute: validated data → the model of one year, every derived figure computed once.
import { hitungTabelSendiri } from './tabel-sendiri.ts';
import type { InstansiData } from '../model/input.ts';
import type { SasaranHasil, TahunModel } from '../model/model.ts';
import { hitungAnggaran, hitungProgram, hitungUnit, total } from './anggaran.ts';
import { hitungBelanja, hitungEvaluasi } from './evaluasi.ts';
import { hitungIndikator } from './indikator.ts';
import { Rational } from './rational.ts';
import { pitaUntuk } from './skala.ts';
import { hitungSurvei } from './survei.ts';
import { hitungJabatan } from './jabatan.ts';

export { Rational } from './rational.ts';
export { hitungCapaian, penyerapan } from './capaian.ts';

export function computeTahun(data: InstansiData, tahun: number): TahunModel {
  const y = data.tahun.find((t) => t.tahun === tahun);
  if (!y) throw new Error(`tidak ada data tahun ${tahun}`);
  const { renstra, skala } = data;
  const iku = renstra.tujuan.flatMap((tj) => tj.sasaran.flatMap((s) => s.indikator.map((i) => hitungIndikator(data, y, i, 'iku', s.id))));
  const indikatorProgram = renstra.program.flatMap((p) => p.indikator.map((i) => hitungIndikator(data, y, i, 'program', p.id)));
  const program = hitungProgram(y.anggaran, renstra.program, indikatorProgram);
  const sasaran: SasaranHasil[] = renstra.tujuan.flatMap((tj) =>
    tj.sasaran.map((s) => {
      const indikator = iku.filter((i) => i.induk === s.id);
      const capaian = Rational.mean(indikator.flatMap((i) => (i.capaian.ada ? [i.capaian.persen] : [])));
      const prog = program.filter((p) => p.sasaran === s.id);
      const jumlahProg = prog.length ? total(prog) : undefined;
      // Efisiensi needs the whole realisasi: over partly reported rows it would be invented.
      const serap = jumlahProg?.isian === 'lengkap' ? jumlahProg.penyerapan : undefined;
      const efisiensi = capaian && serap && capaian.compare(Rational.HUNDRED) >= 0 ? { penyerapan: serap, selisih: capaian.sub(serap) } : undefined;
      return { id: s.id, uraian: s.uraian, tujuan: tj.id, lama: s.menggantikan, indikator, capaian, kategori: capaian && pitaUntuk(skala.capaian, capaian), program: prog, efisiensi };
    }),
  );
  const dasar = y.dokumen?.lkjip?.rata_rata ?? 'iku';
  const rata = Rational.mean(
    dasar === 'iku' ? iku.flatMap((i) => (i.capaian.ada ? [i.capaian.persen] : [])) : sasaran.flatMap((s) => (s.capaian ? [s.capaian] : [])),
  );
  return {
    tahun,
    folder: data.folder,
    instansi: data.instansi,
    renstra,
    skala,
    sasaran,
    iku,
    indikatorProgram,
    program,
    unit: hitungUnit(program, data.instansi),
    rataRata: { dasar, capaian: rata, kategori: rata && pitaUntuk(skala.capaian, rata) },
    anggaran: hitungAnggaran(program),
    belanja: y.belanja && hitungBelanja(y.belanja),
    evaluasi: y.evaluasi && hitungEvaluasi(y.evaluasi, skala),
    pk: y.pk,
    dokumen: y.dokumen ?? {},
    koreksi: y.koreksi ?? [],
    narasi: y.narasi,
    kerangka: y.kerangka ?? {},
    survei: hitungSurvei(data, tahun),
    jabatan: hitungJabatan(data, tahun),
    tabelSendiri: Object.fromEntries(Object.entries(y.tabel ?? {}).map(([id, t]) => [id, hitungTabelSendiri(t)])),
  };
}
