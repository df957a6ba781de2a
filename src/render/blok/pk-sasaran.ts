// The `pk-sasaran` block: what it shows and needs is its spec below (also `kinerja blok pk-sasaran`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { pkContext } from '../pk.ts';

type O = { judul?: string };

export const pkSasaran: Blok<O> = {
  nama: 'pk-sasaran',
  dokumen: ['lkjip'],
  ringkas: 'Tabel Perjanjian Kinerja: sasaran, indikator, satuan, target tahun ini (PK Perubahan bila ada).',
  butuh: '<tahun>/pk.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- pk-sasaran',
  view: (k, o) => ({ t: judul(k, o.judul ?? `Perjanjian Kinerja Tahun ${k.m.tahun}`), pk: pkContext(k.m, !!k.m.pk?.perubahan) }),
};
