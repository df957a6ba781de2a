// The `tugas-fungsi` block: what it shows and needs is its spec below (also `kinerja blok tugas-fungsi`).
import type { Blok } from './types.ts';
import { strukturTree } from '../view.ts';

type O = { subjudul?: boolean; bagan?: boolean; struktur?: boolean };

export const tugasFungsi: Blok<O> = {
  nama: 'tugas-fungsi',
  dokumen: ['lkjip', 'rkt'],
  ringkas: 'Tugas, fungsi, susunan organisasi (unit kerja bertingkat) dan dasar hukum bagan organisasi.',
  butuh: 'instansi.yaml `tugas`, `fungsi`, `unit_kerja`, `bagan`',
  opsi: {
    subjudul: { jenis: 'ya-tidak', keterangan: '`false`: tanpa subjudul "Tugas" dan "Fungsi"', bawaan: '`true`' },
    bagan: { jenis: 'ya-tidak', keterangan: '`false`: tanpa bagan organisasi dari instansi.yaml', bawaan: '`true`' },
    struktur: { jenis: 'ya-tidak', keterangan: '`false`: tanpa daftar susunan organisasi (mis. bila bagan organisasi dicetak sebagai gambar)', bawaan: '`true`' },
  },
  contoh: '- tugas-fungsi:\n    struktur: false',
  view: (k, o) => {
    const i = k.m.instansi;
    const struktur = o.struktur === false ? [] : strukturTree(k.m);
    if (!i.tugas && !i.fungsi?.length && !struktur.length && !i.bagan) return undefined;
    return { subjudul: o.subjudul !== false, struktur, bagan: o.bagan !== false ? i.bagan : undefined, baganDasar: i.dasar_hukum?.find((d) => d.id === i.bagan?.dasar) };
  },
};
