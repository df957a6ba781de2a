// The `pk-anggaran` block: what it shows and needs is its spec below (also `kinerja blok pk-anggaran`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';

type O = { judul?: string };

export const pkAnggaran: Blok<O> = {
  nama: 'pk-anggaran',
  dokumen: ['lkjip'],
  ringkas: 'Tabel program dan kegiatan Perjanjian Kinerja dengan anggarannya dan jumlahnya.',
  butuh: '<tahun>/anggaran.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- pk-anggaran',
  view: (k, o) => (k.m.program.length ? { t: judul(k, o.judul ?? 'Program, Kegiatan dan Anggaran Perjanjian Kinerja') } : undefined),
};
