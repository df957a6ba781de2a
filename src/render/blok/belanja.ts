// The `belanja` block: what it shows and needs is its spec below (also `kinerja blok belanja`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';

type O = { judul?: string };

export const belanja: Blok<O> = {
  nama: 'belanja',
  dokumen: ['lkjip'],
  ringkas: 'Tabel realisasi anggaran belanja per kelompok dan jenis belanja, dengan sisa dan penyerapan.',
  butuh: '<tahun>/belanja.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- belanja',
  view: (k, o) => (k.m.belanja ? { t: judul(k, o.judul ?? `Realisasi Anggaran Belanja Tahun Anggaran ${k.m.tahun}`) } : undefined),
};
