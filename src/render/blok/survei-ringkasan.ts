// The `survei-ringkasan` block: what it shows and needs is its spec below (also `kinerja blok survei-ringkasan`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { BUTUH_SURVEI, selisih, survei } from './survei-unit.ts';

type O = { judul?: string };

export const surveiRingkasan: Blok<O> = {
  nama: 'survei-ringkasan',
  dokumen: ['lkjip', 'survei'],
  ringkas: 'Tabel Indeks Kepuasan Masyarakat setiap unit layanan dan instansi: responden, sampel, IKM, IKM konversi, mutu, kinerja dan perubahan dari tahun sebelumnya.',
  butuh: BUTUH_SURVEI,
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- survei-ringkasan',
  view: (k, o) => {
    const s = survei(k);
    if (!s) return undefined;
    const baris = (u: (typeof s.unit)[number]) => ({ u, selisih: selisih(u) });
    return { t: judul(k, o.judul ?? `Indeks Kepuasan Masyarakat per Unit Layanan Tahun ${s.tahun}`), s, unit: s.unit.map(baris), instansi: baris(s.instansi), adaRiwayat: [...s.unit, s.instansi].some((u) => u.perubahan) };
  },
};
