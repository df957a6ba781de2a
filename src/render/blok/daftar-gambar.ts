// The `daftar-gambar` block: what it shows and needs is its spec below (also `kinerja blok daftar-gambar`).
import type { Blok } from './types.ts';

type O = { judul?: string };

export const daftarGambar: Blok<O> = {
  nama: 'daftar-gambar',
  dokumen: ['lkjip', 'rkt'],
  ringkas: 'Daftar Gambar di bagian depan: setiap gambar bernomor (grafik, gambar) dengan nomor halamannya; dengan `daftar: { gambar: otomatis }` hanya bila ada gambar.',
  butuh: 'kerangka dokumen',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul halamannya (bawaan `DAFTAR GAMBAR`)' },
  },
  contoh: '- daftar-gambar',
  view: (k, o) => (k.daftar.gambar ? { judul: o.judul ?? 'DAFTAR GAMBAR', entri: k.daftar.gambar } : undefined),
};
