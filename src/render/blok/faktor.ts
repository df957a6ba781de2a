// The `faktor` block: what it shows and needs is its spec below (also `kinerja blok faktor`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { faktorRows } from '../view.ts';

type O = { judul?: string };

export const faktor: Blok<O> = {
  nama: 'faktor',
  dokumen: ['lkjip'],
  ringkas: 'Tabel faktor penghambat dan pendukung: sub kegiatan dengan hambatan, solusi, keterangan, atau capaian di bawah target; bila tidak ada dan semua sub kegiatan terukur tercapai, satu baris yang menyatakannya; selain itu tidak dicetak.',
  butuh: '<tahun>/anggaran.yaml sub kegiatan `hambatan`, `solusi`, `keterangan`, `indikator`',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- faktor',
  view: (k, o) => {
    const faktor = faktorRows(k.m);
    // Without rows, the sentence only when the data supports it: every sub kegiatan measured and at its target.
    if (!faktor.length && !k.m.anggaran.sub.semuaTercapai) return undefined;
    return { t: judul(k, o.judul ?? 'Faktor Penghambat dan Pendukung Capaian Kinerja'), faktor };
  },
};
