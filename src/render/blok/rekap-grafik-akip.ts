// The `rekap-grafik-akip` block: what it shows and needs is its spec below (also `kinerja blok rekap-grafik-akip`).
import type { Urut } from '../../compute/rekap-susun.ts';
import type { Blok } from './types.ts';
import { gambarRekap } from './rekap-grafik.ts';
import { diPemda, opsiUrut, rekapDari } from './rekap-umum.ts';

type O = { judul?: string; urut?: Urut; garis?: number };

export const rekapGrafikAkip: Blok<O> = {
  nama: 'rekap-grafik-akip',
  dokumen: ['rekap'],
  ringkas: 'Grafik batang mendatar nilai AKIP (LHE terakhir) setiap perangkat daerah, urut peringkat, dengan garis rata-rata atau garis target yang ditulis; lebih dari 12 perangkat daerah dibagi ke beberapa gambar.',
  butuh: 'setiap instansi: evaluasi.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul gambar (pengganti judul bawaan)' },
    urut: opsiUrut('nilai AKIP'),
    garis: { jenis: 'angka', keterangan: 'nilai garis target yang digambar, mis. `70` untuk batas predikat BB', bawaan: 'rata-rata nilai AKIP perangkat daerah' },
  },
  contoh: '- rekap-grafik-akip:\n    garis: 70',
  view: (k, o) => {
    const r = rekapDari(k);
    const rata = r.rataRata.lhe;
    if (!rata) return undefined;
    const g = gambarRekap(k, r.instansi, 'lhe', {
      judul: o.judul ?? `Nilai Akuntabilitas Kinerja Perangkat Daerah${diPemda(r)}`,
      seri: 'Nilai AKIP (LHE terakhir)',
      urut: o.urut ?? 'peringkat',
      // The average drawn as printed (two decimals), so that the line's label is the table's figure.
      garis: o.garis ?? Number(rata.toFixed(2)),
      satuanGaris: o.garis === undefined ? ' (rata-rata)' : ' (target)',
      nilai: (i) => i.lhe?.nilai,
    });
    return { ...g, tahun: r.tahun };
  },
};
