// The `halaman-baru` block: what it shows and needs is its spec below (also `kinerja blok halaman-baru`).
import type { Blok } from './types.ts';

type O = Record<string, never>;

export const halamanBaru: Blok<O> = {
  nama: 'halaman-baru',
  dokumen: ['lkjip', 'rkt', 'survei'],
  ringkas: 'Memulai halaman baru.',
  butuh: '—',
  opsi: {},
  contoh: '- halaman-baru',
  bukanIsi: true,
  view: () => ({ html: '<div class="halaman-baru-div"></div>\n' }),
  tanpaTemplat: true,
};
