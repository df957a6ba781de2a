// The `daftar-tabel` block: what it shows and needs is its spec below (also `kinerja blok daftar-tabel`).
import type { Blok } from './types.ts';

type O = { judul?: string };

export const daftarTabel: Blok<O> = {
  nama: 'daftar-tabel',
  dokumen: ['lkjip', 'rkt'],
  ringkas: 'Daftar Tabel di bagian depan: setiap tabel bernomor dengan nomor halamannya; dengan `daftar: { tabel: otomatis }` hanya bila ada tabel.',
  butuh: 'kerangka dokumen',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul halamannya (bawaan `DAFTAR TABEL`)' },
  },
  contoh: '- daftar-tabel',
  view: (k, o) => (k.daftar.tabel ? { judul: o.judul ?? 'DAFTAR TABEL', entri: k.daftar.tabel } : undefined),
};
