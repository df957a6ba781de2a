// The `iku` block: what it shows and needs is its spec below (also `kinerja blok iku`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { ikuRows, tahunRenstra } from '../view.ts';

type O = { judul?: string };

export const iku: Blok<O> = {
  nama: 'iku',
  dokumen: ['lkjip', 'rkt'],
  ringkas: 'Tabel Indikator Kinerja Utama per sasaran: indikator sebelum dan setelah reviu, target setiap tahun Renstra, target akhir periode.',
  butuh: 'renstra.yaml (sasaran, indikator, target per tahun)',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- iku',
  view: (k, o) => ({ t: judul(k, o.judul ?? `Indikator Kinerja Utama ${k.m.instansi.nama}`), ikuRows: ikuRows(k.m), tahunRenstra: tahunRenstra(k.m) }),
};
