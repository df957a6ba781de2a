// The `evaluasi-rkt` block: what it shows and needs is its spec below (also `kinerja blok evaluasi-rkt`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { evaluasiRows } from '../view.ts';

type O = { judul?: string };

export const evaluasiRkt: Blok<O> = {
  nama: 'evaluasi-rkt',
  dokumen: ['rkt', 'lkjip'],
  ringkas: 'Tabel capaian setiap IKU tahun lalu: target, realisasi, capaian, tercapai atau tidak.',
  butuh: 'renstra.yaml `riwayat` dan target per tahun',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- evaluasi-rkt',
  view: (k, o) => ({ t: judul(k, o.judul ?? `Capaian Sasaran Strategis Tahun ${k.m.tahun - 1}`), tahunLalu: k.m.tahun - 1, evaluasi: evaluasiRows(k.m) }),
};
