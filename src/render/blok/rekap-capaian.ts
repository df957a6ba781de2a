// The `rekap-capaian` block: what it shows and needs is its spec below (also `kinerja blok rekap-capaian`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { diPemda, kelompokBaris, nomorPeringkat, opsiKelompok, opsiUrut, persen, rekapDari, STRIP, type OpsiSusun } from './rekap-umum.ts';

export const rekapCapaian: Blok<OpsiSusun> = {
  nama: 'rekap-capaian',
  dokumen: ['rekap'],
  ringkas: 'Tabel peringkat rata-rata capaian IKU setiap perangkat daerah dengan kategorinya (seperti di LKjIP dan `kinerja check` masing-masing), dan rata-ratanya.',
  butuh: 'setiap instansi: renstra.yaml, <tahun>/pk.yaml, <tahun>/realisasi.yaml (skala.yaml bila ada)',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel (pengganti judul bawaan)' },
    urut: opsiUrut('rata-rata capaian'),
    kelompok: opsiKelompok(['tidak', 'rumpun', 'kategori'], ', atau `kategori` (Berhasil, Cukup Berhasil, …)'),
  },
  contoh: '- rekap-capaian:\n    urut: peringkat\n    kelompok: rumpun',
  view: (k, o) => {
    const r = rekapDari(k);
    return {
      tahun: r.tahun,
      t: judul(k, o.judul ?? `Peringkat Rata-rata Capaian IKU Perangkat Daerah${diPemda(r)} Tahun ${r.tahun}`),
      kelompok: kelompokBaris(r.instansi, 'capaian', o, (i) => ({
        peringkat: nomorPeringkat(i, 'capaian'),
        nama: i.nama,
        iku: String(i.jumlahIku),
        capaian: persen(i.capaian),
        kategori: i.kategori?.kategori ?? STRIP,
      })),
      rataRata: { capaian: persen(r.rataRata.capaian), kategori: r.rataRata.kategori?.kategori ?? STRIP },
    };
  },
};
