// The `grafik-anggaran` block: what it shows and needs is its spec below (also `kinerja blok grafik-anggaran`).
import type { Blok } from './types.ts';
import { grafikAnggaran as gambarAnggaran } from '../grafik.ts';

type O = { judul?: string };

export const grafikAnggaran: Blok<O> = {
  nama: 'grafik-anggaran',
  dokumen: ['lkjip'],
  ringkas: 'Grafik batang pagu dan realisasi anggaran per program.',
  butuh: '<tahun>/anggaran.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul gambar (pengganti judul bawaan)' },
  },
  contoh: '- grafik-anggaran',
  view: (k, o) => {
    if (!k.m.program.length) return undefined;
    const judul = o.judul ?? `Pagu dan Realisasi Anggaran per Program Tahun ${k.m.tahun}`;
    return { g: { ...k.gambar(judul), judul, svg: gambarAnggaran(k.m) } };
  },
};
