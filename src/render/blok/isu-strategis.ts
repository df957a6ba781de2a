// The `isu-strategis` block: what it shows and needs is its spec below (also `kinerja blok isu-strategis`).
import type { Blok } from './types.ts';

type O = Record<string, never>;

export const isuStrategis: Blok<O> = {
  nama: 'isu-strategis',
  dokumen: ['lkjip', 'rkt'],
  ringkas: 'Daftar bernomor isu strategis Renstra.',
  butuh: 'renstra.yaml `isu_strategis`',
  opsi: {},
  contoh: '- isu-strategis',
  view: (k) => (k.m.renstra.isu_strategis?.length ? {} : undefined),
};
