// The `skala-capaian` block: what it shows and needs is its spec below (also `kinerja blok skala-capaian`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { intervalPita } from '../view.ts';

type O = { judul?: string };

export const skalaCapaian: Blok<O> = {
  nama: 'skala-capaian',
  dokumen: ['lkjip'],
  ringkas: 'Tabel skala nilai capaian: interval, kategori, kode warna.',
  butuh: 'skala.yaml `capaian` (atau skala bawaan)',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- skala-capaian',
  view: (k, o) => ({ t: judul(k, o.judul ?? 'Skala Nilai Capaian Kinerja'), skalaCapaian: intervalPita(k.m.skala.capaian) }),
};
