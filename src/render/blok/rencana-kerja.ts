// The `rencana-kerja` block: what it shows and needs is its spec below (also `kinerja blok rencana-kerja`).
import type { Blok } from './types.ts';
import { rktRows } from '../view.ts';

type O = Record<string, never>;
type Baris = ReturnType<typeof rktRows>[number];

/**
 * The rows by program (under its sasaran), one table each: the sasaran and program with their
 * indicators stand in the table's head, which Chromium repeats on every page the table continues
 * on, so a continuation page always says whose rows it holds (issue 13).
 */
function perProgram(rows: Baris[]) {
  const out: { sasaran: Baris['sasaran']; program: Baris['program']; baris: Baris[] }[] = [];
  for (const r of rows) {
    const last = out.at(-1);
    if (last && last.program === r.program && last.sasaran === r.sasaran) last.baris.push(r);
    else out.push({ sasaran: r.sasaran, program: r.program, baris: [r] });
  }
  return out;
}

export const rencanaKerja: Blok<O> = {
  nama: 'rencana-kerja',
  dokumen: ['rkt'],
  ringkas: 'Tabel lebar RKT: sasaran, indikator dan target; program, indikator, target dan anggaran; kegiatan; sub kegiatan, indikator, target dan anggaran; unit pelaksana. Taruh di bagian `halaman: lebar`.',
  butuh: 'renstra.yaml, <tahun>/anggaran.yaml',
  opsi: {},
  contoh: '- rencana-kerja',
  view: (k) => ({ kelompok: perProgram(rktRows(k.m)) }),
};
