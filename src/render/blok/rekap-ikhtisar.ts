// The `rekap-ikhtisar` block: what it shows and needs is its spec below (also `kinerja blok rekap-ikhtisar`).
import { labelMutu } from '../../compute/rekap.ts';
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { angka, diPemda, persen, rekapDari, rupiah, STRIP } from './rekap-umum.ts';

type O = { judul?: string };

export const rekapIkhtisar: Blok<O> = {
  nama: 'rekap-ikhtisar',
  dokumen: ['rekap'],
  ringkas: 'Satu tabel semua ukuran per perangkat daerah (urut nama): rata-rata capaian IKU dan kategori, pagu, realisasi, penyerapan, nilai AKIP (tahun) dan predikat, IKM dan mutu, dengan baris jumlah dan rata-rata.',
  butuh: 'data setiap instansi di folder data (seperti blok rekap lainnya)',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel (pengganti judul bawaan)' },
  },
  contoh: '- rekap-ikhtisar',
  view: (k, o) => {
    const r = rekapDari(k);
    const baris = r.instansi.map((i) => ({
      nama: i.nama,
      capaian: persen(i.capaian),
      kategori: i.kategori?.kategori ?? STRIP,
      pagu: rupiah(i.pagu),
      realisasi: i.dilaporkan ? rupiah(i.realisasi) : STRIP,
      serapan: persen(i.serapan),
      lhe: i.lhe ? `${angka(i.lhe.nilai)} (${i.lhe.tahun})` : STRIP,
      predikat: i.lhe?.predikat?.kode ?? i.lhe?.predikat?.kategori ?? STRIP,
      ikm: angka(i.ikm?.nilai),
      mutu: labelMutu(i.ikm) ?? STRIP,
    }));
    return {
      tahun: r.tahun,
      t: judul(k, o.judul ?? `Ikhtisar Kinerja Perangkat Daerah${diPemda(r)} Tahun ${r.tahun}`),
      baris,
      jumlah: { pagu: rupiah(r.jumlah.pagu), realisasi: r.jumlah.dilaporkan ? rupiah(r.jumlah.realisasi) : STRIP, serapan: persen(r.jumlah.serapan) },
      rataRata: { capaian: persen(r.rataRata.capaian), kategori: r.rataRata.kategori?.kategori ?? STRIP, lhe: angka(r.rataRata.lhe), ikm: angka(r.rataRata.ikm) },
    };
  },
};
