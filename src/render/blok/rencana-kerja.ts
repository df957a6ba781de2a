// The `rencana-kerja` block: what it shows and needs is its spec below (also `kinerja blok rencana-kerja`).
import type { Blok } from './types.ts';
import { rktRows } from '../view.ts';

type O = Record<string, never>;

export const rencanaKerja: Blok<O> = {
  nama: 'rencana-kerja',
  dokumen: ['rkt'],
  ringkas: 'Tabel lebar RKT: sasaran, indikator dan target; program, indikator, target dan anggaran; kegiatan; sub kegiatan, indikator, target dan anggaran; unit pelaksana. Taruh di bagian `halaman: lebar`.',
  butuh: 'renstra.yaml, <tahun>/anggaran.yaml',
  opsi: {},
  contoh: '- rencana-kerja',
  view: (k) => ({ rktRows: rktRows(k.m) }),
};
