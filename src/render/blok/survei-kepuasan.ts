// The `survei-kepuasan` block: what it shows and needs is its spec below (also `kinerja blok survei-kepuasan`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';

type O = { judul?: string };

export const surveiKepuasan: Blok<O> = {
  nama: 'survei-kepuasan',
  dokumen: ['lkjip'],
  ringkas: 'Tabel indeks kepuasan layanan: responden, target PK, indeks, capaian.',
  butuh: '<tahun>/evaluasi.yaml `survei_kepuasan`',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- survei-kepuasan',
  view: (k, o) => {
    const s = k.m.evaluasi?.input.survei_kepuasan;
    if (!s) return undefined;
    return { t: judul(k, o.judul ?? `Indeks Kepuasan Layanan Tahun ${k.m.tahun}`), survei: { responden: s.responden, ind: k.m.iku.find((i) => i.id === s.indikator) } };
  },
};
