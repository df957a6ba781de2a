// The LKjIP's charts, drawn from the model (charts.ts does the geometry).
import { formatAngka, formatMiliar } from '../format/index.ts';
import type { TahunModel } from '../model/model.ts';
import { barChart } from './charts.ts';

export function grafikCapaian(m: TahunModel): string {
  return barChart({
    bars: [...m.sasaran.map((s) => ({ label: s.uraian, values: [s.capaian] })), { label: 'Rata-rata capaian IKU', values: [m.rataRata.capaian] }],
    series: ['Capaian sasaran (%)'],
    format: (v) => formatAngka(v, 2),
    reference: 100,
    unit: ' % (target)',
  });
}

export function grafikAnggaran(m: TahunModel): string {
  return barChart({
    // A program with nothing reported has no realisasi bar, not one of Rp 0.
    bars: m.program.map((p) => ({ label: p.nama, values: [p.pagu, p.isian === 'kosong' ? undefined : p.realisasi] })),
    series: ['Pagu', 'Realisasi'],
    format: (v) => formatMiliar(typeof v === 'number' ? v : v.toNumber()),
    sumbu: (v) => `${formatAngka(Math.round(v / 1e8) / 10, Number.isInteger(v / 1e9) ? 0 : 1)} M`,
  });
}
