// The `rekomendasi-lhe` block: what it shows and needs is its spec below (also `kinerja blok rekomendasi-lhe`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';

type O = { judul?: string };

export const rekomendasiLhe: Blok<O> = {
  nama: 'rekomendasi-lhe',
  dokumen: ['lkjip'],
  ringkas: 'Tabel tindak lanjut rekomendasi LHE tahun sebelumnya: rekomendasi, rencana aksi, waktu, bukti.',
  butuh: '<tahun>/evaluasi.yaml `rekomendasi_lhe`',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- rekomendasi-lhe',
  view: (k, o) => (k.m.evaluasi?.input.rekomendasi_lhe?.length ? { t: judul(k, o.judul ?? 'Tindak Lanjut Rekomendasi LHE Tahun Sebelumnya') } : undefined),
};
