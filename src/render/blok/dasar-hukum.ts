// The `dasar-hukum` block: what it shows and needs is its spec below (also `kinerja blok dasar-hukum`).
import type { Blok } from './types.ts';

type O = Record<string, never>;

export const dasarHukum: Blok<O> = {
  nama: 'dasar-hukum',
  dokumen: ['lkjip', 'rkt', 'survei'],
  ringkas: 'Daftar bernomor dasar hukum instansi: jenis, nomor, tahun, tentang.',
  butuh: 'instansi.yaml `dasar_hukum`',
  opsi: {},
  contoh: '- dasar-hukum',
  view: (k) => (k.m.instansi.dasar_hukum?.length ? {} : undefined),
};
