// The `grafik-capaian` block: what it shows and needs is its spec below (also `kinerja blok grafik-capaian`).
import type { Blok } from './types.ts';
import { grafikCapaian as gambarCapaian } from '../grafik.ts';

type O = { judul?: string };

export const grafikCapaian: Blok<O> = {
  nama: 'grafik-capaian',
  dokumen: ['lkjip'],
  ringkas: 'Grafik batang capaian setiap sasaran dan rata-rata capaian IKU terhadap garis target 100 %.',
  butuh: 'renstra.yaml, <tahun>/pk.yaml, <tahun>/realisasi.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul gambar (pengganti judul bawaan)' },
  },
  contoh: '- grafik-capaian',
  view: (k, o) => {
    const judul = o.judul ?? `Capaian Sasaran Strategis terhadap Target Tahun ${k.m.tahun}`;
    return { g: { ...k.gambar(judul), judul, svg: gambarCapaian(k.m) } };
  },
};
