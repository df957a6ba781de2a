// The `rekap-grafik-capaian` block: what it shows and needs is its spec below (also `kinerja blok rekap-grafik-capaian`).
import type { Urut } from '../../compute/rekap-susun.ts';
import type { Blok } from './types.ts';
import { gambarRekap } from './rekap-grafik.ts';
import { diPemda, opsiUrut, rekapDari } from './rekap-umum.ts';

type O = { judul?: string; urut?: Urut };

export const rekapGrafikCapaian: Blok<O> = {
  nama: 'rekap-grafik-capaian',
  dokumen: ['rekap'],
  ringkas: 'Grafik batang mendatar rata-rata capaian IKU setiap perangkat daerah terhadap garis target 100 %, urut peringkat; lebih dari 12 perangkat daerah dibagi ke beberapa gambar.',
  butuh: 'setiap instansi: renstra.yaml, <tahun>/pk.yaml, <tahun>/realisasi.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul gambar (pengganti judul bawaan)' },
    urut: opsiUrut('rata-rata capaian'),
  },
  contoh: '- rekap-grafik-capaian',
  view: (k, o) => {
    const r = rekapDari(k);
    const g = gambarRekap(k, r.instansi, 'capaian', {
      judul: o.judul ?? `Rata-rata Capaian IKU Perangkat Daerah${diPemda(r)} Tahun ${r.tahun}`,
      seri: 'Rata-rata capaian IKU (%)',
      urut: o.urut ?? 'peringkat',
      garis: 100,
      satuanGaris: ' % (target)',
      nilai: (i) => i.capaian,
    });
    return g.gambar.length ? { ...g, tahun: r.tahun } : undefined;
  },
};
