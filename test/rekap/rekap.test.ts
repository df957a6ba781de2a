// `kinerja build rekap`: one document comparing every agency of a data folder, from the same
// computed models as each agency's own documents. Read back from the PDF: each example agency's
// average capaian is what `kinerja check` prints for it; an agency whose data fails check is listed
// as not included, with the reason in the terminal; the same data gives the same bytes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf } from '../pdf-text.ts';
import { periksaTataLetak, tulisTemuan } from '../layout/periksa.ts';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import { loadInstansi } from '../../src/load/index.ts';
import { validate } from '../../src/validate/index.ts';
import { computeTahun } from '../../src/compute/index.ts';
import { formatAngka, formatPersen, formatRupiah } from '../../src/format/index.ts';
import type { TahunModel } from '../../src/model/model.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-rekap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const squash = (s: string) => s.replace(/\s+/g, ' ');

async function run(args: string[]) {
  const log: string[] = [];
  const err: string[] = [];
  const code = await main(args, { log: (s) => log.push(s), err: (s) => err.push(s) });
  return { code, log: log.join('\n'), err: err.join('\n') };
}

/** What `kinerja check` prints over data/: each agency's name, year and average capaian with its kategori. */
async function ringkasanCheck(): Promise<{ nama: string; tahun: number; rataRata: string }[]> {
  const r = await run(['check']);
  expect(r.code).toBe(0);
  const out: { nama: string; tahun: number; rataRata: string }[] = [];
  let head: RegExpExecArray | null = null;
  for (const line of r.log.split('\n')) {
    head = /^(.+) — (\d{4})$/.exec(line) ?? head;
    const avg = /^rata-rata\s+(.+?)\s*$/.exec(line);
    if (head && avg) out.push({ nama: head[1]!, tahun: Number(head[2]), rataRata: avg[1]!.replace(/\s{2,}/g, ' ') });
  }
  return out;
}

describe('kinerja build rekap', () => {
  let teks: Record<number, string>;
  let bytes: Buffer;

  beforeAll(async () => {
    teks = {};
    for (const tahun of [2023, 2024]) {
      const r = await run(['build', 'rekap', 'data', '--tahun', String(tahun), '--out', dir]);
      expect(r.code, r.err).toBe(0);
      expect(r.log).toBe(`tertulis: ${join(dir, `rekap-${tahun}.pdf`)}`);
      teks[tahun] = squash((await readPdf(readFileSync(join(dir, `rekap-${tahun}.pdf`)))).pages.join(' '));
    }
    bytes = readFileSync(join(dir, 'rekap-2024.pdf'));
  }, 120_000);

  it("each example agency's average capaian and kategori are what `kinerja check` prints for it", async () => {
    const dicetak = await ringkasanCheck();
    // Setda Paser and Diskominfo 2024, Setwan Luwu Timur 2023 (its 2024 is a plan, without realisasi).
    expect(dicetak.map((d) => `${d.nama} ${d.tahun}`).sort()).toEqual([
      'Dinas Komunikasi dan Informatika Kabupaten Sungai Ulin 2024',
      'Sekretariat DPRD Kabupaten Luwu Timur 2023',
      'Sekretariat Daerah Kabupaten Paser 2024',
    ]);
    for (const d of dicetak) expect(teks[d.tahun], `${d.nama} ${d.tahun}`).toContain(`${d.nama} ${d.rataRata}`);
    expect(teks[2024]).toContain('Sekretariat Daerah Kabupaten Paser 106,71 % Berhasil');
  });

  it('the rest of each row: penyerapan anggaran, the LHE with its year and predikat, the survey IKM', () => {
    expect(teks[2024]).toContain('REKAPITULASI KINERJA PERANGKAT DAERAH TAHUN 2024');
    expect(teks[2024]).toContain('Sekretariat Daerah Kabupaten Paser 106,71 % Berhasil Rp 256.384.931.909 Rp 236.124.072.719 92,10 % 77,17 (2023) BB – –');
    expect(teks[2024]).toContain('Dinas Komunikasi dan Informatika Kabupaten Sungai Ulin 104,62 % Berhasil Rp 14.285.721.000 Rp 13.557.777.414 94,90 % 71,10 (2023) BB 84,26 B (Baik)');
    // An agency without realisasi: its pagu, and a dash where there is nothing to show.
    expect(teks[2024]).toContain('Sekretariat DPRD Kabupaten Paser – – Rp 89.298.713.287 – – – – – –');
  });

  it('the total and average rows are computed from the rows', () => {
    // Pagu of all; realisasi reported by two; their penyerapan (236.124.072.719 + 13.557.777.414) / (256.384.931.909 + 14.285.721.000).
    expect(teks[2024]).toContain('Jumlah Rp 405.041.496.551 Rp 249.681.850.133 92,25 %');
    // (106,71… + 104,62…) / 2, the LHE (77,17 + 71,10) / 2 and the one IKM.
    expect(teks[2024]).toMatch(/Rata-rata 105,6\d % Berhasil 74,1\d 84,26/);
  });

  it("every table's and chart's figures are each agency's own: its budget, its latest LHE, its survey index", () => {
    const model = (folder: string): TahunModel => {
      const diags = new Diagnostics();
      const v = validate(loadInstansi(folder, diags), diags);
      return computeTahun(v!.data, 2024);
    };
    const t = teks[2024]!;
    const anggaran = /Tabel 3\.1 Peringkat Penyerapan Anggaran (.*?) Jumlah Rp/.exec(t)![1]!;
    const akip = /Tabel 4\.1 Peringkat Nilai Akuntabilitas (.*?) Rata-rata \d/.exec(t)![1]!;
    const ikm = /Tabel 5\.1 Peringkat Indeks Kepuasan (.*?) Rata-rata \d/.exec(t)![1]!;
    for (const id of ['setda-paser', 'diskominfo-contoh', 'setwan-paser', 'setwan-lutim']) {
      const m = model(`data/${id}`);
      const nama = m.instansi.nama;
      const a = m.anggaran;
      if (a.isian === 'kosong') expect(anggaran).toContain(`– ${nama} ${formatRupiah(a.pagu)} – –`);
      else expect(anggaran).toMatch(new RegExp(`\\d ${nama} ${formatRupiah(a.pagu)} ${formatRupiah(a.realisasi)} ${formatPersen(a.penyerapan)}`.replace(/\./g, '\\.')));
      const ev = m.evaluasi;
      const tahunLhe = ev && Object.keys(ev.lheTotal).filter((y) => Number(y) <= 2024 && !ev.lheSebagian[y]).sort().at(-1);
      if (tahunLhe) {
        const p = ev!.lhePredikat[tahunLhe]!;
        expect(akip).toContain(`${nama} ${tahunLhe} ${formatAngka(ev!.lheTotal[tahunLhe]!, 2)} ${p.kode} (${p.kategori})`);
        expect(t).toMatch(new RegExp(`Nilai AKIP \\(LHE terakhir\\).*${formatAngka(ev!.lheTotal[tahunLhe]!, 2)}.*Gambar 4\\.1`));
      } else expect(akip).toContain(`– ${nama} – – –`);
      const s = m.survei?.instansi;
      if (s?.konversi) expect(ikm).toContain(`${nama} ${formatAngka(s.konversi, 2)} ${s.mutu!.kode} (${s.mutu!.kategori})`);
      else expect(ikm).not.toContain(nama);
    }
    // The capaian chart: each agency's average as a bar.
    expect(t).toMatch(/Rata-rata capaian IKU \(%\) .*106,71.*104,62.* Gambar 2\.1/);
  });

  it('the rekap passes the layout check', async () => {
    const t = await periksaTataLetak(bytes);
    expect(t, tulisTemuan('rekap-2024.pdf', t)).toEqual([]);
  });

  it('an agency without data of the year is listed as not included', () => {
    expect(teks[2023]).toContain('Perangkat Daerah yang Tidak Dimuat dalam Rekapitulasi Tahun 2023');
    expect(teks[2023]).toMatch(/\d Sekretariat Daerah Kabupaten Paser data\/setda-paser tidak ada data tahun 2023/);
    // Every agency of 2024 is in, and the document says so.
    expect(teks[2024]).toContain('Semua perangkat daerah (4) dimuat dalam rekapitulasi tahun 2024.');
  });

  it('the same data gives the same bytes, run after run', () => {
    // Two runs of the command as a user runs it, each with its own Chromium.
    const files = ['satu', 'dua'].map((d) => {
      const r = spawnSync(process.execPath, ['bin/kinerja.mjs', 'build', 'rekap', '--quiet', '--out', join(dir, d)], { encoding: 'utf8', timeout: 110_000 });
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(join(dir, d, 'rekap-2024.pdf'));
    });
    expect(files[0]!.equals(files[1]!)).toBe(true);
    expect(bytes.length).toBeGreaterThan(0);
    // A document of six chapters and charts: two cold runs take over a minute on a busy machine.
  }, 240_000);

  it('an agency whose data fails check is listed as not included, the reason and its errors in the terminal (exit 1)', async () => {
    const data = join(dir, 'data');
    for (const id of ['dinas-baik', 'dinas-galat']) {
      const d = join(data, id);
      cpSync('test/fixtures/minimal', d, { recursive: true });
      const f = join(d, 'instansi.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace('id: dinas-contoh', `id: ${id}`).replace('nama: Dinas Contoh Kabupaten Uji', `nama: Dinas ${id === 'dinas-baik' ? 'Baik' : 'Galat'} Kabupaten Uji`));
    }
    writeFileSync(join(data, 'dinas-galat', '2024', 'pk.yaml'), 'target:\n  iku-satu: sembilan puluh\n  iku-dua: 10\n');
    const r = await run(['build', 'rekap', data, '--out', join(dir, 'galat')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`galat: ${join(data, 'dinas-galat')}: tidak dimuat dalam rekap 2024: data belum lolos check`);
    expect(r.err).toMatch(/pk\.yaml:2:\d+/);
    const text = squash((await readPdf(readFileSync(join(dir, 'galat', 'rekap-2024.pdf')))).pages.join(' '));
    expect(text).toMatch(/1 Dinas Baik Kabupaten Uji \d/);
    expect(text).toMatch(/1 Dinas Galat Kabupaten Uji \S*dinas-galat data belum lolos check \(\d+ galat\)/);
  });

  it('a folder that does not exist is a usage error', async () => {
    const r = await run(['build', 'rekap', join(dir, 'tidak-ada')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('tidak ada: sebutkan folder data');
  });
});
