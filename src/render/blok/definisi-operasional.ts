// The `definisi-operasional` block: what it shows and needs is its spec below (also `kinerja blok definisi-operasional`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';

type O = { judul?: string };

export const definisiOperasional: Blok<O> = {
  nama: 'definisi-operasional',
  dokumen: ['lkjip', 'rkt'],
  ringkas: 'Tabel definisi operasional, formula dan sumber data setiap IKU.',
  butuh: 'renstra.yaml indikator `definisi`, `formula`, `sumber_data`',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- definisi-operasional',
  view: (k, o) => ({ t: judul(k, o.judul ?? 'Definisi Operasional Indikator Kinerja Utama') }),
};
