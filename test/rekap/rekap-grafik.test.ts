// The rekap's charts (src/render/blok/rekap-grafik.ts), drawn without printing: agencies in rank
// order, at most 12 to a figure (a pemda of 15 gets two, numbered and titled "bagian k dari n"),
// agencies without the measure left out and counted, labels without the pemda's shared name,
// the reference line, and no lettering under 8 pt.
import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/compute/rational.ts';
import { peringkat, type InstansiRekap } from '../../src/compute/rekap.ts';
import { BATANG_PER_GAMBAR, gambarRekap } from '../../src/render/blok/rekap-grafik.ts';
import type { BlokKonteks } from '../../src/render/blok/types.ts';
import { TableCounter } from '../../src/render/helpers.ts';

function konteks(): BlokKonteks {
  const figures = new TableCounter('gambar');
  return { gambar: (judul: string) => figures.next('2', judul) } as unknown as BlokKonteks;
}

function pemda(n: number): InstansiRekap[] {
  const list = Array.from({ length: n }, (_, k): InstansiRekap => ({
    id: `pd-${k}`,
    folder: `pd-${k}`,
    nama: `Dinas Nomor ${k + 1} Kabupaten Uji`,
    label: `Dinas Nomor ${k + 1}`,
    rumpun: 'dinas',
    jumlahIku: 1,
    // Every fourth agency has no capaian.
    capaian: k % 4 === 3 ? undefined : Rational.from(80 + k),
    pagu: 0,
    dilaporkan: false,
    realisasi: 0,
    peringkat: {},
  }));
  peringkat(list.map((i) => i.capaian)).forEach((p, k) => (list[k]!.peringkat.capaian = p));
  return list;
}

const gambar = (n: number) =>
  gambarRekap(konteks(), pemda(n), 'capaian', { judul: 'Capaian', seri: 'Rata-rata capaian IKU (%)', urut: 'peringkat', garis: 100, satuanGaris: ' % (target)', nilai: (i) => i.capaian });

describe('rekap charts', () => {
  it('one figure for a small pemda, the agencies without capaian counted and left out', () => {
    const g = gambar(8);
    expect(g.gambar).toHaveLength(1);
    expect(g.gambar[0]!.judul).toBe('Capaian');
    expect(g.gambar[0]!.nomor).toBe('2.1');
    expect(g.tanpa).toBe(2);
    expect(g.gambar[0]!.svg).not.toContain('Dinas Nomor 4<');
    expect(g.gambar[0]!.svg).toContain('Dinas Nomor 3<');
  });

  it(`more than ${BATANG_PER_GAMBAR} agencies: several figures in rank order, each titled with its part`, () => {
    const g = gambar(20);
    // 20 agencies, 5 without capaian: 15 bars, 12 + 3.
    expect(g.gambar.map((x) => `${x.nomor} ${x.judul}`)).toEqual(['2.1 Capaian (bagian 1 dari 2)', '2.2 Capaian (bagian 2 dari 2)']);
    const labels = g.gambar.map((x) => [...x.svg.matchAll(/>(Dinas Nomor \d+)</g)].map((m) => m[1]));
    expect(labels[0]).toHaveLength(12);
    expect(labels[1]).toHaveLength(3);
    // Highest capaian first: agency 19 (98 %), then 18, 17, 15 (20 and 16 have none).
    expect(labels[0]!.slice(0, 4)).toEqual(['Dinas Nomor 19', 'Dinas Nomor 18', 'Dinas Nomor 17', 'Dinas Nomor 15']);
    expect(labels[1]).toEqual(['Dinas Nomor 3', 'Dinas Nomor 2', 'Dinas Nomor 1']);
  });

  it('the reference line, its label, and no lettering under 8 pt', () => {
    const svg = gambar(5).gambar[0]!.svg;
    expect(svg).toContain('100 % (target)');
    expect(svg).toContain('stroke-dasharray');
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8);
  });
});
