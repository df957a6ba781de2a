// Every document of every instansi in data/ builds with one browser; each is read back for its
// key figures and its signature blocks.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { pageLooks, readPdf } from '../pdf-text.ts';

const out = mkdtempSync(join(tmpdir(), 'kinerja-semua-'));
const logs: string[] = [];
// A word the print hyphenated at a line's end ("Keu- angan") is read back whole.
const text = async (f: string) => (await readPdf(readFileSync(join(out, f)))).pages.join('\n').replace(/\s+/g, ' ').replace(/(\p{Ll})- (?=\p{Ll})/gu, '$1');
beforeAll(async () => {
  expect(await main(['build', 'all', '--out', out], { log: (s) => logs.push(s), err: () => undefined })).toBe(0);
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('build all', () => {
  it('writes each document each instansi has data for', () => {
    expect(logs.map((l) => l.replace(out + '/', '')).sort()).toEqual(
      [
        'diskominfo-contoh/lkjip-2024.pdf',
        'diskominfo-contoh/pk-2024.pdf',
        // a PK for every position with indicators (<tahun>/jabatan.yaml), issue 16
        ...['kabid-aptika', 'kabid-ikp', 'kabid-infrastruktur', 'kabid-statistik-persandian', 'kasubbag-perencanaan-keuangan', 'kasubbag-umum-kepegawaian', 'pranata-komputer-muda', 'sekretaris'].map((j) => `diskominfo-contoh/pk/2024-${j}.pdf`),
        // the Laporan Hasil SKM (<tahun>/survei.yaml), issue 15
        // the pohon kinerja of every agency with anggaran.yaml, issue 16
        'diskominfo-contoh/pohon-2024.pdf',
        'diskominfo-contoh/survei-2024.pdf',
        'setda-paser/lkjip-2024.pdf',
        'setda-paser/pk-2024.pdf',
        'setda-paser/pohon-2024.pdf',
        'setwan-lutim/pk-2024.pdf',
        'setwan-lutim/pohon-2024.pdf',
        'setwan-lutim/rkt-2024.pdf',
        'setwan-paser/pk-2024.pdf',
        'setwan-paser/pohon-2024.pdf',
        'setwan-paser/rencana-aksi-2024.pdf',
      ].map((f) => `tertulis: ${f}`),
    );
  });

  it('Rencana Aksi Setwan Paser: levels, quarterly split, steps, totals, signature', async () => {
    const t = await text('setwan-paser/rencana-aksi-2024.pdf');
    expect(t).toContain('RENCANA AKSI PENCAPAIAN SASARAN SEKRETARIAT DPRD KABUPATEN PASER TAHUN 2024');
    expect(t).toContain('Meningkatnya Pengelolaan Keuangan dan Kinerja Organisasi yang Akuntabel');
    expect(t).toContain('BB (72)');
    expect(t).toContain('48.572.722.441'); // Program Penunjang, computed from its sub kegiatan
    expect(t).toContain('40.725.990.846');
    expect(t).toContain('89.298.713.287'); // both programs
    expect(t).toContain('100.933.780'); // kegiatan Perencanaan, Penganggaran dan Evaluasi Kinerja
    expect(t).toMatch(/Penyusunan Dokumen Perencanaan Perangkat Daerah .* 2 Dokumen 1 1 /);
    expect(t).toContain('Sekretaris DPRD Kabupaten Paser');
  });

  it('Rencana Aksi: every page says which sasaran and program its rows belong to, under the repeated column heads', async () => {
    const pages = (await readPdf(readFileSync(join(out, 'setwan-paser/rencana-aksi-2024.pdf')))).pages.map((p) => p.replace(/\s+/g, ' '));
    expect(pages.length).toBeGreaterThan(4);
    const konteks = pages.map((p) => /Sasaran ([IVX]+)\. .*? › ([A-Z])\. Program/.exec(p)?.slice(1, 3).join(''));
    pages.forEach((p, i) => {
      expect(konteks[i], `halaman ${i + 1}`).toBeDefined();
      expect(p, `halaman ${i + 1}`).toContain('Indikator Kinerja');
    });
    // Both programs of the example, in order, each on the pages its rows run over.
    expect([...new Set(konteks)]).toEqual(['IA', 'IIB']);
  });

  it('RKT Setwan Luwu Timur: evaluation of 2023, the wide table, signature with NIP', async () => {
    const t = await text('setwan-lutim/rkt-2024.pdf');
    expect(t).toContain('RENCANA KERJA TAHUNAN (RKT)');
    expect(t).toMatch(/Persentase Ranperda yang disetujui bersama 90 % 80 % 88,89 Tidak Tercapai/);
    expect(t).toMatch(/96,86 % 96,86 Tidak Tercapai/);
    expect(t).toContain('28.584.558.694');
    expect(t).toContain('Luwu Timur yang Berkelanjutan dan Lebih Maju');
    expect(t).toContain('ASWAN AZIS, S.Pi, M.Si');
    expect(t).toContain('NIP. 19760316 200803 1 001');
    expect(t).toContain('Malili, 2 Januari 2024');
    // Printed at the stylesheet's sizes: the wide table fits its landscape page, nothing is shrunk.
    const sizes = new Set((await pageLooks(readFileSync(join(out, 'setwan-lutim/rkt-2024.pdf')))).map((p) => p.size));
    expect([...sizes].sort()).toEqual([12, 16, 8].sort());
  });

  it('a document printed alone has the same bytes as printed after others in one browser', async () => {
    const alone = mkdtempSync(join(tmpdir(), 'kinerja-sendiri-'));
    try {
      expect(await main(['build', 'pk', 'data/setwan-paser', '--out', alone], { log: () => undefined, err: () => undefined })).toBe(0);
      const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
      expect(sha(join(alone, 'setwan-paser', 'pk-2024.pdf'))).toBe(sha(join(out, 'setwan-paser', 'pk-2024.pdf')));
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  it('PK Setwan Luwu Timur: the head named with NIP, the superior left to be filled in', async () => {
    const t = await text('setwan-lutim/pk-2024.pdf');
    expect(t).toContain('PERJANJIAN KINERJA TAHUN 2024');
    expect(t).toContain('Nama : ASWAN AZIS, S.Pi, M.Si');
    expect(t).toContain('Jabatan : Bupati Luwu Timur');
    expect(t).toContain('Nama : …………………………………');
  });
});
