// The `iku-ringkas` block: what it shows and needs is its spec below (also `kinerja blok iku-ringkas`).
import type { Blok } from './types.ts';

type O = { judul?: string };

export const ikuRingkas: Blok<O> = {
  nama: 'iku-ringkas',
  dokumen: ['lkjip'],
  ringkas: 'Tabel ringkas capaian setiap IKU dan rata-ratanya (untuk Ringkasan/Ikhtisar Eksekutif).',
  butuh: 'renstra.yaml (IKU), <tahun>/pk.yaml, <tahun>/realisasi.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- iku-ringkas',
  view: (k, o) => ({ t: { ...k.tabel(o.judul ?? `Capaian Indikator Kinerja Utama Tahun ${k.m.tahun}`), judul: o.judul ?? `Capaian Indikator Kinerja Utama Tahun ${k.m.tahun}` } }),
};
