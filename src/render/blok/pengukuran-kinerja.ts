// The `pengukuran-kinerja` block: what it shows and needs is its spec below (also `kinerja blok pengukuran-kinerja`).
import type { Blok } from './types.ts';
import { targetAkhirRows } from '../view.ts';

type O = Record<string, never>;

export const pengukuranKinerja: Blok<O> = {
  nama: 'pengukuran-kinerja',
  dokumen: ['lkjip'],
  ringkas: 'Tabel pengukuran kinerja tahun ini untuk lampiran: setiap IKU dan indikator program dengan target, realisasi, capaian dan kategori.',
  butuh: 'renstra.yaml, <tahun>/pk.yaml, <tahun>/realisasi.yaml',
  opsi: {},
  contoh: '- pengukuran-kinerja',
  view: (k) => ({ rows: targetAkhirRows(k.m) }),
};
