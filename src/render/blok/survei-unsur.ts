// The `survei-unsur` block: what it shows and needs is its spec below (also `kinerja blok survei-unsur`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { BUTUH_SURVEI, survei } from './survei-unit.ts';

type O = { judul?: string };

export const surveiUnsur: Blok<O> = {
  nama: 'survei-unsur',
  dokumen: ['lkjip', 'survei'],
  ringkas: 'Tabel NRR setiap unsur pelayanan di setiap unit layanan dan instansi, dengan unsur terendah dan tertinggi setiap unit ditandai.',
  butuh: BUTUH_SURVEI,
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- survei-unsur',
  view: (k, o) => {
    const s = survei(k);
    if (!s) return undefined;
    const semua = [...s.unit, s.instansi];
    const tanda = (u: (typeof semua)[number], id: string) => (u.terlemah.some((x) => x.id === id) ? 'rendah' : u.terkuat.some((x) => x.id === id) ? 'tinggi' : '');
    return {
      t: judul(k, o.judul ?? `Nilai Rata-rata (NRR) Unsur Pelayanan per Unit Layanan ${s.tahun}`),
      s,
      baris: s.unsur.map((x, i) => ({ x, sel: semua.map((u) => ({ nrr: u.unsur[i]!.nrr, tanda: tanda(u, x.id) })) })),
    };
  },
};
