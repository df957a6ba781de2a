// The `analisis-sasaran` block: what it shows and needs is its spec below (also `kinerja blok analisis-sasaran`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { kunciSasaran } from '../../model/kerangka.ts';
import { denganJenis } from '../view.ts';

type O = { narasi?: string };

/** The per-sasaran narrative files' prefix when the outline gives none. */
export const AWALAN_NARASI = 'bab3-analisis-sasaran-';
/** The narrative file of one sasaran. */
export const berkasSasaran = (o: O, id: string): string => (o.narasi ?? AWALAN_NARASI) + kunciSasaran(id);

export const analisisSasaran: Blok<O> = {
  nama: 'analisis-sasaran',
  dokumen: ['lkjip'],
  ringkas: 'Untuk setiap sasaran, subbagian bernomor (C.1, C.2, …) dengan tabel capaian indikatornya tahun lalu dan tahun ini, narasi analisisnya, dan tabel capaian indikator setiap programnya.',
  butuh: 'renstra.yaml, <tahun>/realisasi.yaml; narasi per sasaran `<awalan><id sasaran tanpa "sasaran-">.md`',
  opsi: {
    narasi: { jenis: 'teks', keterangan: 'awalan nama berkas narasi per sasaran', bawaan: '`bab3-analisis-sasaran-` (mis. bab3-analisis-sasaran-layanan.md untuk sasaran `sasaran-layanan`)' },
  },
  contoh: '- analisis-sasaran',
  view: (k, o) => {
    const tahunLalu = k.m.tahun - 1;
    // In document order: each call takes the next heading or table number.
    const sasaran = k.m.sasaran.map((s) => ({
      s,
      judul: k.subBagian(s.uraian),
      t: judul(k, `Analisis Pencapaian Sasaran ${s.uraian}`),
      narasi: k.narasi(berkasSasaran(o, s.id), true),
      program: s.program.map((p) => ({ p, t: judul(k, `Analisis Pencapaian Sasaran ${denganJenis('Program', p.nama)}`) })),
    }));
    return { sasaran, tahunLalu };
  },
  narasi: (o, ids) => ids.map((id) => berkasSasaran(o, id)),
};
