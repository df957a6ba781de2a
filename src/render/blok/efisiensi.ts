// The `efisiensi` block: what it shows and needs is its spec below (also `kinerja blok efisiensi`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';

type O = { judul?: string };

export const efisiensi: Blok<O> = {
  nama: 'efisiensi',
  dokumen: ['lkjip'],
  ringkas: 'Tabel efisiensi: untuk sasaran dengan capaian 100 % atau lebih, capaian dikurangi penyerapan anggaran programnya.',
  butuh: 'renstra.yaml, <tahun>/realisasi.yaml, <tahun>/anggaran.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- efisiensi',
  view: (k, o) => ({ t: judul(k, o.judul ?? 'Efisiensi Penggunaan Sumber Daya'), efisiensi: k.m.sasaran.filter((s) => s.efisiensi) }),
};
