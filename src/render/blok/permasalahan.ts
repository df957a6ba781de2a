// The `permasalahan` block: what it shows and needs is its spec below (also `kinerja blok permasalahan`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';

type O = { judul?: string };

export const permasalahan: Blok<O> = {
  nama: 'permasalahan',
  dokumen: ['lkjip'],
  ringkas: 'Tabel pokok masalah dan akar masalah berdasarkan tugas dan fungsi.',
  butuh: 'renstra.yaml `permasalahan`',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- permasalahan',
  view: (k, o) => (k.m.renstra.permasalahan?.length ? { t: judul(k, o.judul ?? 'Permasalahan Berdasarkan Tugas dan Fungsi') } : undefined),
};
