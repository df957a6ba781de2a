// Names and legal-basis types checked (issue 14, deliverable 3), through the bad-input harness;
// and the same facts written right stay silent.
import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TIPE_DASAR_HUKUM, tipeDariJudul, tipeDariKata } from '../../src/model/dasar-hukum.ts';
import { applyCase, checkFolder } from './apply.ts';
import { DASAR, FAKTA_NAMA } from './fakta-nama-cases.ts';
import { describeCases } from './harness.ts';
import { cariDaerahLain, wilayahSendiri } from '../../src/validate/rules/daerah-lain.ts';
import { daftarWilayah } from '../../src/validate/wilayah.ts';

describeCases('names and legal-basis types checked', FAKTA_NAMA);

const silent = (file: string, edit: [string, string], also = DASAR('perbup', 'Peraturan Bupati Uji')) => {
  const dir = applyCase({ name: 'benar', file, edit, also: { file: 'instansi.yaml', edit: also }, expect: { code: '', message: '', line: 0, col: 0 } });
  try {
    return checkFolder(dir).list;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('legal-basis types written right stay silent', () => {
  it('the right type, cited in full, abbreviated, and through its helper', () => {
    const list = silent('2024/narasi/bab1-maksud.md', ['{{tahun}}.', '{{tahun}}, sesuai Peraturan Bupati Uji Nomor 1 Tahun 2023, Perbup No. 01 Tahun 2023 dan {{dasar_hukum "perbup-uji-1-2023"}} ({{tipe_dasar_hukum "perbup-uji-1-2023"}}); Peraturan Daerah Nomor 7 Tahun 2021 tidak ada di daftar.']);
    expect(list).toEqual([]);
  });

  it('a helper naming a legal basis that does not exist is an error at its call', () => {
    const list = silent('2024/narasi/bab1-maksud.md', ['{{tahun}}.', '{{tahun}} {{dasar_hukum "perbup-uji-2-2023"}}.']);
    expect(list.map((d) => `${d.code} ${d.at?.line}:${d.at?.col} ${d.message}`)).toEqual(['aturan/id-menggantung 1:77 dasar_hukum `perbup-uji-2-2023` tidak ada (dipanggil oleh `dasar_hukum`)']);
  });

  it('the schema lists exactly the types the rule knows', () => {
    const schema = JSON.parse(readFileSync('schemas/instansi.schema.json', 'utf8'));
    expect(schema.properties.dasar_hukum.items.properties.tipe.enum).toEqual(Object.keys(TIPE_DASAR_HUKUM));
  });

  it('titles and prose words are read to their type', () => {
    expect(tipeDariJudul('Peraturan Menteri Dalam Negeri')).toBe('permen');
    expect(tipeDariJudul('Peraturan Pemerintah Pengganti Undang-Undang')).toBe('perppu');
    expect(tipeDariJudul('Peraturan Walikota Samarinda')).toBe('perwali');
    expect(tipeDariJudul('Undang-Undang Dasar Negara Republik Indonesia Tahun 1945')).toBeUndefined();
    expect(tipeDariKata('Permendagri')).toBe('permen');
    expect(tipeDariKata('Perbup')).toBe('perbup');
    expect(tipeDariKata('PP')).toBe('pp');
  });
});

describe('other regions: what stays silent', () => {
  const paser = wilayahSendiri('Kabupaten Paser');
  const found = (text: string) => cariDaerahLain(text, paser).map((t) => `${t.nama}@${t.index}`);

  it('the list is the whole country: 38 provinces, over 500 kabupaten/kota', () => {
    expect(daftarWilayah().filter((w) => w.jenis === 'provinsi')).toHaveLength(38);
    expect(daftarWilayah().filter((w) => w.jenis !== 'provinsi').length).toBeGreaterThan(500);
  });

  it('the own region and its province, a regulation title, a source, a lower-case common word', () => {
    expect(found('Pemerintah Kabupaten Paser di Provinsi Kalimantan Timur, juga Kalimantan Timur saja.')).toEqual([]);
    expect(found('Sesuai Peraturan Daerah Provinsi Jawa Timur Nomor 3 Tahun 2020 tentang Tata Ruang.')).toEqual([]);
    expect(found('Angka kemiskinan 8,2 % (sumber: BPS Kabupaten Berau, 2024).')).toEqual([]);
    expect(found('Dibangun dari kota batu dan kabupaten tua.')).toEqual([]);
  });

  it('the same words naming another region are found, the longest name first', () => {
    expect(found('Kabupaten Penajam Paser Utara dan Kab. Berau; Provinsi Jawa Barat, Sulawesi Selatan. Sesuai peraturan itu, Kota Bogor.')).toEqual([
      'Kabupaten Penajam Paser Utara@0',
      'Kab. Berau@34',
      'Provinsi Jawa Barat@46',
      'Sulawesi Selatan@67',
      'Kota Bogor@107',
    ]);
  });

  it('a province agency names its own kabupaten/kota freely', () => {
    const kaltim = wilayahSendiri('Provinsi Kalimantan Timur');
    expect(cariDaerahLain('Kabupaten Paser dan Kota Samarinda; Kota Makassar.', kaltim).map((t) => t.nama)).toEqual(['Kota Makassar']);
  });

  it('an agency the data compares with (evaluasi pembanding) is named freely', () => {
    const list = silent('2024/narasi/bab1-maksud.md', ['{{tahun}}.', '{{tahun}}, dibandingkan dengan Dinas Contoh Kota Samarinda.'], ['unit_kerja:', 'unit_kerja:']);
    expect(list.filter((d) => d.code === 'teks/daerah-lain')).toHaveLength(1);
    const dir = applyCase({
      name: 'pembanding',
      file: '2024/narasi/bab1-maksud.md',
      edit: ['{{tahun}}.', '{{tahun}}, dibandingkan dengan Dinas Contoh Kota Samarinda.'],
      also: { file: '2024/evaluasi.yaml', edit: { content: 'pembanding:\n  daftar:\n    - { instansi: Dinas Contoh Kota Samarinda, indikator: Nilai SAKIP, nilai: 70.1 }\n' } },
      expect: { code: '', message: '', line: 0, col: 0 },
    });
    try {
      expect(checkFolder(dir).list.filter((d) => d.code === 'teks/daerah-lain')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('other regions in a paragraph wrapped over lines', () => {
  it('a regulation title wrapped is still a title; a name on a later line is found at its line', () => {
    const list = silent('2024/narasi/bab1-maksud.md', ['{{tahun}}.', '{{tahun}}, sesuai Undang-Undang Nomor 7 Tahun 2003 tentang Pembentukan Kabupaten Luwu Timur\ndan Kabupaten Mamuju Utara di Provinsi Sulawesi Selatan.\n\nSalinan dari\nKabupaten Jepara.']);
    expect(list.filter((d) => d.code === 'teks/daerah-lain').map((d) => `${d.at?.line}:${d.at?.col} ${d.message}`)).toEqual([
      '5:1 nama daerah lain "Kabupaten Jepara" di narasi; instansi ini milik Kabupaten Uji',
    ]);
  });
});
