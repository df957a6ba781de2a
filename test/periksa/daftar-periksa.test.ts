// The README's list of checks is the source's (issue 14, deliverable 6): every code a rule can
// report, with its message, between the README's markers; a rule added or a message changed
// without regenerating the list (node --import tsx test/periksa/daftar.ts) fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AKHIR, AWAL, daftarPeriksa, tabelPeriksa } from './daftar.ts';

describe('the list of checks in the README', () => {
  it('is the list the source holds now', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = readme.slice(readme.indexOf(AWAL), readme.indexOf(AKHIR) + AKHIR.length);
    expect(block, 'jalankan: node --import tsx test/periksa/daftar.ts').toBe(tabelPeriksa());
  });

  it('reads each rule’s code, level and message, the data-filled parts as …', () => {
    const list = daftarPeriksa();
    expect(list).toContainEqual({ kode: 'teks/daerah-lain', tingkat: 'peringatan', pesan: 'nama daerah lain "…" di …; instansi ini milik …' });
    expect(list).toContainEqual({ kode: 'aturan/dasar-hukum-tipe', tingkat: 'galat', pesan: 'dasar hukum `…`: jenis "…" bukan … (tipe: …)' });
    expect(list).toContainEqual({ kode: 'narasi/angka-beda', tingkat: 'galat', pesan: '… ditulis …, sedangkan menurut data …' });
    expect(list.length).toBeGreaterThan(200);
  });
});
