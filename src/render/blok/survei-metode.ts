// The `survei-metode` block: what it shows and needs is its spec below (also `kinerja blok survei-metode`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { BUTUH_SURVEI, survei } from './survei-unit.ts';

type O = { judul?: string };

export const surveiMetode: Blok<O> = {
  nama: 'survei-metode',
  dokumen: ['lkjip', 'survei'],
  ringkas: 'Tabel pelaksanaan survei: periode, cara pengumpulan data, unsur, aturan bobot, dan setiap unit dengan sampel yang ditetapkan, responden dan sumber datanya.',
  butuh: BUTUH_SURVEI,
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- survei-metode',
  view: (k, o) => {
    const s = survei(k);
    if (!s) return undefined;
    return { t: judul(k, o.judul ?? `Pelaksanaan Survei Kepuasan Masyarakat ${s.tahun}`), s };
  },
};
