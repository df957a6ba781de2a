// The `pengukuran-iku` block: what it shows and needs is its spec below (also `kinerja blok pengukuran-iku`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { ikuRows } from '../view.ts';

type O = { judul?: string };

export const pengukuranIku: Blok<O> = {
  nama: 'pengukuran-iku',
  dokumen: ['lkjip'],
  ringkas: 'Tabel pengukuran IKU tahun ini: cara perhitungan, target, realisasi, capaian dan kategori, dengan rata-rata capaian.',
  butuh: 'renstra.yaml, <tahun>/pk.yaml, <tahun>/realisasi.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- pengukuran-iku',
  view: (k, o) => ({ t: judul(k, o.judul ?? `Pengukuran Indikator Kinerja Utama Tahun ${k.m.tahun}`), ikuRows: ikuRows(k.m) }),
};
