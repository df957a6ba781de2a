// The `survei-jawaban` block: what it shows and needs is its spec below (also `kinerja blok survei-jawaban`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { BUTUH_SURVEI, OPSI_UNIT, periksaUnit, survei, unitDipilih } from './survei-unit.ts';

type O = { judul?: string; unit?: string };

export const surveiJawaban: Blok<O> = {
  nama: 'survei-jawaban',
  dokumen: ['lkjip', 'survei'],
  ringkas:
    'Tabel jawaban responden setiap unit layanan (responden × unsur, atau tabulasi per nilai jawaban) dengan jumlah nilai, NRR, NRR tertimbang, IKM dan IKM konversi per unsur; satu tabel per unit.',
  butuh: BUTUH_SURVEI,
  opsi: {
    unit: { ...OPSI_UNIT, keterangan: 'pengenal satu unit layanan di survei.yaml', bawaan: 'setiap unit, satu tabel masing-masing' },
    judul: { jenis: 'teks', keterangan: 'judul tabel (pengganti judul bawaan; nama unit ditambahkan di belakangnya)' },
  },
  contoh: '- survei-jawaban:\n    unit: ppid',
  periksa: (k, o) => periksaUnit(k, o.unit),
  view: (k, o) => {
    const s = survei(k);
    if (!s) return undefined;
    const units = o.unit === undefined ? s.unit : unitDipilih(s, o.unit);
    return {
      s,
      tabel: units.map((u) => ({
        t: judul(k, `${o.judul ?? `Jawaban Responden Survei Kepuasan Masyarakat ${s.tahun}`}: ${u.nama}`),
        u,
        // From a file, one row per respondent; from a tabulation, one row per answer value, 4 to 1.
        responden: u.daftar?.map((r) => ({ id: r.id, jawaban: r.jawaban })),
        sebaran: u.daftar ? undefined : [3, 2, 1, 0].map((v) => ({ jawaban: v + 1, banyak: u.unsur.map((x) => x.sebaran[v]) })),
        kolom: s.unsur.length + 1,
      })),
    };
  },
};
