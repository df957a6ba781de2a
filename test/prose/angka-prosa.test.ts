// Figures typed in narrative (issue 14, deliverable 1), read against the Setda Paser model the
// way an author writes them: a wrong figure is an error with both values, its place and the
// helper to paste; a right one typed is a warning naming its helper; `(sumber: …)` silences the
// one figure it follows; years, dates, NIP, regulation numbers and list numbering are no figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { computeTahun } from '../../src/compute/index.ts';
import { Diagnostics, formatDiagnostic, type Diagnostic } from '../../src/diagnostics/index.ts';
import { loadInstansi } from '../../src/load/index.ts';
import type { TahunModel } from '../../src/model/model.ts';
import { validate } from '../../src/validate/index.ts';
import { checkProseFigures } from '../../src/validate/prose-figures.ts';

let m: TahunModel;
beforeAll(() => {
  const diags = new Diagnostics();
  const valid = validate(loadInstansi('data/setda-paser', diags), diags);
  if (!valid) throw new Error(diags.errors.map(formatDiagnostic).join('\n'));
  m = computeTahun(valid.data, 2024);
});

/** The diagnostics of one narrative file `nama`.md holding `text`. */
function periksa(text: string, nama = 'bab3-anggaran'): Diagnostic[] {
  const diags = new Diagnostics();
  checkProseFigures(m, { [nama]: { file: `narasi/${nama}.md`, text } }, diags);
  return diags.list;
}
/** The column an editor shows for `needle` in `line`. */
const kol = (line: string, needle: string) => line.indexOf(needle) + 1;
const satu = (text: string, nama?: string) => {
  const d = periksa(text, nama);
  expect(d.map(formatDiagnostic)).toHaveLength(1);
  return d[0]!;
};

describe('a figure typed in prose that contradicts the model is an error', () => {
  it('a sasaran capaian: both values, its line and column, the helper to paste', () => {
    const line = 'Pada tahun {{tahun}}, capaian sasaran peningkatan kualitas layanan administrasi umum sebesar 87 %.';
    const d = satu(`Bab ini menguraikan capaian.\n\n${line}\n`, 'bab3-analisis-sasaran');
    expect(formatDiagnostic(d)).toBe(
      `narasi/bab3-analisis-sasaran.md:3:${kol(line, '87 %')}  capaian sasaran \`sasaran-layanan-adminum\` ditulis 87 %, sedangkan menurut data 99,57 %\n` +
        '    ganti "87 %" dengan {{capaian_sasaran "sasaran-layanan-adminum"}}',
    );
    expect(d).toMatchObject({ severity: 'galat', code: 'narasi/angka-beda' });
  });

  it('the LHE total of a year, typed as the author remembered it', () => {
    const line = 'Dari evaluasi tersebut, {{instansi}} memperoleh nilai LHE tahun 2023 sebesar 72,20 dengan predikat BB.';
    const d = satu(line, 'bab3-lhe');
    expect(d.message).toBe('nilai LHE 2023 ditulis 72,20, sedangkan menurut data 77,17');
    expect(d.hint).toBe('ganti "72,20" dengan {{nilai_lhe 2023}}');
    expect(d.at).toEqual({ file: 'narasi/bab3-lhe.md', line: 1, col: kol(line, '72,20') });
  });

  it('an indicator realisasi with its predikat, in a per-sasaran file: the predikat is part of what to replace', () => {
    const d = satu('Rata-rata nilai AKIP perangkat daerah terealisasi B (67,95) dari target {{target "iku-akip"}}.', 'bab3-analisis-sasaran-layanan-adminum');
    expect(d.message).toBe('realisasi `iku-akip` ditulis B (67,95), sedangkan menurut data B (68,95)');
    expect(d.hint).toBe('ganti "B (67,95)" dengan {{realisasi "iku-akip"}}');
  });

  it('"terealisasi X dari target Y, atau capaian Z": each figure read against its own measure', () => {
    const d = periksa('Indikator bidang pemerintahan umum terealisasi 117,32 dari target 90, atau capaian 103,36 %, sedangkan indikator bidang kesra terealisasi 91,31.', 'bab3-analisis-sasaran');
    expect(d.map((x) => `${x.severity} ${x.message}`)).toEqual([
      'peringatan angka 117,32 diketik di narasi; angka ini dihitung dari data (realisasi `iku-kebijakan-pemum`)',
      'peringatan angka 90 diketik di narasi; angka ini dihitung dari data (target `iku-kebijakan-pemum`)',
      'galat capaian `iku-kebijakan-pemum` ditulis 103,36 %, sedangkan menurut data 130,36 %',
      'peringatan angka 91,31 diketik di narasi; angka ini dihitung dari data (realisasi `iku-kebijakan-kesra`)',
    ]);
  });

  it('rupiah with thousands dots and ",-", the agency’s totals', () => {
    const line = 'Realisasi anggaran {{instansi}} tahun {{tahun}} sebesar Rp.236.619.454.743,- dari pagu Rp 256.384.931.909, sehingga sisa anggaran Rp 20.260.859.190.';
    const d = periksa(line);
    expect(d.map((x) => `${x.severity} ${x.at!.col} ${x.message}`)).toEqual([
      `galat ${kol(line, 'Rp.236')} realisasi anggaran instansi ditulis Rp.236.619.454.743,-, sedangkan menurut data Rp 236.124.072.719`,
      `peringatan ${kol(line, 'Rp 256')} angka 256.384.931.909 diketik di narasi; angka ini dihitung dari data (pagu instansi)`,
      `peringatan ${kol(line, 'Rp 20')} angka 20.260.859.190 diketik di narasi; angka ini dihitung dari data (sisa anggaran instansi)`,
    ]);
    expect(d[0]!.hint).toBe('ganti "Rp.236.619.454.743,-" dengan {{realisasi_anggaran}}');
  });

  it('"Rp 1,2 miliar" is read at the precision typed', () => {
    expect(satu('Pagu anggaran {{instansi}} sebesar Rp 256,4 miliar.')).toMatchObject({ code: 'narasi/angka-diketik', hint: 'ganti "Rp 256,4 miliar" dengan {{pagu}} agar narasi selalu sama dengan tabel' });
    expect(satu('Pagu anggaran {{instansi}} sebesar Rp 265,4 miliar.')).toMatchObject({ code: 'narasi/angka-beda', message: 'pagu instansi ditulis Rp 265,4 miliar, sedangkan menurut data Rp 256.384.931.909' });
  });

  it('a program’s penyerapan named by the program, percent without a space', () => {
    const d = satu('Anggaran Program Perekonomian dan Pembangunan terserap 93,49%.');
    expect(d).toMatchObject({ code: 'narasi/angka-beda', message: 'penyerapan anggaran `prog-ekbang` ditulis 93,49%, sedangkan menurut data 90,81 %', hint: 'ganti "93,49%" dengan {{penyerapan "prog-ekbang"}}' });
  });

  it('a number and its words that disagree', () => {
    const d = satu('Renstra tersebut menetapkan 3 (empat) sasaran strategis.', 'bab3-analisis-sasaran');
    expect(d).toMatchObject({ severity: 'galat', code: 'narasi/terbilang-beda', message: '3 ditulis dengan huruf "empat", padahal 3 adalah "tiga"' });
  });
});

describe('a figure typed that equals the model’s is a warning naming its helper', () => {
  it('the average capaian, bold, "%" after a space', () => {
    const line = 'Rata-rata capaian kinerja {{instansi}} tahun {{tahun}} sebesar **106,71 %** dengan kategori {{kategori_rata_rata}}.';
    const d = satu(line, 'ringkasan-eksekutif');
    expect(formatDiagnostic(d)).toBe(
      `narasi/ringkasan-eksekutif.md:1:${kol(line, '106')}  peringatan: angka 106,71 diketik di narasi; angka ini dihitung dari data (rata-rata capaian IKU)\n` +
        '    ganti "106,71 %" dengan {{capaian_rata_rata}} agar narasi selalu sama dengan tabel',
    );
  });

  it('fewer decimals than the table prints still agree: "92,1 persen" for 92,10 %', () => {
    expect(satu('Penyerapan anggaran {{instansi}} mencapai 92,1 persen.').hint).toBe('ganti "92,1 persen" dengan {{penyerapan}} agar narasi selalu sama dengan tabel');
  });

  it('counts the model holds, with or without their words', () => {
    const d = periksa('Survei tersebut melibatkan 87 responden. Renstra menetapkan 1 (satu) tujuan dan 3 (tiga) sasaran strategis.', 'bab3-akip');
    expect(d.map((x) => x.hint)).toEqual([
      'ganti "87" dengan {{jumlah_responden}} agar narasi selalu sama dengan tabel',
      'ganti "1 (satu)" dengan {{jumlah_tujuan}} agar narasi selalu sama dengan tabel',
      'ganti "3 (tiga)" dengan {{jumlah_sasaran}} agar narasi selalu sama dengan tabel',
    ]);
  });

  it('the indicators before the reviu are counted for the year before', () => {
    expect(satu('Pada tahun 2023, {{instansi}} memiliki 3 (tiga) indikator kinerja utama.', 'bab2-iku').hint).toBe(
      'ganti "3 (tiga)" dengan {{jumlah_indikator_lama}} agar narasi selalu sama dengan tabel',
    );
  });
});

describe('a figure from outside the data, marked with its source', () => {
  it('"(sumber: …)" right after a figure silences that figure and no other', () => {
    const line = 'Angka kemiskinan Kabupaten Paser sebesar 8,2 % (sumber: BPS Kabupaten Paser, 2024), sedangkan indeks pembangunan manusianya 72,5.';
    const d = periksa(line, 'bab1-permasalahan');
    expect(d.map(formatDiagnostic)).toEqual([
      `narasi/bab1-permasalahan.md:1:${kol(line, '72,5')}  peringatan: angka 72,5 diketik di narasi tanpa pemanggil angka dan tanpa sumber\n` +
        '    bila angka ini ada di data, tulis pemanggil angkanya (mis. {{capaian "…"}}, {{pagu}}: daftarnya di README); bila angka ini dari luar data, tulis sumbernya tepat sesudahnya: 72,5 (sumber: …)',
    ]);
  });

  it('of two figures, the mark after the second leaves the first reported', () => {
    const line = 'Tingkat kepuasan masyarakat 87 % dan tingkat partisipasi 90 % (sumber: survei Bagian Umum, Desember 2024).';
    const d = periksa(line, 'bab1-permasalahan');
    expect(d.map((x) => `${x.at!.col} ${x.code}`)).toEqual([`${kol(line, '87 %')} narasi/angka-tanpa-sumber`]);
  });

  it('a mark silences even a figure the sentence would tie to the model (the author says it is another one)', () => {
    expect(periksa('Nilai SAKIP Sekretariat Daerah Provinsi Kalimantan Timur tahun 2023 sebesar 73,28 (sumber: LKjIP 2023 Setda Provinsi Kalimantan Timur).', 'bab3-perbandingan-instansi')).toEqual([]);
  });

  it('an empty mark is no source', () => {
    expect(periksa('Angka kemiskinan sebesar 8,2 % (sumber: ).', 'bab1-permasalahan').map((x) => x.code)).toEqual(['narasi/angka-tanpa-sumber']);
  });
});

describe('what is not a measurement is left alone', () => {
  it('years, dates, NIP, regulation numbers, list numbering, kode, section numbers, fractions, times', () => {
    const text = [
      '# 1.2 Dasar Hukum',
      '',
      'Laporan ini disusun berdasarkan Peraturan Menteri PANRB Nomor 53 Tahun 2014, Perpres 29/2014, PP No. 8 Tahun 2006, dan Peraturan Bupati Paser Nomor 12 Tahun 2023 Pasal 5 ayat (2).',
      '',
      '1. menyampaikan kemajuan pelaksanaan tugas tahun 2023 dan 2024;',
      '2. Dokumen perencanaan Renstra 2022–2026 (Tabel 3.1, Gambar 2.1, Lampiran 3);',
      '3) sub kegiatan 4.01.01.2.01.0001 dilaksanakan pukul 08.00 WITA di 2/3 unit kerja.',
      '',
      'Tana Paser, 28 Februari 2025',
      '',
      'Drs. KATSUL WIJAYA, M.Si',
      'NIP. 19661211 198609 1 002',
      '',
      'Evaluasi internal dilakukan setiap 3 (tiga) bulan selama 12 bulan, pada triwulan ke-2 dan misi 2, di lantai 3.',
    ].join('\n');
    expect(periksa(text, 'bab1-tugas-fungsi').map(formatDiagnostic)).toEqual([]);
  });

  it('the bounds of a scale in a rule, and the × 100 % of a formula', () => {
    const text =
      'Tabel efisiensi hanya memuat sasaran yang capaiannya sama dengan atau lebih dari 100 %; capaian 70 % – < 100 % termasuk Cukup Berhasil, di bawah 40% Tidak Berhasil. ' +
      'Capaian dihitung sebagai (realisasi ÷ target) × 100 %, predikat BB untuk nilai > 70–80.';
    expect(periksa(text, 'bab3-pengukuran').map(formatDiagnostic)).toEqual([]);
  });

  it('"masing-masing" pairs figures by order: a mismatch there is a warning, never an error', () => {
    const d = periksa('Capaian sasaran peningkatan kualitas layanan administrasi umum dan sasaran peningkatan koordinasi kebijakan daerah bidang perekonomian dan pembangunan masing-masing 99 % dan 102 %.', 'bab3-analisis-sasaran');
    expect(d.map((x) => x.severity)).not.toContain('galat');
  });

  it('a figure about a sub kegiatan or a quarter is never taken for the agency’s total', () => {
    // The quarter is read as its own (angka-rinci.test.ts); a name its kegiatan shares names neither.
    const d = periksa('Realisasi anggaran triwulan I sebesar Rp 740.306.860, sedangkan sub kegiatan Pengelolaan Pengadaan Barang dan Jasa menyerap Rp 1.948.209.875.');
    expect(d.map((x) => x.code)).toEqual(['narasi/angka-beda', 'narasi/angka-tanpa-sumber']);
    expect(d[0]!.message).toBe('realisasi anggaran triwulan 1 ditulis Rp 740.306.860, sedangkan menurut data Rp 59.355.271.534');
  });

  it('the narrative of the example agency, as committed, has no figure typed by hand', () => {
    const diags = new Diagnostics();
    checkProseFigures(m, Object.fromEntries(Object.entries(m.narasi).map(([k, v]) => [k, { file: k, text: v }])), diags);
    expect(diags.list.map(formatDiagnostic)).toEqual([]);
  });
});

describe('a helper for every figure a table prints', () => {
  it('prints what the tables print, terbilang included', async () => {
    const { expandNarasi, narasiHelpers } = await import('../../src/render/narasi.ts');
    const out = expandNarasi(
      [
        '{{terbilang_pagu}} | {{terbilang_realisasi_anggaran "prog-ekbang"}}',
        '{{target_akhir "iku-akip"}} | {{capaian_akhir "iku-kebijakan-pemum"}} | {{penyerapan_sasaran "sasaran-layanan-adminum"}} | {{capaian_k "prog-ekbang"}}',
        '{{jumlah_tujuan}} | {{jumlah_indikator_lama}} | {{jumlah_responden}} | {{jumlah_komponen_lhe}} | {{jumlah_program}} | {{jumlah_perangkat_daerah}}',
      ].join('\n'),
      narasiHelpers(m),
    );
    expect(out.split('\n')).toEqual([
      'Dua Ratus Lima Puluh Enam Miliar Tiga Ratus Delapan Puluh Empat Juta Sembilan Ratus Tiga Puluh Satu Ribu Sembilan Ratus Sembilan Rupiah | Enam Miliar Seratus Sembilan Belas Juta Tiga Ratus Sembilan Belas Ribu Lima Ratus Enam Puluh Dua Rupiah',
      'A (81) | 123,49 % | 91,92 % | 113,91 %',
      '1 (satu) | 3 (tiga) | 87 (delapan puluh tujuh) | 4 (empat) | 3 (tiga) | 41 (empat puluh satu)',
    ]);
  });
});
