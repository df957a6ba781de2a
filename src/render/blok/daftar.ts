// The three lists of the front matter (`daftar-isi`, `daftar-tabel`, `daftar-gambar`): one
// shape, each its own block and template. Their entries and page numbers come from the build
// (the body is printed first); the outline's `daftar:` setting decides whether a list is shown.
import type { Blok, Daftar } from './types.ts';

type O = { judul?: string };

function daftar(nama: string, judulBawaan: string, isi: keyof Daftar, apa: string): Blok<O> {
  return {
    nama,
    dokumen: ['lkjip', 'rkt', 'survei'],
    ringkas: `${judulBawaan.charAt(0)}${judulBawaan.slice(1).toLowerCase().replace(/ (\w)/, (m) => m.toUpperCase())} di bagian depan: ${apa}.`,
    butuh: 'kerangka dokumen',
    opsi: { judul: { jenis: 'teks', keterangan: `judul halamannya (bawaan \`${judulBawaan}\`)` } },
    contoh: `- ${nama}`,
    view: (k, o) => (k.daftar[isi] ? { judul: o.judul ?? judulBawaan, entri: k.daftar[isi] } : undefined),
  };
}

export const daftarIsi = daftar('daftar-isi', 'DAFTAR ISI', 'isi', 'setiap judul bab, bagian dan subbagian (juga judul di dalam narasi) dengan nomor halamannya');
export const daftarTabel = daftar('daftar-tabel', 'DAFTAR TABEL', 'tabel', 'setiap tabel bernomor dengan nomor halamannya; dengan `daftar: { tabel: otomatis }` hanya bila ada tabel');
export const daftarGambar = daftar('daftar-gambar', 'DAFTAR GAMBAR', 'gambar', 'setiap gambar bernomor (grafik, gambar) dengan nomor halamannya; dengan `daftar: { gambar: otomatis }` hanya bila ada gambar');
