// The `akip-perangkat-daerah` block: what it shows and needs is its spec below (also `kinerja blok akip-perangkat-daerah`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';

type O = { judul?: string };

export const akipPerangkatDaerah: Blok<O> = {
  nama: 'akip-perangkat-daerah',
  dokumen: ['lkjip'],
  ringkas: 'Tabel nilai dan predikat AKIP setiap perangkat daerah per tahun dengan rata-ratanya (untuk instansi yang mengevaluasi, mis. Setda/Inspektorat).',
  butuh: '<tahun>/evaluasi.yaml `akip_perangkat_daerah`',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- akip-perangkat-daerah',
  view: (k, o) => (k.m.evaluasi?.akipDaftar.length ? { t: judul(k, o.judul ?? 'Nilai AKIP Perangkat Daerah'), akipTahun: [...new Set(k.m.evaluasi.akipDaftar.flatMap((d) => Object.keys(d.nilai)))].sort() } : undefined),
};
