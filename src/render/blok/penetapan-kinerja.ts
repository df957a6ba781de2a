// The `penetapan-kinerja` block: what it shows and needs is its spec below (also `kinerja blok penetapan-kinerja`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { penetapanRows } from '../view.ts';

type O = { judul?: string };

export const penetapanKinerja: Blok<O> = {
  nama: 'penetapan-kinerja',
  dokumen: ['lkjip'],
  ringkas: 'Tabel Penetapan Kinerja: sasaran dan indikatornya beserta program/kegiatan, indikator, target dan anggaran.',
  butuh: 'renstra.yaml, <tahun>/pk.yaml, <tahun>/anggaran.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- penetapan-kinerja',
  view: (k, o) => ({ t: judul(k, o.judul ?? `Penetapan Kinerja Tahun ${k.m.tahun}`), penetapan: penetapanRows(k.m) }),
};
