// The `realisasi-triwulan` block: what it shows and needs is its spec below (also `kinerja blok realisasi-triwulan`).
import type { Blok } from './types.ts';
import { lampiranChunks } from '../view.ts';

type O = Record<string, never>;

export const realisasiTriwulan: Blok<O> = {
  nama: 'realisasi-triwulan',
  dokumen: ['lkjip'],
  ringkas: 'Tabel lebar realisasi kinerja (K) dan anggaran (Rp) setiap unit, kegiatan dan sub kegiatan per triwulan, dengan capaian dan sisa; kolom K hanya bila ada sub kegiatan dengan indikator keluaran. Taruh di bagian `halaman: lebar`.',
  butuh: '<tahun>/anggaran.yaml (rencana dan realisasi triwulan)',
  opsi: {},
  contoh: '- realisasi-triwulan',
  judulBagian: (m) => `Realisasi ${m.anggaran.adaIndikator ? 'Kinerja dan ' : ''}Anggaran per Triwulan Tahun ${m.tahun}`,
  // Cut per unit, and a long unit every LAMPIRAN_CHUNK rows: each piece may print apart (potong.ts).
  view: (k) => (k.m.program.length ? { twLabel: ['TW I', 'TW II', 'TW III', 'TW IV'], chunks: lampiranChunks(k.m).map((c) => ({ ...c, sambung: k.sambung(c.lanjutan) })) } : undefined),
};
