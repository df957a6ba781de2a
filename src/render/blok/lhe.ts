// The `lhe` block: what it shows and needs is its spec below (also `kinerja blok lhe`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';

type O = { judul?: string };

export const lhe: Blok<O> = {
  nama: 'lhe',
  dokumen: ['lkjip'],
  ringkas: 'Tabel hasil evaluasi SAKIP per komponen (bobot bila ada) untuk setiap tahun LHE, jumlah dan predikat dihitung.',
  butuh: '<tahun>/evaluasi.yaml `lhe`',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- lhe',
  view: (k, o) => (k.m.evaluasi?.input.lhe ? { t: judul(k, o.judul ?? 'Hasil Evaluasi SAKIP per Komponen'), lheTahun: Object.keys(k.m.evaluasi.lheTotal) } : undefined),
};
