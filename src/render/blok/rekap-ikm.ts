// The `rekap-ikm` block: what it shows and needs is its spec below (also `kinerja blok rekap-ikm`).
import { labelMutu } from '../../compute/rekap.ts';
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { angka, diPemda, kelompokBaris, nomorPeringkat, opsiKelompok, opsiUrut, rekapDari, STRIP, type OpsiSusun } from './rekap-umum.ts';

export const rekapIkm: Blok<OpsiSusun> = {
  nama: 'rekap-ikm',
  dokumen: ['rekap'],
  ringkas: 'Tabel peringkat Indeks Kepuasan Masyarakat (nilai konversi) dan mutu layanan perangkat daerah yang menyelenggarakan survei tahun itu, dan rata-ratanya.',
  butuh: 'setiap instansi yang bersurvei: <tahun>/survei.yaml dan jawaban di <tahun>/survei/',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel (pengganti judul bawaan)' },
    urut: opsiUrut('IKM'),
    kelompok: opsiKelompok(['tidak', 'rumpun', 'mutu'], ', atau `mutu` (A, B, C, D)'),
  },
  contoh: '- rekap-ikm',
  view: (k, o) => {
    const r = rekapDari(k);
    const ada = r.instansi.filter((i) => i.ikm);
    return {
      tahun: r.tahun,
      kosong: ada.length === 0,
      tanpa: r.instansi.length - ada.length,
      t: judul(k, o.judul ?? `Peringkat Indeks Kepuasan Masyarakat Perangkat Daerah${diPemda(r)} Tahun ${r.tahun}`),
      kelompok: kelompokBaris(ada, 'ikm', o, (i) => ({
        peringkat: nomorPeringkat(i, 'ikm'),
        nama: i.nama,
        ikm: angka(i.ikm?.nilai),
        mutu: labelMutu(i.ikm) ?? STRIP,
      })),
      rataRata: angka(r.rataRata.ikm),
    };
  },
};
