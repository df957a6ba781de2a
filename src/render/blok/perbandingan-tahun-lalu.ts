// The `perbandingan-tahun-lalu` block: what it shows and needs is its spec below (also `kinerja blok perbandingan-tahun-lalu`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { ikuRows } from '../view.ts';

type O = { judul?: string };

export const perbandinganTahunLalu: Blok<O> = {
  nama: 'perbandingan-tahun-lalu',
  dokumen: ['lkjip'],
  ringkas: 'Tabel realisasi dan capaian setiap IKU tahun ini dibandingkan tahun sebelumnya (indikator sebelum/setelah reviu).',
  butuh: 'renstra.yaml `riwayat`, <tahun>/realisasi.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- perbandingan-tahun-lalu',
  view: (k, o) => ({ t: judul(k, o.judul ?? `Perbandingan Realisasi dan Capaian Tahun ${k.m.tahun} dengan Tahun Sebelumnya`), ikuRows: ikuRows(k.m), tahunLalu: k.m.tahun - 1 }),
};
