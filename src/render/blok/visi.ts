// The `visi` block: what it shows and needs is its spec below (also `kinerja blok visi`).
import type { Blok } from './types.ts';

type O = Record<string, never>;

export const visi: Blok<O> = {
  nama: 'visi',
  dokumen: ['rkt', 'lkjip'],
  ringkas: 'Visi Renstra dalam tanda petik dan maknanya sebagai daftar.',
  butuh: 'renstra.yaml `visi`',
  opsi: {},
  contoh: '- visi',
  view: (k) => (k.m.renstra.visi ? {} : undefined),
};
