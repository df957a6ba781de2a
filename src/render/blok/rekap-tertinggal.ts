// The `rekap-tertinggal` block: what it shows and needs is its spec below (also `kinerja blok rekap-tertinggal`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { rekapDari } from './rekap-umum.ts';

type O = { judul?: string };

export const rekapTertinggal: Blok<O> = {
  nama: 'rekap-tertinggal',
  dokumen: ['rekap'],
  ringkas: 'Tabel perangkat daerah yang tidak dimuat dalam rekap (datanya belum lolos check, atau tanpa data tahun itu) dengan alasannya; bila semua dimuat, satu kalimat yang menyatakannya.',
  butuh: 'folder setiap instansi di folder data',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel (pengganti judul bawaan)' },
  },
  contoh: '- rekap-tertinggal',
  view: (k, o) => {
    const r = rekapDari(k);
    if (!r.tertinggal.length) return { semua: true, jumlah: r.instansi.length, tahun: r.tahun };
    return { t: judul(k, o.judul ?? `Perangkat Daerah yang Tidak Dimuat dalam Rekapitulasi Tahun ${r.tahun}`), baris: r.tertinggal };
  },
};
