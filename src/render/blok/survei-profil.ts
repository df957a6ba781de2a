// The `survei-profil` block: what it shows and needs is its spec below (also `kinerja blok survei-profil`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { BUTUH_SURVEI, OPSI_UNIT, namaUnit, periksaUnit, survei, unitDipilih } from './survei-unit.ts';

type O = { judul?: string; unit?: string };

export const surveiProfil: Blok<O> = {
  nama: 'survei-profil',
  dokumen: ['lkjip', 'survei'],
  ringkas: 'Tabel profil responden (jenis kelamin, usia, pendidikan, pekerjaan, seperti ditanyakan): jumlah dan persentase setiap jawaban.',
  butuh: `${BUTUH_SURVEI} (\`profil\`)`,
  opsi: {
    unit: OPSI_UNIT,
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- survei-profil',
  periksa: (k, o) => periksaUnit(k, o.unit),
  view: (k, o) => {
    const s = survei(k);
    const u = s && unitDipilih(s, o.unit)[0];
    if (!s || !u || !u.profil.length) return undefined;
    return { t: judul(k, o.judul ?? `Profil Responden Survei Kepuasan Masyarakat ${s.tahun}: ${namaUnit(s, u, k.m.instansi.nama)}`), u };
  },
};
