// Every figure of one year's model as a flat list with stable keys: what the author typed
// (masukan) and what kinerja computed from it (turunan). The diff compares two such lists.
import { formatAngka, formatCapaian, formatNilai, formatPersen, formatRupiah } from '../format/index.ts';
import type { TahunModel } from '../model/model.ts';
import { createHash } from 'node:crypto';

export type Jenis = 'masukan' | 'turunan';

export interface Figure {
  key: string;
  label: string;
  jenis: Jenis;
  value: string;
}

/** A short fingerprint of a text: two versions of the same length still differ. */
function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 7);
}

export function figuresOf(m: TahunModel): Figure[] {
  const out: Figure[] = [];
  const add = (key: string, label: string, jenis: Jenis, value: string) => out.push({ key, label, jenis, value });
  for (const i of [...m.iku, ...m.indikatorProgram]) {
    const nama = `${i.jenis === 'iku' ? 'IKU' : 'indikator program'} ${i.uraian}`;
    add(`${i.id}/target`, `target ${nama}`, 'masukan', formatNilai(i.target));
    add(`${i.id}/realisasi`, `realisasi ${nama}`, i.realisasiDihitung ? 'turunan' : 'masukan', formatNilai(i.realisasi));
    add(`${i.id}/capaian`, `capaian ${nama}`, 'turunan', formatCapaian(i.capaian));
    add(`${i.id}/kategori`, `kategori ${nama}`, 'turunan', i.kategori?.kategori ?? '–');
  }
  for (const s of m.sasaran) {
    add(`${s.id}/capaian`, `capaian sasaran ${s.uraian}`, 'turunan', formatPersen(s.capaian));
    add(`${s.id}/kategori`, `kategori sasaran ${s.uraian}`, 'turunan', s.kategori?.kategori ?? '–');
    if (s.efisiensi) add(`${s.id}/efisiensi`, `efisiensi sasaran ${s.uraian}`, 'turunan', `${formatAngka(s.efisiensi.selisih, 2)} poin`);
  }
  add('rata-rata/capaian', 'rata-rata capaian IKU', 'turunan', formatPersen(m.rataRata.capaian));
  add('rata-rata/kategori', 'kategori rata-rata capaian', 'turunan', m.rataRata.kategori?.kategori ?? '–');
  const uang = (key: string, label: string, j: { pagu: number; realisasi: number; sisa: number; penyerapan?: import('../compute/rational.ts').Rational }) => {
    add(`${key}/pagu`, `pagu ${label}`, 'turunan', formatRupiah(j.pagu));
    add(`${key}/realisasi`, `realisasi anggaran ${label}`, 'turunan', formatRupiah(j.realisasi));
    add(`${key}/sisa`, `sisa anggaran ${label}`, 'turunan', formatRupiah(j.sisa));
    add(`${key}/penyerapan`, `penyerapan ${label}`, 'turunan', formatPersen(j.penyerapan));
  };
  uang('anggaran', 'seluruh instansi', m.anggaran);
  for (const p of m.program) {
    uang(p.id, p.nama, p);
    for (const k of p.kegiatan) {
      uang(k.id, `kegiatan ${k.nama}`, k);
      for (const s of k.sub) {
        add(`${s.id}/pagu`, `pagu sub kegiatan ${s.nama}`, 'masukan', formatRupiah(s.pagu));
        if (s.indikator) add(`${s.id}/target`, `target sub kegiatan ${s.nama}`, 'masukan', `${formatAngka(s.indikator.target)} ${s.indikator.satuan}`);
        for (const [n, t] of (['tw1', 'tw2', 'tw3', 'tw4'] as const).entries()) {
          const plan = s.input.rencana?.[t];
          const tw = `TW ${'I II III IV'.split(' ')[n]}`;
          if (plan?.k !== undefined) add(`${s.id}/rencana/${t}/k`, `rencana kinerja ${tw} sub kegiatan ${s.nama}`, 'masukan', formatAngka(plan.k));
          if (plan?.rp !== undefined) add(`${s.id}/rencana/${t}/rp`, `rencana anggaran ${tw} sub kegiatan ${s.nama}`, 'masukan', formatRupiah(plan.rp));
        }
        s.tw.forEach((q, n) => {
          if (q.rp !== undefined) add(`${s.id}/tw${n + 1}/rp`, `realisasi TW ${'I II III IV'.split(' ')[n]} sub kegiatan ${s.nama}`, 'masukan', formatRupiah(q.rp));
          if (q.k !== undefined) add(`${s.id}/tw${n + 1}/k`, `kinerja TW ${'I II III IV'.split(' ')[n]} sub kegiatan ${s.nama}`, 'masukan', formatAngka(q.k));
        });
        add(`${s.id}/realisasi`, `realisasi anggaran sub kegiatan ${s.nama}`, 'turunan', formatRupiah(s.realisasi));
        add(`${s.id}/capaian-k`, `capaian kinerja sub kegiatan ${s.nama}`, 'turunan', formatCapaian(s.capaianK));
      }
    }
  }
  for (const k of m.belanja?.kelompok ?? [])
    for (const j of k.jenis) {
      add(`${j.id}/anggaran`, `anggaran ${j.uraian}`, 'masukan', formatRupiah(j.pagu));
      add(`${j.id}/realisasi`, `realisasi ${j.uraian}`, 'masukan', formatRupiah(j.realisasi));
    }
  for (const [id, t] of Object.entries(m.pk?.perubahan?.target ?? {})) add(`pk-perubahan/${id}`, `target PK Perubahan ${id}`, 'masukan', typeof t === 'number' ? formatAngka(t) : `${t.predikat} (${formatAngka(t.nilai)})`);
  // Narrative: not a figure, but an input a reviewer must see changed (its size says how much).
  for (const [nama, text] of Object.entries(m.narasi)) add(`narasi/${nama}`, `narasi ${nama}.md`, 'masukan', `${text.split(/\s+/).filter(Boolean).length} kata, #${hash(text)}`);
  const ev = m.evaluasi;
  if (ev) {
    for (const [y, v] of Object.entries(ev.lheTotal)) add(`lhe/${y}`, `nilai LHE SAKIP ${y}`, 'turunan', formatAngka(v, 2));
    for (const [y, v] of Object.entries(ev.akipRataRata)) add(`akip/${y}`, `rata-rata nilai AKIP perangkat daerah ${y}`, 'turunan', formatAngka(v, 2));
    for (const k of ev.input.lhe?.komponen ?? []) for (const [y, v] of Object.entries(k.nilai)) add(`lhe/${k.id}/${y}`, `nilai komponen ${k.nama} ${y}`, 'masukan', formatAngka(v, 2));
    for (const pd of ev.akipDaftar) for (const [y, v] of Object.entries(pd.nilai)) add(`akip/${pd.nama}/${y}`, `nilai AKIP ${pd.nama} ${y}`, 'masukan', formatAngka(v, 2));
  }
  return out;
}
