// The `rekap-akip` block: what it shows and needs is its spec below (also `kinerja blok rekap-akip`).
import { labelPredikat } from '../../compute/rekap.ts';
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { angka, diPemda, kelompokBaris, nomorPeringkat, opsiKelompok, opsiUrut, rekapDari, STRIP, type OpsiSusun } from './rekap-umum.ts';

export const rekapAkip: Blok<OpsiSusun> = {
  nama: 'rekap-akip',
  dokumen: ['rekap'],
  ringkas: 'Tabel peringkat nilai evaluasi AKIP (LHE terakhir sampai tahun rekap) setiap perangkat daerah dengan tahun dan predikatnya, dan rata-ratanya.',
  butuh: 'setiap instansi: evaluasi.yaml (komponen LHE per tahun)',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel (pengganti judul bawaan)' },
    urut: opsiUrut('nilai AKIP'),
    kelompok: opsiKelompok(['tidak', 'rumpun', 'predikat'], ', atau `predikat` (AA, A, BB, …)'),
  },
  contoh: '- rekap-akip:\n    kelompok: predikat',
  view: (k, o) => {
    const r = rekapDari(k);
    return {
      tahun: r.tahun,
      t: judul(k, o.judul ?? `Peringkat Nilai Akuntabilitas Kinerja Perangkat Daerah${diPemda(r)} Tahun ${r.tahun}`),
      kelompok: kelompokBaris(r.instansi, 'lhe', o, (i) => ({
        peringkat: nomorPeringkat(i, 'lhe'),
        nama: i.nama,
        tahunLhe: i.lhe?.tahun ?? STRIP,
        nilai: angka(i.lhe?.nilai),
        predikat: labelPredikat(i.lhe?.predikat) ?? STRIP,
      })),
      rataRata: angka(r.rataRata.lhe),
    };
  },
};
