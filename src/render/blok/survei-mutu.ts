// The `survei-mutu` block: what it shows and needs is its spec below (also `kinerja blok survei-mutu`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { BUTUH_SURVEI, survei } from './survei-unit.ts';

type O = { judul?: string };

export const surveiMutu: Blok<O> = {
  nama: 'survei-mutu',
  dokumen: ['lkjip', 'survei'],
  ringkas: 'Tabel konversi: nilai interval IKM (1–4) dan IKM konversi (25–100) setiap mutu pelayanan dan kinerja unit, dengan unit layanan yang masuk setiap mutu.',
  butuh: `${BUTUH_SURVEI}; skala mutu (bawaan \`ikm\`, PermenPANRB 14/2017)`,
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- survei-mutu',
  view: (k, o) => {
    const s = survei(k);
    if (!s) return undefined;
    const nama = new Map(s.unit.map((u) => [u.id, u.nama]));
    return { t: judul(k, o.judul ?? 'Nilai Persepsi, Interval, Interval Konversi, Mutu dan Kinerja Unit Pelayanan'), s, pita: s.pita.map((p, i) => ({ ...p, persepsi: s.pita.length - i, unitNama: p.unit.map((u) => nama.get(u)) })) };
  },
};
