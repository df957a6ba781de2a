// The `anggaran-program` block: what it shows and needs is its spec below (also `kinerja blok anggaran-program`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { RINCIAN_SUB_MAKS } from '../view.ts';

type O = { judul?: string; rincian_sub?: boolean };

export const anggaranProgram: Blok<O> = {
  nama: 'anggaran-program',
  dokumen: ['lkjip'],
  ringkas: 'Tabel pagu, realisasi, sisa dan penyerapan per program dan kegiatan (dan sub kegiatan bila tidak lebih dari 300).',
  butuh: '<tahun>/anggaran.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
    rincian_sub: { jenis: 'ya-tidak', keterangan: '`true`: selalu dengan baris sub kegiatan; `false`: sampai kegiatan saja', bawaan: 'dengan sub kegiatan bila tidak lebih dari 300' },
  },
  contoh: '- anggaran-program',
  view: (k, o) => ({ t: judul(k, o.judul ?? 'Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan'), rincianSub: o.rincian_sub ?? k.m.program.reduce((n, p) => n + p.kegiatan.reduce((a, g) => a + g.sub.length, 0), 0) <= RINCIAN_SUB_MAKS }),
};
