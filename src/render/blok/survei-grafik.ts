// The `survei-grafik` block: what it shows and needs is its spec below (also `kinerja blok survei-grafik`).
import type { Blok } from './types.ts';
import { barChart } from '../charts.ts';
import { formatAngka } from '../../format/index.ts';
import { BUTUH_SURVEI, OPSI_UNIT, namaUnit, periksaUnit, survei, unitDipilih } from './survei-unit.ts';

type O = { judul?: string; unit?: string };

export const surveiGrafik: Blok<O> = {
  nama: 'survei-grafik',
  dokumen: ['lkjip', 'survei'],
  ringkas: 'Grafik batang NRR setiap unsur pelayanan (skala 1–4) instansi atau satu unit layanan, dengan garis nilai tertinggi 4.',
  butuh: BUTUH_SURVEI,
  opsi: {
    unit: OPSI_UNIT,
    judul: { jenis: 'teks', keterangan: 'judul gambar (pengganti judul bawaan)' },
  },
  contoh: '- survei-grafik:\n    unit: ppid',
  periksa: (k, o) => periksaUnit(k, o.unit),
  view: (k, o) => {
    const s = survei(k);
    if (!s) return undefined;
    const units = unitDipilih(s, o.unit);
    if (!units.length) return undefined;
    const siapa = namaUnit(s, units[0]!, k.m.instansi.nama);
    const judul = o.judul ?? `Nilai Rata-rata (NRR) per Unsur Pelayanan ${s.tahun}: ${siapa}`;
    const svg = barChart({
      bars: s.unsur.map((x, i) => ({ label: `${x.id.toUpperCase()} ${x.nama}`, values: units.map((u) => u.unsur[i]!.nrr) })),
      series: units.map((u) => (u === s.instansi ? 'NRR' : u.nama)),
      format: (v) => formatAngka(v, 3),
      reference: 4,
      unit: ' (nilai tertinggi)',
    });
    return { g: { ...k.gambar(judul), judul, svg } };
  },
};
