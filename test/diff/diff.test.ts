// `kinerja diff` on a real temporary git repository: inputs and everything they move.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/kinerja.mjs');
const repo = mkdtempSync(join(tmpdir(), 'kinerja-git-'));
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const kinerja = (...args: string[]) => execFileSync(process.execPath, [BIN, ...args], { cwd: repo, encoding: 'utf8' });
const edit = (file: string, from: string, to: string) => {
  const f = join(repo, file);
  const text = readFileSync(f, 'utf8');
  expect(text).toContain(from);
  writeFileSync(f, text.replace(from, to));
};

beforeAll(() => {
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'uji@contoh.go.id');
  git('config', 'user.name', 'Uji');
  cpSync('test/fixtures/minimal', join(repo, 'data', 'dinas-satu'), { recursive: true });
  cpSync('test/fixtures/minimal', join(repo, 'data', 'dinas-dua'), { recursive: true });
  edit('data/dinas-dua/instansi.yaml', 'id: dinas-contoh\nnama: Dinas Contoh Kabupaten Uji', 'id: dinas-dua\nnama: Dinas Kedua Kabupaten Uji');
  git('add', '.');
  git('commit', '-qm', 'data awal');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('kinerja diff', () => {
  it('working tree against HEAD: the input in words, the figures it moves in a table', () => {
    edit('data/dinas-satu/2024/realisasi.yaml', 'nilai: 99', 'nilai: 90');
    const md = kinerja('diff');
    expect(md).toContain('## Perubahan angka: HEAD → berkas kerja');
    expect(md).toContain('### Dinas Contoh Kabupaten Uji — 2024');
    expect(md).toContain('- realisasi IKU Persentase layanan tuntas: 99 → 90');
    expect(md).toContain('| capaian IKU Persentase layanan tuntas | 110,00 % | 100,00 % |');
    expect(md).toContain('| capaian sasaran Meningkatnya layanan | 115,00 % | 110,00 % |');
    expect(md).toContain('| rata-rata capaian IKU | 115,00 % | 110,00 % |');
    expect(md).not.toContain('Dinas Kedua'); // only the instansi that changed
    git('commit', '-qam', 'realisasi dibetulkan');
  });

  it('two revisions as JSON, with a predikat that changes', () => {
    edit('data/dinas-dua/2024/realisasi.yaml', 'nilai: 99', 'nilai: 60');
    git('commit', '-qam', 'realisasi turun');
    const json = JSON.parse(kinerja('diff', 'HEAD~1', 'HEAD', '--format', 'json'));
    expect(json.dari).toBe('HEAD~1');
    expect(json.ke).toBe('HEAD');
    const [bagian] = json.perubahan;
    expect(bagian.instansi).toBe('dinas-dua');
    const byKey = Object.fromEntries(bagian.berubah.map((p: { key: string }) => [p.key, p]));
    expect(byKey['iku-satu/realisasi']).toMatchObject({ jenis: 'masukan', sebelum: '99', sesudah: '60' });
    expect(byKey['iku-satu/capaian']).toMatchObject({ jenis: 'turunan', sebelum: '110,00 %', sesudah: '66,67 %' });
    expect(byKey['iku-satu/kategori']).toMatchObject({ sebelum: 'Berhasil', sesudah: 'Kurang Berhasil' });
  });

  it('added and removed items, and the totals they move', () => {
    const f = join(repo, 'data/dinas-satu/2024/anggaran.yaml');
    writeFileSync(f, readFileSync(f, 'utf8') + '          - id: sub-dua\n            nama: Sub Kegiatan Dua\n            indikator:\n              uraian: Jumlah laporan\n              satuan: Laporan\n              target: 4\n            pagu: 500000\n');
    edit('data/dinas-satu/2024/belanja.yaml', 'anggaran: 1000000', 'anggaran: 1500000');
    const md = kinerja('diff');
    expect(md).toContain('**Ditambahkan:**');
    expect(md).toContain('- pagu sub kegiatan Sub Kegiatan Dua: Rp 500.000');
    expect(md).toContain('| pagu seluruh instansi | Rp 1.000.000 | Rp 1.500.000 |');
  });

  it('a side that does not pass check is named, not compared, and the diff fails', () => {
    edit('data/dinas-dua/2024/anggaran.yaml', 'pagu: 1000000', 'pagu: 1.000.000');
    // Exit 1 now (it was 0): a working tree that fails check must not pass a CI step silently.
    const r = spawnSync(process.execPath, [BIN, 'diff'], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Data sesudah belum lolos `kinerja check`');
    // Not every figure of the other side as removed. (The other instansi's section may list what
    // the earlier tests' edits removed, e.g. an efisiensi no longer computed over partial realisasi.)
    const failing = r.stdout.split('\n### ').find((section) => section.startsWith('Dinas Kedua'));
    expect(failing).toBeDefined();
    expect(failing).not.toContain('**Dihapus:**');
    expect(r.stderr).toContain('galat: data sesudah (berkas kerja) instansi dinas-dua belum lolos kinerja check: 1 galat');
  });
});
