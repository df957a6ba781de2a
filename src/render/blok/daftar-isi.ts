// The `daftar-isi` block: what it shows and needs is its spec below (also `kinerja blok daftar-isi`).
import type { Blok } from './types.ts';

type O = { judul?: string };

export const daftarIsi: Blok<O> = {
  nama: 'daftar-isi',
  dokumen: ['lkjip', 'rkt'],
  ringkas: 'Daftar Isi di bagian depan: setiap judul bab, bagian dan subbagian (juga judul di dalam narasi) dengan nomor halamannya.',
  butuh: 'kerangka dokumen',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul halamannya (bawaan `DAFTAR ISI`)' },
  },
  contoh: '- daftar-isi',
  view: (k, o) => (k.daftar.isi ? { judul: o.judul ?? 'DAFTAR ISI', entri: k.daftar.isi } : undefined),
};
