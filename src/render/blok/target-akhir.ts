// The `target-akhir` block: what it shows and needs is its spec below (also `kinerja blok target-akhir`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { targetAkhirRows } from '../view.ts';

type O = { judul?: string };

export const targetAkhir: Blok<O> = {
  nama: 'target-akhir',
  dokumen: ['lkjip'],
  ringkas: 'Tabel realisasi tahun ini setiap IKU dan indikator program terhadap target akhir periode Renstra.',
  butuh: 'renstra.yaml (target akhir), <tahun>/realisasi.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- target-akhir',
  view: (k, o) => ({ t: judul(k, o.judul ?? `Realisasi Kinerja Tahun ${k.m.tahun} dan Target Akhir Periode Renstra`), rows: targetAkhirRows(k.m) }),
};
