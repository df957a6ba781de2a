// The rekap as an outline (issue 19, deliverable 2), on a pemda made here from the minimal agency:
// five perangkat daerah of four kinds (one's rumpun written in instansi.yaml, the others read from
// their names), two with the same capaian, all but one with the same penyerapan, one whose data
// fails check; and the pemda's own outline in <folder-data>/kerangka/rekap.yaml. Read back from the
// PDF: the outline's title, chapters and blocks in its order; each agency's capaian and kategori as
// its own `kinerja check` prints them, ranked with ties, grouped by rumpun and by kategori; the
// broken agency listed as not included; the layout check clean. A wrong outline stops the build
// at its line with what to write instead, and nothing is written.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf } from '../pdf-text.ts';
import { periksaTataLetak, tulisTemuan } from '../layout/periksa.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-rekap-kerangka-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const squash = (s: string) => s.replace(/\s+/g, ' ');
const data = join(dir, 'pemda');

async function run(args: string[]) {
  const log: string[] = [];
  const err: string[] = [];
  const code = await main(args, { log: (s) => log.push(s), err: (s) => err.push(s) });
  return { code, log: log.join('\n'), err: err.join('\n') };
}

/** id, name, realisasi of iku-satu (target 90) and of iku-dua (target 10, lower is better), realisasi rupiah of the fourth quarter, rumpun written. */
const PEMDA: [string, string, number, number, number, string?][] = [
  ['dinas-pendidikan', 'Dinas Pendidikan dan Kebudayaan Kabupaten Uji', 99, 8, 200000],
  ['dinas-kesehatan', 'Dinas Kesehatan Kabupaten Uji', 99, 8, 200000],
  ['bappeda', 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Uji', 81, 10, 200000],
  ['kesbangpol', 'Kantor Kesatuan Bangsa dan Politik Kabupaten Uji', 72, 12, 100000, 'badan'],
  ['setwan', 'Sekretariat DPRD Kabupaten Uji', 90, 8, 200000],
];

function agency(id: string, nama: string, iku: number, ikuDua: number, tw4: number, rumpun?: string): void {
  const d = join(data, id);
  cpSync('test/fixtures/minimal', d, { recursive: true });
  const f = join(d, 'instansi.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace('id: dinas-contoh', `id: ${id}${rumpun ? `\nrumpun: ${rumpun}` : ''}`).replace('nama: Dinas Contoh Kabupaten Uji', `nama: ${nama}`));
  const r = join(d, '2024', 'realisasi.yaml');
  writeFileSync(r, readFileSync(r, 'utf8').replace(/(iku-satu:\n\s+nilai: )99/, `$1${iku}`).replace(/(iku-dua:\n\s+nilai: )8/, `$1${ikuDua}`));
  const a = join(d, '2024', 'anggaran.yaml');
  const text = readFileSync(a, 'utf8');
  writeFileSync(a, text.replace(/(tw4:\n\s+k: 3\n\s+rp: )200000/, `$1${tw4}`));
  // The belanja table reports the same realisasi (check compares them).
  const b = join(d, '2024', 'belanja.yaml');
  writeFileSync(b, readFileSync(b, 'utf8').replace('realisasi: 900000', `realisasi: ${700000 + tw4}`));
}

const KERANGKA = `sampul:
  judul: REKAPITULASI CAPAIAN KINERJA
  baris: [Bagian Organisasi Sekretariat Daerah]
bab:
  - judul: Peringkat Tahun {{tahun}}
    isi:
      - rekap-capaian:
          judul: Capaian per Rumpun
          kelompok: rumpun
      - rekap-capaian:
          judul: Capaian per Kategori
          kelompok: kategori
          urut: nama
      - rekap-anggaran
      - rekap-grafik-capaian
  - judul: Tidak Dimuat
    isi:
      - rekap-tertinggal
`;

/** `kinerja check` of one agency: its average capaian and kategori as it prints them. */
async function rataRataCheck(id: string): Promise<{ capaian: string; kategori: string }> {
  const r = await run(['check', join(data, id)]);
  const m = /^rata-rata\s+(\S+ %)\s+(.+?)\s*$/m.exec(r.log);
  expect(m, r.log).not.toBeNull();
  return { capaian: m![1]!, kategori: m![2]! };
}

/** Ranks computed here: the printed figure compared, equal ones share, the next skips. */
function rankOf(values: Record<string, string>): Record<string, number> {
  const n = (s: string) => Number(s.replace(' %', '').replace(/\./g, '').replace(',', '.'));
  const ids = Object.keys(values).sort((a, b) => n(values[b]!) - n(values[a]!));
  const out: Record<string, number> = {};
  ids.forEach((id, k) => (out[id] = k > 0 && values[id] === values[ids[k - 1]!] ? out[ids[k - 1]!]! : k + 1));
  return out;
}

describe('kinerja build rekap from the pemda outline', () => {
  let teks: string;
  let bytes: Buffer;
  let err: string;

  beforeAll(async () => {
    for (const a of PEMDA) agency(...a);
    agency('dinas-galat', 'Dinas Galat Kabupaten Uji', 99, 8, 200000);
    writeFileSync(join(data, 'dinas-galat', '2024', 'pk.yaml'), 'target:\n  iku-satu: sembilan puluh\n  iku-dua: 10\n');
    mkdirSync(join(data, 'kerangka'));
    writeFileSync(join(data, 'kerangka', 'rekap.yaml'), KERANGKA);
    const r = await run(['build', 'rekap', data, '--out', join(dir, 'out')]);
    expect(r.code, r.err).toBe(1);
    err = r.err;
    bytes = readFileSync(join(dir, 'out', 'rekap-2024.pdf'));
    teks = squash((await readPdf(bytes)).pages.join(' '));
  }, 240_000);

  it("prints the pemda outline's title, chapters and blocks, in its order, and nothing of the default", () => {
    expect(teks).toContain('REKAPITULASI CAPAIAN KINERJA TAHUN 2024 KABUPATEN UJI Bagian Organisasi Sekretariat Daerah');
    expect(teks).toMatch(/BAB I Peringkat Tahun 2024 Tabel 1\.1 Capaian per Rumpun .* Tabel 1\.2 Capaian per Kategori .* Tabel 1\.3 Peringkat Penyerapan Anggaran .* Gambar 1\.1 Rata-rata Capaian IKU Perangkat Daerah Kabupaten Uji Tahun 2024 .* BAB II Tidak Dimuat Tabel 2\.1/);
    expect(teks).not.toContain('RINGKASAN');
    expect(teks).not.toContain('Nilai AKIP');
  });

  it("ranks each agency's own capaian (as its `kinerja check` prints it), ties sharing a rank, grouped by rumpun", async () => {
    const own: Record<string, { capaian: string; kategori: string }> = {};
    for (const [id] of PEMDA) own[id] = await rataRataCheck(id);
    // The two agencies with the same data tie; the rank after them skips one.
    expect(own['dinas-pendidikan']).toEqual(own['dinas-kesehatan']);
    const rank = rankOf(Object.fromEntries(PEMDA.map(([id]) => [id, own[id]!.capaian])));
    expect(rank['dinas-pendidikan']).toBe(1);
    expect(rank['dinas-kesehatan']).toBe(1);
    const row = (id: string) => `${rank[id]} ${PEMDA.find((p) => p[0] === id)![1]} 2 ${own[id]!.capaian} ${own[id]!.kategori}`;
    // Sekretariat, Dinas (tie by name), Badan (Kesbangpol by its written rumpun).
    const perRumpun = `Sekretariat ${row('setwan')} Dinas ${row('dinas-kesehatan')} ${row('dinas-pendidikan')} Badan ${row('bappeda')} ${row('kesbangpol')} Rata-rata`;
    expect(teks).toContain(perRumpun);
  });

  it('groups by kategori, the best first, ordered by name inside', async () => {
    const own = Object.fromEntries(await Promise.all(PEMDA.map(async ([id]) => [id, await rataRataCheck(id)] as const)));
    const kategori = [...new Set(['dinas-pendidikan', 'setwan', 'bappeda', 'kesbangpol'].map((id) => own[id]!.kategori))];
    expect(kategori.length).toBeGreaterThan(1);
    const table = /Tabel 1\.2 Capaian per Kategori (.*?) Rata-rata \d/.exec(teks)![1]!;
    // Each kategori once as a heading, in the order of the agencies' capaian.
    const at = kategori.map((k) => table.indexOf(`${k} `));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(table.indexOf('Dinas Kesehatan')).toBeLessThan(table.indexOf('Dinas Pendidikan'));
  });

  it('ranks penyerapan with a four-way tie (900.000 of 1.000.000) and the one agency below', () => {
    expect(teks).toContain('1 Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Uji Rp 1.000.000 Rp 900.000 90,00 %');
    expect(teks).toContain('1 Sekretariat DPRD Kabupaten Uji Rp 1.000.000 Rp 900.000 90,00 %');
    expect(teks).toContain('5 Kantor Kesatuan Bangsa dan Politik Kabupaten Uji Rp 1.000.000 Rp 800.000 80,00 %');
    expect(teks).toContain('Jumlah Rp 5.000.000 Rp 4.400.000 88,00 %');
  });

  it("the chart labels drop the pemda's name, which the title carries", () => {
    const chart = /Rata-rata capaian IKU \(%\) (.*?) Gambar 1\.1/.exec(teks)![1]!;
    expect(chart).toContain('Dinas Kesehatan');
    expect(chart).not.toContain('Kabupaten Uji');
    expect(chart).toContain('100 % (target)');
  });

  it('the agency whose data fails check is listed as not included, its errors in the terminal', () => {
    expect(err).toContain(`galat: ${join(data, 'dinas-galat')}: tidak dimuat dalam rekap 2024: data belum lolos check`);
    expect(teks).toMatch(/Tabel 2\.1 Perangkat Daerah yang Tidak Dimuat dalam Rekapitulasi Tahun 2024 No Perangkat Daerah Folder Data Alasan 1 Dinas Galat Kabupaten Uji \S*dinas-galat data belum lolos check \(1 galat\)/);
    expect(teks).not.toMatch(/\d Dinas Galat Kabupaten Uji 2 /);
  });

  it('passes the layout check', async () => {
    const t = await periksaTataLetak(bytes);
    expect(t, tulisTemuan('rekap-2024.pdf', t)).toEqual([]);
  });
});

describe('a wrong rekap outline', () => {
  const cases: [string, string, RegExp][] = [
    ['a block the rekap does not have', 'bab:\n  - judul: Satu\n    isi:\n      - rekap-capain\n', /kerangka\/rekap\.yaml:4:9\s+blok `rekap-capain` tidak dikenal[\s\S]*rekap-capaian/],
    ['a block of the LKjIP', 'bab:\n  - judul: Satu\n    isi:\n      - pengukuran-iku\n', /kerangka\/rekap\.yaml:4:9\s+blok `pengukuran-iku` tidak dapat dipakai di rekap/],
    ['a grouping the table does not have', 'bab:\n  - judul: Satu\n    isi:\n      - rekap-capaian:\n          kelompok: predikat\n', /kerangka\/rekap\.yaml:4:9\s+opsi `kelompok` blok `rekap-capaian` diisi salah satu dari `tidak`, `rumpun`, `kategori`/],
    ['a heading helper the rekap does not have', 'bab:\n  - judul: Kinerja {{bupati}}\n    isi:\n      - rekap-ringkasan\n', /kerangka\/rekap\.yaml:2:12\s+judul `Kinerja \{\{bupati\}\}` memakai isian yang tidak dikenal di rekap[\s\S]*\{\{tahun\}\}/],
    ['a front matter', 'depan:\n  - daftar-isi\nbab:\n  - judul: Satu\n    isi:\n      - rekap-ringkasan\n', /kerangka\/rekap\.yaml:1:1\s+rekap tidak mempunyai bagian depan/],
  ];
  for (const [name, yaml, pesan] of cases)
    it(`${name}: an error at its line, exit 1, nothing written`, async () => {
      const d = join(dir, `salah-${cases.findIndex((c) => c[0] === name)}`);
      cpSync('test/fixtures/minimal', join(d, 'dinas-contoh'), { recursive: true });
      mkdirSync(join(d, 'kerangka'));
      writeFileSync(join(d, 'kerangka', 'rekap.yaml'), yaml);
      const out = join(d, 'out');
      const r = await run(['build', 'rekap', d, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(pesan);
      expect(existsSync(join(out, 'rekap-2024.pdf'))).toBe(false);
    });
});
