// Figures below the agency's totals typed in prose (issue 14, deliverable 1): a kegiatan or sub
// kegiatan (by kode or id), a unit kerja, a jenis belanja, an LHE component, a perangkat
// daerah's AKIP, a quarter, an indicator's earlier year, the survey's IKM, units and unsur. Each
// written wrong the way an author would is an error with both values, its place and the helper
// to paste; written through its helper it is silent, and the helper prints what the table does.
import { beforeAll, describe, expect, it } from 'vitest';
import { computeTahun } from '../../src/compute/index.ts';
import { Diagnostics, formatDiagnostic } from '../../src/diagnostics/index.ts';
import { loadInstansi } from '../../src/load/index.ts';
import type { TahunModel } from '../../src/model/model.ts';
import { expandNarasi, narasiHelpers } from '../../src/render/narasi.ts';
import { validate } from '../../src/validate/index.ts';
import { checkProseFigures } from '../../src/validate/prose-figures.ts';

const model: Record<string, TahunModel> = {};
beforeAll(() => {
  for (const a of ['setda-paser', 'diskominfo-contoh']) {
    const diags = new Diagnostics();
    const valid = validate(loadInstansi(`data/${a}`, diags), diags);
    if (!valid) throw new Error(diags.errors.map(formatDiagnostic).join('\n'));
    model[a] = computeTahun(valid.data, 2024);
  }
});

const periksa = (a: string, text: string) => {
  const diags = new Diagnostics();
  checkProseFigures(model[a]!, { x: { file: 'narasi/x.md', text } }, diags);
  return diags.list.map(formatDiagnostic);
};
/** The one diagnostic of `line`, with the column of `typed` in it. */
const galat = (a: string, line: string, typed: string, message: string, helper: string) =>
  expect(periksa(a, line)).toEqual([`narasi/x.md:1:${line.indexOf(typed) + 1}  ${message}\n    ganti "${typed}" dengan ${helper}`]);

describe('a wrong figure below the totals is an error naming its helper', () => {
  it('a kegiatan (by id where it has no kode), a unit kerja, a jenis belanja', () => {
    galat('setda-paser', 'Pagu kegiatan Fasilitasi Kerjasama Daerah sebesar Rp 600.000.000.', 'Rp 600.000.000',
      'pagu kegiatan `keg-kerja-sama` ditulis Rp 600.000.000, sedangkan menurut data Rp 616.609.469', '{{pagu_kegiatan "keg-kerja-sama"}}');
    galat('setda-paser', 'Pagu Bagian Hukum sebesar Rp 2.000.000.000.', 'Rp 2.000.000.000',
      'pagu unit `bagian-hukum` ditulis Rp 2.000.000.000, sedangkan menurut data Rp 1.995.862.120', '{{pagu_unit "bagian-hukum"}}');
    galat('setda-paser', 'Realisasi Belanja Pegawai sebesar Rp 31.000.000.000.', 'Rp 31.000.000.000',
      'realisasi Belanja Pegawai ditulis Rp 31.000.000.000, sedangkan menurut data Rp 31.681.043.344', '{{realisasi_belanja "belanja-pegawai"}}');
  });

  it('a sub kegiatan by kode', () => {
    galat('diskominfo-contoh', 'Pagu sub kegiatan Layanan Hubungan Media sebesar Rp 300.000.000.', 'Rp 300.000.000',
      'pagu sub kegiatan `2.16.02.2.01.0006` ditulis Rp 300.000.000, sedangkan menurut data Rp 315.000.000', '{{pagu_sub_kegiatan "2.16.02.2.01.0006"}}');
  });

  it('an LHE component and a perangkat daerah’s AKIP in a named year', () => {
    galat('setda-paser', 'Nilai komponen Perencanaan Kinerja tahun 2023 sebesar 25,00.', '25,00',
      'nilai komponen LHE `perencanaan` 2023 ditulis 25,00, sedangkan menurut data 26,22', '{{nilai_komponen_lhe "perencanaan" 2023}}');
    galat('setda-paser', 'Pada tahun 2023, Dinas Kearsipan dan Perpustakaan memperoleh nilai 78,00.', '78,00',
      'nilai AKIP Dinas Kearsipan dan Perpustakaan 2023 ditulis 78,00, sedangkan menurut data 77,65', '{{nilai_akip "Dinas Kearsipan dan Perpustakaan" 2023}}');
  });

  it('a quarter, written in Roman numerals', () => {
    galat('setda-paser', 'Realisasi anggaran triwulan II sebesar Rp 28.000.000.000.', 'Rp 28.000.000.000',
      'realisasi anggaran triwulan 2 ditulis Rp 28.000.000.000, sedangkan menurut data Rp 28.389.273.445', '{{realisasi_anggaran_triwulan 2}}');
  });

  it('an indicator two years back', () => {
    galat('diskominfo-contoh', 'Realisasi Indeks Sistem Pemerintahan Berbasis Elektronik tahun 2022 sebesar 2,50.', '2,50',
      'realisasi 2022 `iku-indeks-spbe` ditulis 2,50, sedangkan menurut data 2,47', '{{realisasi_tahun "iku-indeks-spbe" 2022}}');
  });

  it('the survey: the agency’s IKM, a unit’s, an unsur’s NRR', () => {
    galat('diskominfo-contoh', 'Nilai IKM tahun ini sebesar 80,00.', '80,00', 'IKM instansi ditulis 80,00, sedangkan menurut data 84,26', '{{ikm}}');
    galat('diskominfo-contoh', 'Nilai IKM Layanan Sertifikat Elektronik sebesar 85,00.', '85,00',
      'IKM unit `sertifikat-elektronik` ditulis 85,00, sedangkan menurut data 86,31', '{{ikm_unit "sertifikat-elektronik"}}');
    galat('diskominfo-contoh', 'NRR unsur Waktu Penyelesaian sebesar 3,200.', '3,200', 'NRR unsur `u3` ditulis 3,200, sedangkan menurut data 3,111', '{{nrr_unsur "u3"}}');
  });

  it('a position’s indicator (jabatan.yaml)', () => {
    galat('diskominfo-contoh', 'Capaian laporan keuangan bulanan dan tahunan yang disampaikan tepat waktu sebesar 100 %.', '100 %',
      'capaian indikator jabatan `ikj-laporan-keuangan` ditulis 100 %, sedangkan menurut data 92,31 %', '{{capaian_jabatan "ikj-laporan-keuangan"}}');
  });

  it('a count of respondents that is not the survey’s names the helper of the total', () => {
    expect(periksa('diskominfo-contoh', 'Survei diikuti 100 responden.')).toEqual([
      'narasi/x.md:1:16  peringatan: angka 100 responden diketik di narasi tanpa pemanggil angka dan tanpa sumber\n' +
        '    bila yang dimaksud jumlah seluruhnya, tulis {{responden_survei}} (117); bila angka ini dari luar data, tulis sumbernya tepat sesudahnya: 100 (sumber: …)',
    ]);
  });
});

describe('the same figures through their helpers', () => {
  const SETDA =
    'Pagu kegiatan {{pagu_kegiatan "keg-kerja-sama"}}, Bagian Hukum {{pagu_unit "bagian-hukum"}}, Belanja Pegawai {{realisasi_belanja "belanja-pegawai"}}, ' +
    'komponen {{nilai_komponen_lhe "perencanaan" 2023}}, AKIP {{nilai_akip "Dinas Kearsipan dan Perpustakaan" 2023}}, triwulan II {{realisasi_anggaran_triwulan "II"}} ({{penyerapan_triwulan 2}}).';
  const KOMINFO =
    'Nilai IKM {{ikm}}, Layanan Sertifikat Elektronik {{ikm_unit "sertifikat-elektronik"}}, Waktu Penyelesaian {{nrr_unsur "u3"}}, SPBE 2022 {{realisasi_tahun "iku-indeks-spbe" 2022}}, ' +
    '{{responden_unit "ppid"}} responden, jabatan {{capaian_jabatan "ikj-laporan-keuangan"}} (triwulan III {{capaian_jabatan_triwulan "ikj-laporan-keuangan" "III"}}), sub kegiatan {{pagu_sub_kegiatan "2.16.02.2.01.0006"}} ({{penyerapan_sub_kegiatan "2.16.02.2.01.0006"}}), kegiatan {{pagu_kegiatan "2.16.02.2.01"}}.';

  it('are silent', () => {
    expect(periksa('setda-paser', SETDA)).toEqual([]);
    expect(periksa('diskominfo-contoh', KOMINFO)).toEqual([]);
  });

  it('print what the tables print', () => {
    expect(expandNarasi(SETDA, narasiHelpers(model['setda-paser']!))).toBe(
      'Pagu kegiatan Rp 616.609.469, Bagian Hukum Rp 1.995.862.120, Belanja Pegawai Rp 31.681.043.344, komponen 26,22, AKIP 77,65, triwulan II Rp 28.389.273.445 (11,07 %).',
    );
    expect(expandNarasi(KOMINFO, narasiHelpers(model['diskominfo-contoh']!))).toMatch(
      /^Nilai IKM 84,26, Layanan Sertifikat Elektronik 86,31, Waktu Penyelesaian 3,111, SPBE 2022 2,47, 32 responden, jabatan 92,31 % \(triwulan III 66,67 %\), sub kegiatan Rp 315\.000\.000 \([\d,]+ %\), kegiatan Rp 1\.768\.425\.000\.$/,
    );
  });
});
