// The `perjanjian-kinerja` block: what it shows and needs is its spec below (also `kinerja blok perjanjian-kinerja`).
import type { Blok } from './types.ts';
import { pkContext } from '../pk.ts';

type O = Record<string, never>;

export const perjanjianKinerja: Blok<O> = {
  nama: 'perjanjian-kinerja',
  dokumen: ['lkjip'],
  ringkas: 'Naskah Perjanjian Kinerja yang ditandatangani dan lampirannya (sasaran, indikator, target; program dan anggaran), PK Perubahan bila ada.',
  butuh: '<tahun>/pk.yaml, <tahun>/anggaran.yaml, instansi.yaml',
  opsi: {},
  contoh: '- perjanjian-kinerja',
  view: (k) => (k.m.pk ? { pk: pkContext(k.m, !!k.m.pk.perubahan) } : undefined),
};
