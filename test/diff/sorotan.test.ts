// What a reviewer must see: a quarterly plan and a narrative changed are shown; a category that
// changed, a capaian crossing 100 % and the agency's totals come first, the rest folded away.
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, makeRepo } from './repo.ts';

const repo = makeRepo();
afterAll(() => repo.remove());
const diff = () => spawnSync(process.execPath, [BIN, 'diff'], { cwd: repo.dir, encoding: 'utf8' });

describe('diff a reviewer can trust', () => {
  it('a change of the quarterly plan is shown', () => {
    const plan = (k1: number, k2: number) => `            rencana:\n${[k1, k2, 3, 3].map((k, i) => `              tw${i + 1}:\n                k: ${k}\n                rp: 250000\n`).join('')}`;
    repo.edit('data/dinas-contoh/2024/anggaran.yaml', '            realisasi:\n', `${plan(3, 3)}            realisasi:\n`);
    repo.commit('rencana');
    repo.edit('data/dinas-contoh/2024/anggaran.yaml', plan(3, 3), plan(4, 2)); // the year's target stays 12
    const r = diff();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('- rencana kinerja TW I sub kegiatan Sub Kegiatan Satu: 3 → 4');
    expect(r.stdout).toContain('- rencana kinerja TW II sub kegiatan Sub Kegiatan Satu: 3 → 2');
    expect(r.stdout).not.toContain('Tidak ada angka yang berubah');
    repo.commit('rencana diubah');
  });

  it('a change of a narrative is shown, with its size', () => {
    repo.edit('data/dinas-contoh/2024/narasi/ringkasan-eksekutif.md', 'Capaian rata-rata', 'Secara umum, capaian rata-rata');
    const r = diff();
    expect(r.stdout).toMatch(/- narasi ringkasan-eksekutif\\\.\u2060md: 5 kata, \\#\u2060[0-9a-f]{7} → 7 kata, \\#\u2060[0-9a-f]{7}/);
    repo.commit('narasi');
  });

  it('a category change and a capaian crossing 100 % come first; the rest is folded', () => {
    repo.edit('data/dinas-contoh/2024/realisasi.yaml', 'nilai: 99', 'nilai: 50');
    repo.edit('data/dinas-contoh/2024/anggaran.yaml', '              tw4:\n                k: 3\n                rp: 200000', '              tw4:\n                k: 3\n                rp: 150000');
    repo.edit('data/dinas-contoh/2024/belanja.yaml', 'realisasi: 900000', 'realisasi: 850000');
    const md = diff().stdout;
    const first = md.indexOf('**Yang paling penting:**');
    expect(first).toBeGreaterThan(-1);
    const penting = md.slice(first, md.indexOf('<details>'));
    expect(penting).toContain('- kategori IKU Persentase layanan tuntas: Berhasil → Kurang Berhasil');
    expect(penting).toContain('- capaian IKU Persentase layanan tuntas: 110,00 % → 55,56 %');
    expect(penting).toContain('- realisasi anggaran seluruh instansi: Rp 900.000 → Rp 850.000');
    expect(penting).not.toContain('sub kegiatan'); // details wait below
    expect(md).toMatch(/<details><summary>Rincian: \d+ angka<\/summary>\n\n\*\*Yang diubah penyusun:\*\*/);
    expect(md.indexOf('**Yang diubah penyusun:**')).toBeGreaterThan(md.indexOf('<details>'));
    expect(md.trimEnd().endsWith('</details>')).toBe(true);
  });
});
