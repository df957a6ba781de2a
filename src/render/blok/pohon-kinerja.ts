// The `pohon-kinerja` block: what it shows and needs is its spec below (also `kinerja blok pohon-kinerja`).
import { didYouMean } from '../../util/suggest.ts';
import { pohonJabatan, pohonRenstra, pohonSvg } from '../pohon.ts';
import type { Blok } from './types.ts';

type O = { dasar?: 'renstra' | 'jabatan'; sasaran?: string; judul?: string };

export const pohonKinerja: Blok<O> = {
  nama: 'pohon-kinerja',
  dokumen: ['lkjip'],
  ringkas: 'Pohon kinerja digambar dari data (vektor): tujuan → sasaran → program → kegiatan → sub kegiatan, satu gambar per program; atau jabatan dari kepala ke bawah dengan indikatornya, satu gambar per jabatan di bawah kepala. Setiap simpul berwarna kategori capaiannya. Taruh di bagian `halaman: lebar`.',
  butuh: 'renstra.yaml, <tahun>/anggaran.yaml, <tahun>/realisasi.yaml; untuk `dasar: jabatan` instansi.yaml (`jabatan`) dan <tahun>/jabatan.yaml',
  opsi: {
    dasar: { jenis: 'pilihan', pilihan: ['renstra', 'jabatan'], keterangan: '`renstra`: tujuan sampai sub kegiatan; `jabatan`: jabatan dan indikatornya (cascading)', bawaan: 'renstra' },
    sasaran: { jenis: 'teks', keterangan: 'pengenal satu sasaran: hanya pohon sasaran itu (dasar renstra)', bawaan: 'satu gambar untuk setiap program setiap sasaran' },
    judul: { jenis: 'teks', keterangan: 'judul gambar (pengganti judul bawaan; dengan banyak gambar, diikuti uraian sasarannya)' },
  },
  contoh: ['- halaman: lebar', '  isi:', '    - pohon-kinerja', '    - pohon-kinerja:', '        dasar: jabatan'].join('\n'),
  judulBagian: (m, o) => (o.dasar === 'jabatan' ? `Pohon Kinerja Jabatan Tahun ${m.tahun}` : `Pohon Kinerja Tahun ${m.tahun}`),
  view: (k, o) => {
    if (o.dasar === 'jabatan') {
      const pohon = pohonJabatan(k.m);
      if (!pohon.length) return undefined;
      return {
        gambar: pohon.map((p) => {
          const judul = `${o.judul ?? 'Pohon Kinerja Jabatan'}: ${p.judul}`;
          return { ...k.gambar(judul), judul, svg: pohonSvg(p.akar) };
        }),
      };
    }
    const pohon = pohonRenstra(k.m, o.sasaran);
    if (!pohon.length) return undefined;
    return {
      gambar: pohon.map((p) => {
        const judul = `${o.judul ?? 'Pohon Kinerja'}: ${p.judul}`;
        return { ...k.gambar(judul), judul, svg: pohonSvg(p.akar) };
      }),
    };
  },
  periksa: (k, o) => {
    if (o.sasaran === undefined) return;
    const ada = k.data.renstra.tujuan.flatMap((t) => t.sasaran.map((s) => s.id));
    if (!ada.includes(String(o.sasaran)))
      k.diags.error('blok/sasaran-tidak-ada', `sasaran \`${String(o.sasaran)}\` tidak ada di renstra.yaml`, k.at('sasaran'), didYouMean(String(o.sasaran), ada) ?? `sasaran yang ada: ${ada.join(', ')}`);
  },
};
