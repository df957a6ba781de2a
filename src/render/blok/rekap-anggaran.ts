// The `rekap-anggaran` block: what it shows and needs is its spec below (also `kinerja blok rekap-anggaran`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { diPemda, kelompokBaris, nomorPeringkat, opsiKelompok, opsiUrut, persen, rekapDari, rupiah, STRIP, type OpsiSusun } from './rekap-umum.ts';

export const rekapAnggaran: Blok<OpsiSusun> = {
  nama: 'rekap-anggaran',
  dokumen: ['rekap'],
  ringkas: 'Tabel peringkat penyerapan anggaran setiap perangkat daerah: pagu, realisasi dan persentase penyerapan, dengan jumlahnya.',
  butuh: 'setiap instansi: <tahun>/anggaran.yaml (pagu dan realisasi)',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel (pengganti judul bawaan)' },
    urut: opsiUrut('penyerapan'),
    kelompok: opsiKelompok(['tidak', 'rumpun'], ''),
  },
  contoh: '- rekap-anggaran:\n    kelompok: rumpun',
  view: (k, o) => {
    const r = rekapDari(k);
    return {
      tahun: r.tahun,
      t: judul(k, o.judul ?? `Peringkat Penyerapan Anggaran Perangkat Daerah${diPemda(r)} Tahun ${r.tahun}`),
      kelompok: kelompokBaris(r.instansi, 'serapan', o, (i) => ({
        peringkat: nomorPeringkat(i, 'serapan'),
        nama: i.nama,
        pagu: rupiah(i.pagu),
        realisasi: i.dilaporkan ? rupiah(i.realisasi) : STRIP,
        serapan: persen(i.serapan),
      })),
      jumlah: { pagu: rupiah(r.jumlah.pagu), realisasi: r.jumlah.dilaporkan ? rupiah(r.jumlah.realisasi) : STRIP, serapan: persen(r.jumlah.serapan), dilaporkan: r.jumlah.dilaporkan },
    };
  },
};
