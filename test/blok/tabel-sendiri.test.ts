// An agency's own table (tabel/<id>.yaml): what is computed, what check says (located, with what
// to write), and what the block prints.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Rational } from '../../src/compute/rational.ts';
import { hitungTabelSendiri } from '../../src/compute/tabel-sendiri.ts';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import { parseYaml } from '../../src/load/yaml-file.ts';
import type { TahunModel } from '../../src/model/model.ts';
import type { TabelSendiriHasil, TabelSendiriInput } from '../../src/model/tabel-sendiri.ts';
import { tabel, type OpsiTabel } from '../../src/render/blok/tabel.ts';
import type { BlokKonteks, PeriksaKonteks } from '../../src/render/blok/types.ts';
import { engine } from '../../src/render/engine.ts';
import { periksaTabelSendiri } from '../../src/validate/rules/tabel-sendiri.ts';

const PEGAWAI = readFileSync('test/fixtures/tabel/pegawai.yaml', 'utf8');

function baca(text: string, file = 'data/uji/tabel/uji.yaml') {
  const diags = new Diagnostics();
  const f = parseYaml(text, file, diags)!;
  expect(f, 'YAML terbaca').toBeDefined();
  const t = periksaTabelSendiri(f, diags);
  return { f, diags, t };
}

/** `line:col message | hint`, as an author reads them. */
function pesan(text: string): string[] {
  return baca(text).diags.list.map((d) => `${d.at!.line}:${d.at!.col} ${d.severity === 'peringatan' ? 'peringatan: ' : ''}${d.message} | ${d.hint ?? ''}`);
}

function hitung(text: string): TabelSendiriHasil {
  const { t, diags } = baca(text);
  expect(diags.list).toEqual([]);
  return hitungTabelSendiri(t!);
}

const angka = (r: unknown, d = 2) => (r as Rational | undefined)?.toFixed(d);

const hbs = engine('lkjip');
const template = hbs.compile(readFileSync('templates/blok/tabel.hbs', 'utf8'));

/** The block's HTML, as a chapter would print it (table `nomor` of the chapter, or none). */
function cetak(t: TabelSendiriHasil, opsi: Partial<OpsiTabel> = {}, nomor: string | null = '2.4'): { html: string; judul: string[] } {
  const judul: string[] = [];
  // Only what a table's view uses; the rest of the context belongs to other blocks.
  const k = {
    m: { tabelSendiri: { uji: t } } as unknown as TahunModel,
    dokumen: 'lkjip',
    folder: '/data/uji',
    tahunFolder: '/data/uji/2024',
    assets: new Map(),
    tabel: (j: string) => (judul.push(j), nomor ? { nomor, id: `tabel-${nomor.replace('.', '-')}` } : { id: 'tabel-depan-1' }),
    gambar: () => ({ id: 'g' }),
    subBagian: (j: string) => j,
    narasi: () => '',
  } as unknown as BlokKonteks;
  const view = tabel.view(k, { id: 'uji', ...opsi });
  return { html: template(view), judul };
}

/** The text of each cell, row by row, of a part of the printed table. */
function baris(html: string, bagian: 'thead' | 'tbody' | 'tfoot'): string[][] {
  const part = new RegExp(`<${bagian}>([\\s\\S]*?)</${bagian}>`).exec(html)?.[1] ?? '';
  return [...part.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<t[dh]([^>]*)>([\s\S]*?)<\/t[dh]>/g)].map((c) => `${c[2]!.replace(/<[^>]+>/g, '')}${/colspan="(\d+)"/.exec(c[1]!) ? `⟷${/colspan="(\d+)"/.exec(c[1]!)![1]}` : ''}`),
  );
}

const ANGGARAN = `judul: Realisasi Anggaran per Program Tahun 2024
sumber: Laporan Realisasi Anggaran (LRA) 2024, unaudited
kolom:
  - { id: program, judul: Program, jenis: teks }
  - { id: anggaran, judul: Anggaran (Rp), jenis: rupiah }
  - { id: realisasi, judul: Realisasi (Rp), jenis: rupiah }
  - { id: sisa, judul: Sisa (Rp), jenis: rupiah, rumus: { selisih: [anggaran, realisasi] } }
  - { id: serapan, judul: Serapan (%), jenis: persen, rumus: { persentase: [realisasi, anggaran] } }
baris:
  - { program: Penunjang Urusan Pemerintahan Daerah, anggaran: 9875432100, realisasi: 9378215437 }
  - { program: Dukungan Pelaksanaan Tugas dan Fungsi DPRD, anggaran: 6738935695, realisasi: 6412779024 }
  - { program: Fasilitasi Pembentukan Peraturan Daerah, anggaran: 412500000 }
total:
  kolom: { anggaran: jumlah, realisasi: jumlah, sisa: rumus, serapan: rumus }
`;

const PROPEMPERDA = `judul: Program Pembentukan Peraturan Daerah Tahun 2024
sumber: Bagian Persidangan dan Perundang-undangan
nomor_urut: true
kolom:
  - { id: judul, judul: Rancangan Peraturan Daerah, jenis: teks }
  - { id: pemrakarsa, judul: Pemrakarsa, jenis: teks }
  - { id: ditetapkan, judul: Tanggal Penetapan, jenis: tanggal }
  - { id: rapat, judul: Rapat Pembahasan, jenis: angka }
baris:
  - { judul: Rencana Pembangunan Jangka Panjang Daerah 2025–2045, pemrakarsa: Bupati, ditetapkan: 2024-08-14, rapat: 9 }
  - { judul: Pajak Daerah dan Retribusi Daerah, pemrakarsa: Bupati, ditetapkan: 2024-01-30, rapat: 6 }
  - { judul: Penyelenggaraan Perpustakaan Desa, pemrakarsa: DPRD, rapat: 4 }
  - { judul: Pertanggungjawaban Pelaksanaan APBD 2023, pemrakarsa: Bupati, ditetapkan: 2024-07 , rapat: 5 }
total:
  judul: Jumlah
  kolom: { judul: banyak, ditetapkan: banyak, rapat: rata-rata }
  tertulis: { judul: 4, ditetapkan: 3, rapat: 6 }
`;

describe('computed from the rows', () => {
  it('staff by rank and gender: row sums, shares of the whole, group subtotals and the total', () => {
    const h = hitung(PEGAWAI);
    const data = h.baris.filter((b) => b.jenis === 'data');
    expect(data.map((b) => b.sel.map((s) => (s.cetak === 'angka' ? angka(s.nilai, s.desimal) : s.nilai)))).toEqual([
      ['IV', '4', '2', '6', '10.34'],
      ['III', '14', '17', '31', '53.45'],
      ['II', '6', '3', '9', '15.52'],
      ['I', '1', '0', '1', '1.72'],
      ['IX', '2', '5', '7', '12.07'],
      ['V', '3', '1', '4', '6.90'],
    ]);
    const t = h.total!.nilai;
    expect([t['laki-laki'], t.perempuan, t.jumlah].map((s) => angka(s!.nilai, 0))).toEqual(['30', '28', '58']);
    // The shares are summed exactly: 100, not the sum of six rounded figures.
    expect(angka(t.bagian!.nilai, 6)).toBe('100.000000');
    expect(h.kelompok.map((g) => [g.judul, angka(g.jumlah!.nilai.jumlah!.nilai, 0), angka(g.jumlah!.nilai.bagian!.nilai)])).toEqual([
      ['Pegawai Negeri Sipil', '47', '81.03'],
      ['PPPK', '11', '18.97'],
    ]);
    expect(h.sebagian).toBe(false);
    expect(h.kepala).toEqual([
      [{ judul: 'Golongan', rowspan: 2 }, { judul: 'Jenis Kelamin', colspan: 2 }, { judul: 'Jumlah', rowspan: 2 }, { judul: 'Persentase (%)', rowspan: 2 }],
      [{ judul: 'Laki-laki' }, { judul: 'Perempuan' }],
    ]);
    expect(h.baris.map((b) => (b.jenis === 'data' ? 'data' : `${b.jenis}:${b.judul}`))).toEqual([
      'kelompok:Pegawai Negeri Sipil', 'data', 'data', 'data', 'data', 'jumlah:Jumlah Pegawai Negeri Sipil',
      'kelompok:PPPK', 'data', 'data', 'jumlah:Jumlah PPPK',
    ]);
  });

  it('counts of filled cells, a mean, row numbers: the label of the total takes the No column', () => {
    const h = hitung(PROPEMPERDA);
    expect(h.baris.map((b) => (b.jenis === 'data' ? b.nomor : undefined))).toEqual([1, 2, 3, 4]);
    const t = h.total!;
    expect(t.rentang).toBe(1);
    expect(angka(t.nilai.judul!.nilai, 0)).toBe('4');
    expect(angka(t.nilai.ditetapkan!.nilai, 0)).toBe('3');
    expect(angka(t.nilai.rapat!.nilai, 4)).toBe('6.0000');
    expect(t.nilai.rapat!.desimal).toBe(2);
    expect(t.nilai.pemrakarsa!.nilai).toBeUndefined();
  });

  it('a blank cell stays blank; what is computed from it is blank or marked partial, never a 0', () => {
    const h = hitung(ANGGARAN);
    const fasilitasi = h.baris[2]!;
    expect(fasilitasi.jenis === 'data' && fasilitasi.sel.map((s) => [s.kolom, s.cetak === 'angka' ? angka(s.nilai, 0) : s.nilai, s.isian])).toEqual([
      ['program', 'Fasilitasi Pembentukan Peraturan Daerah', 'lengkap'],
      ['anggaran', '412500000', 'lengkap'],
      ['realisasi', undefined, 'kosong'],
      ['sisa', undefined, 'kosong'],
      ['serapan', undefined, 'kosong'],
    ]);
    const t = h.total!.nilai;
    expect([angka(t.anggaran!.nilai, 0), t.anggaran!.isian]).toEqual(['17026867795', 'lengkap']);
    expect([angka(t.realisasi!.nilai, 0), t.realisasi!.isian]).toEqual(['15790994461', 'sebagian']);
    // The total's sisa and serapan are the formula over the totals: partial, because realisasi is.
    expect([angka(t.sisa!.nilai, 0), t.sisa!.isian]).toEqual(['1235873334', 'sebagian']);
    expect([angka(t.serapan!.nilai), t.serapan!.isian]).toEqual(['92.74', 'sebagian']);
    expect(h.sebagian).toBe(true);
  });

  it('a row sum over a blank cell is the sum of what is there, marked', () => {
    const h = hitung(PEGAWAI.replace('{ golongan: I, laki-laki: 1, perempuan: 0 }', '{ golongan: I, laki-laki: 1 }').replace(/\n {2}tertulis:.*\n/, '\n'));
    const gol1 = h.baris.find((b) => b.jenis === 'data' && b.sel[0]!.nilai === 'I')!;
    expect(gol1.jenis === 'data' && gol1.sel.map((s) => s.isian)).toEqual(['lengkap', 'lengkap', 'kosong', 'sebagian', 'sebagian']);
    expect(h.total!.nilai.perempuan!.isian).toBe('sebagian');
  });
});

describe('check: every mistake at its line, with what to write', () => {
  it('the example table is clean', () => {
    expect(pesan(PEGAWAI)).toEqual([]);
    expect(pesan(PROPEMPERDA)).toEqual([]);
    expect(pesan(ANGGARAN)).toEqual([]);
  });

  it('a cell that names no column: maksud Anda …', () => {
    expect(pesan(PEGAWAI.replace('{ golongan: III, laki-laki: 14, perempuan: 17 }', '{ golongan: III, laki-laki: 14, perempuam: 17 }'))).toEqual([
      '18:41 kolom `perempuam` tidak ada di `kolom:` | maksud Anda `perempuan`?',
    ]);
  });

  it('a typed total that disagrees names both figures; so does a group subtotal', () => {
    expect(pesan(PEGAWAI.replace('tertulis: { jumlah: 47 }', 'tertulis: { jumlah: 46 }').replace('perempuan: 28, jumlah: 58', 'perempuan: 28, jumlah: 60'))).toEqual([
      '31:53 jumlah kolom `jumlah` tertulis 60, tetapi hasil hitung dari baris-barisnya 58 (selisih 2) | cari baris yang keliru; bila dokumen sumber sendiri salah jumlah, tulis 58 di sini (yang dicetak selalu hasil hitung)',
      '21:25 jumlah kelompok "Pegawai Negeri Sipil" kolom `jumlah` tertulis 46, tetapi hasil hitung dari baris-barisnya 47 (selisih −1) | cari baris yang keliru; bila dokumen sumber sendiri salah jumlah, tulis 47 di sini (yang dicetak selalu hasil hitung)',
    ]);
  });

  it('a typed mean is compared at the precision it was typed with', () => {
    expect(pesan(PROPEMPERDA.replace('ditetapkan: 3, rapat: 6 }', 'ditetapkan: 3, rapat: 6.00 }'))).toEqual([]);
    expect(pesan(PROPEMPERDA.replace('ditetapkan: 3, rapat: 6 }', 'ditetapkan: 3, rapat: 6.25 }'))).toEqual([
      '17:47 rata-rata kolom `rapat` tertulis 6,25, tetapi hasil hitung dari baris-barisnya 6,00 (selisih 0,25) | cari baris yang keliru; bila dokumen sumber sendiri salah jumlah, tulis 6.00 di sini (yang dicetak selalu hasil hitung)',
    ]);
  });

  it('a typed total over a column with blank cells says they are blank', () => {
    expect(pesan(ANGGARAN + '  tertulis: { realisasi: 16190994461 }\n')).toEqual([
      '15:26 jumlah kolom `realisasi` tertulis 16.190.994.461, tetapi hasil hitung dari baris-barisnya 15.790.994.461 (selisih 400.000.000); sebagian sel kolom itu kosong | isi sel yang masih kosong di kolom itu, lalu periksa lagi; yang dicetak selalu hasil hitung',
    ]);
  });

  it('text where a number belongs: the number as it should be written', () => {
    const text = ANGGARAN.replace('anggaran: 9875432100, realisasi: 9378215437', 'anggaran: "Rp 9.875.432.100", realisasi: 9378215437')
      .replace('anggaran: 412500000 }', 'anggaran: 412500000, realisasi: "-" }')
      .replace('anggaran: 6738935695, realisasi: 6412779024', 'anggaran: 6738935695, realisasi: "6,4 M"');
    expect(pesan(text)).toEqual([
      '10:64 sel `anggaran` harus angka (kolom rupiah): tertulis "Rp 9.875.432.100" | tulis 9875432100: angka tanpa titik ribuan, dengan titik sebagai desimal',
      '11:93 sel `realisasi` harus angka (kolom rupiah): tertulis "6,4 M" | tulis angka saja, tanpa satuan (satuannya di judul kolom), dengan titik sebagai desimal, mis. 12 atau 92.5',
      '12:89 sel `realisasi` harus angka (kolom rupiah): tertulis "-" | sel kosong: hapus `realisasi` dari baris ini (atau tulis `realisasi: null`); bila nilainya nol, tulis 0',
    ]);
  });

  it('a formula over an unknown column, over a text column, a cycle', () => {
    const text = PEGAWAI.replace('rumus: { jumlah: [laki-laki, perempuan] }', 'rumus: { jumlah: [laki-laki, perempuan, golongan, pria] }')
      .replace(/\n {2}tertulis:.*\n/, '\n')
      .replace('tertulis: { jumlah: 47 }', 'tertulis: { laki-laki: 25 }');
    expect(pesan(text)).toEqual([
      '12:88 rumus kolom `jumlah` menyebut kolom `golongan` yang berjenis teks: hanya kolom angka, rupiah dan persen yang dapat dihitung | ubah `jenis` kolom `golongan`, atau sebut kolom lain: laki-laki, perempuan, bagian',
      '12:98 rumus kolom `jumlah` menyebut kolom `pria` yang tidak ada | kolom yang ada: golongan, laki-laki, perempuan, jumlah, bagian',
    ]);
    const siklus = PEGAWAI.replace('rumus: { jumlah: [laki-laki, perempuan] }', 'rumus: { jumlah: [laki-laki, bagian] }');
    expect(pesan(siklus)).toEqual([
      '12:48 rumus berputar: `jumlah` → `bagian` → `jumlah` | sebuah kolom tidak dapat dihitung dari dirinya sendiri, langsung atau lewat kolom lain: ubah salah satu rumusnya menjadi kolom yang ditulis',
    ]);
  });

  it('two columns with one id; a cell written for a computed column', () => {
    // The second id is told at its line, the first as the other place; the cells of the column
    // that is gone now name no column, told once for all their rows.
    const text = PEGAWAI.replace('{ id: perempuan, judul: Perempuan', '{ id: laki-laki, judul: Perempuan');
    expect(pesan(text).slice(0, 3)).toEqual([
      '11:11 pengenal kolom `laki-laki` dipakai dua kali | setiap kolom perlu pengenal sendiri: ganti salah satunya',
      '12:77 rumus kolom `jumlah` menyebut kolom `perempuan` yang tidak ada | kolom yang ada: golongan, laki-laki, jumlah, bagian',
      '17:39 kolom `perempuan` tidak ada di `kolom:` (juga di 5 baris lain) | kolom yang ada: golongan, laki-laki',
    ]);
    expect(baca(text).diags.list[0]!.also).toEqual({ file: 'data/uji/tabel/uji.yaml', line: 10, col: 11 });
    expect(pesan(PEGAWAI.replace('{ golongan: IV, laki-laki: 4, perempuan: 2 }', '{ golongan: IV, laki-laki: 4, perempuan: 2, jumlah: 6 }'))).toEqual([
      '17:53 kolom `jumlah` dihitung dengan rumus: selnya tidak ditulis | hapus `jumlah: 6`; nilai yang dicetak dihitung dari kolom `laki-laki`, `perempuan`. Total dari dokumen sumber ditulis di `total.tertulis`',
    ]);
  });

  it('a share of a total of 0, a percentage over 0', () => {
    const nol = PEGAWAI.replace(/laki-laki: \d+, perempuan: \d+/g, 'laki-laki: 0, perempuan: 0').replace(/\n {2}tertulis:.*\n/, '\n').replace(/\n {4}tertulis:.*\n/, '\n');
    expect(pesan(nol)).toEqual([
      '13:79 kolom `bagian` adalah bagian dari jumlah kolom `jumlah`, padahal jumlah itu 0 | bagian dari 0 tidak ada: periksa isi kolom `jumlah`, atau hapus rumus ini',
    ]);
    expect(pesan(ANGGARAN.replace('anggaran: 412500000 }', 'anggaran: 0, realisasi: 1500000 }'))).toEqual([
      '12:67 persentase `serapan` tidak dapat dihitung: `anggaran` di baris ini 0 | kosongkan sel `anggaran` bila datanya belum ada (persentasenya dicetak kosong), atau periksa angkanya',
    ]);
  });

  it('the schema: an unknown kind, a column named like a group key', () => {
    expect(pesan(PEGAWAI.replace('jenis: angka, induk', 'jenis: angaka, induk'))).toEqual([
      '10:47 jenis harus salah satu dari: teks, angka, rupiah, persen, tanggal (tertulis "angaka") | maksud Anda `angka`?',
    ]);
    expect(pesan(PEGAWAI.replace('{ id: golongan,', '{ id: kelompok,').replace(/golongan: /g, 'kelompok: '))).toEqual([
      '9:11 pengenal kolom `kelompok` tidak boleh dipakai: `kelompok:` di sebuah baris menandai baris kelompok | ganti pengenalnya, mis. `kelompok-umur`, di kolom dan di setiap baris',
    ]);
  });

  it('a list in a cell; rows under no group title', () => {
    const text = PEGAWAI.replace('{ golongan: II, laki-laki: 6, perempuan: 3 }', '{ golongan: II, laki-laki: [4, 2], perempuan: 3 }').replace('  - kelompok: PPPK\n', '  - \n');
    expect(pesan(text)).toEqual([
      '19:36 sel `laki-laki` harus satu nilai: teks, angka atau tanggal, bukan daftar atau kumpulan kunci | tulis isinya di baris yang sama, mis. `laki-laki: 12`; teks yang memuat ": " atau "- " di antara tanda petik',
      '23:5 baris kelompok tanpa judul: `baris:` di bawahnya perlu `kelompok: <judul>` | tambahkan `kelompok: Pegawai Negeri Sipil` (judul kelompoknya) di atas `baris:`',
    ]);
  });

  it('totals a column cannot have; a typed total of a column not totalled', () => {
    const text = PROPEMPERDA.replace('kolom: { judul: banyak,', 'kolom: { judul: jumlah, pemrakarsaa: banyak,').replace('tertulis: { judul: 4,', 'tertulis: { pemrakarsa: 4,');
    expect(pesan(text)).toEqual([
      '16:19 kolom `judul` berjenis teks tidak dapat dijumlahkan | tulis `judul: banyak` untuk mencetak banyaknya sel yang terisi, atau hapus `judul: jumlah`',
      '16:27 `total.kolom` menyebut kolom `pemrakarsaa` yang tidak ada | maksud Anda `pemrakarsa`?',
      '17:15 total kolom `pemrakarsa` tertulis, tetapi `total.kolom` tidak menghitungnya | tambahkan `pemrakarsa: jumlah` (atau rata-rata, banyak) di `total.kolom`',
    ]);
  });
});

describe('printed by the block', () => {
  it('numbered caption, two header rows, groups with subtotals, the total in the foot, id-ID figures', () => {
    const { html, judul } = cetak(hitung(PEGAWAI));
    expect(judul).toEqual(['Jumlah Pegawai menurut Golongan dan Jenis Kelamin']);
    expect(html).toContain('<table class="data tabel-sendiri">');
    expect(html).toContain('<caption id="tabel-2-4"><span class="nomor">Tabel 2.4</span><br>Jumlah Pegawai menurut Golongan dan Jenis Kelamin</caption>');
    expect(baris(html, 'thead')).toEqual([['Golongan', 'Jenis Kelamin⟷2', 'Jumlah', 'Persentase (%)'], ['Laki-laki', 'Perempuan']]);
    expect(baris(html, 'tbody')).toEqual([
      ['Pegawai Negeri Sipil⟷5'],
      ['IV', '4', '2', '6', '10,34'],
      ['III', '14', '17', '31', '53,45'],
      ['II', '6', '3', '9', '15,52'],
      ['I', '1', '0', '1', '1,72'],
      ['Jumlah Pegawai Negeri Sipil⟷1', '25', '22', '47', '81,03'],
      ['PPPK⟷5'],
      ['IX', '2', '5', '7', '12,07'],
      ['V', '3', '1', '4', '6,90'],
      ['Jumlah PPPK⟷1', '5', '6', '11', '18,97'],
    ]);
    expect(baris(html, 'tfoot')).toEqual([['Jumlah⟷1', '30', '28', '58', '100,00']]);
    expect(html).toContain('<td class="r">53,45</td>');
    expect(html).toContain('<tr class="tingkat-0"><td colspan="5">Pegawai Negeri Sipil</td></tr>');
    expect(html).toMatch(/<\/table>\s*<p class="sumber">Sumber: Subbagian Umum dan Kepegawaian, keadaan 31 Desember 2024<br>PPPK: Pegawai Pemerintah dengan Perjanjian Kerja<\/p>/);
  });

  it('rupiah with thousands dots, blank cells blank, partial totals starred and explained', () => {
    const { html } = cetak(hitung(ANGGARAN));
    expect(baris(html, 'tbody')).toEqual([
      ['Penunjang Urusan Pemerintahan Daerah', '9.875.432.100', '9.378.215.437', '497.216.663', '94,97'],
      ['Dukungan Pelaksanaan Tugas dan Fungsi DPRD', '6.738.935.695', '6.412.779.024', '326.156.671', '95,16'],
      ['Fasilitasi Pembentukan Peraturan Daerah', '412.500.000', '', '', ''],
    ]);
    expect(html).toContain('<td class="r"></td>');
    expect(baris(html, 'tfoot')).toEqual([['Jumlah⟷1', '17.026.867.795', '15.790.994.461*', '1.235.873.334*', '92,74*']]);
    expect(html).toContain('<p class="sumber">Sumber: Laporan Realisasi Anggaran (LRA) 2024, unaudited. * Dihitung dari sel yang terisi saja; sel kosong: data belum tersedia.</p>');
  });

  it('row numbers, dates in words, counts; the outline may retitle and narrow it; no number in the front matter', () => {
    const { html, judul } = cetak(hitung(PROPEMPERDA), { judul: 'Propemperda 2024', lebar: 80 }, null);
    expect(judul).toEqual(['Propemperda 2024']);
    expect(html).toContain('<table class="data tabel-sendiri" style="width: 80%; margin-left: auto; margin-right: auto">');
    expect(html).toContain('<caption id="tabel-depan-1" class="tanpa-nomor">Propemperda 2024</caption>');
    expect(baris(html, 'thead')).toEqual([['No', 'Rancangan Peraturan Daerah', 'Pemrakarsa', 'Tanggal Penetapan', 'Rapat Pembahasan']]);
    expect(baris(html, 'tbody').map((r) => [r[0], r[3], r[4]])).toEqual([
      ['1', '14 Agustus 2024', '9'],
      ['2', '30 Januari 2024', '6'],
      ['3', '', '4'],
      ['4', 'Juli 2024', '5'],
    ]);
    expect(baris(html, 'tfoot')).toEqual([['Jumlah⟷1', '4', '', '3', '6,00']]);
  });

  it('a total whose first column is counted carries its label in that cell', () => {
    const { html } = cetak(hitung(PROPEMPERDA.replace('nomor_urut: true\n', '')));
    expect(baris(html, 'tfoot')).toEqual([['Jumlah: 4', '', '3', '6,00']]);
  });

  it('prints nothing for a table the model does not hold', () => {
    const k = { m: { tabelSendiri: {} } as unknown as TahunModel, tabel: () => ({ id: 'x' }) } as unknown as BlokKonteks;
    expect(tabel.view(k, { id: 'tidak-ada' })).toBeUndefined();
  });
});

describe('the block checked against the data', () => {
  function periksa(opsi: OpsiTabel, tabelSendiri: PeriksaKonteks['tabelSendiri'], diags = new Diagnostics()) {
    const at = (o?: string) => ({ file: 'data/uji/kerangka/lkjip.yaml', line: o ? 41 : 40, col: o ? 9 : 9 });
    const k = { data: {}, tahun: 2024, folder: `${process.cwd()}/data/uji`, tahunFolder: `${process.cwd()}/data/uji/2024`, diags, at, tabelSendiri } as unknown as PeriksaKonteks;
    tabel.periksa!(k, opsi);
    return diags.list.map((d) => `${d.at!.file}:${d.at!.line}:${d.at!.col} ${d.message} | ${d.hint}`);
  }

  it('an unknown id: maksud Anda, or the tables there are', () => {
    const f = baca(PEGAWAI).f;
    expect(periksa({ id: 'pegawei' }, { pegawai: f, propemperda: f })).toEqual([
      'data/uji/kerangka/lkjip.yaml:40:9 tabel `pegawei` tidak ada: tidak ada berkas pegawei.yaml di data/uji/2024/tabel atau data/uji/tabel | maksud Anda `pegawai`?',
    ]);
    expect(periksa({ id: 'anggaran' }, {})[0]).toMatch(/\| buat data\/uji\/tabel\/anggaran\.yaml; contoh: test\/fixtures\/tabel\/pegawai\.yaml$/);
    expect(periksa({ id: 'pegawai', lebar: 150 }, { pegawai: f })).toEqual([
      'data/uji/kerangka/lkjip.yaml:41:9 lebar tabel harus angka 20 sampai 100 (persen lebar teks): tertulis 150 | mis. `lebar: 70`; tanpa `lebar` tabel selebar teks',
    ]);
  });

  it('an existing table adds nothing here: its file is checked by validate, once (test/kerangka/periksa.test.ts)', () => {
    const diags = new Diagnostics();
    const f = parseYaml(PEGAWAI.replace('perempuan: 17', 'perempuan: tujuh belas'), 'data/uji/tabel/pegawai.yaml', diags)!;
    expect(periksa({ id: 'pegawai' }, { pegawai: f }, diags)).toEqual([]);
  });
});

// The input type is what the schema accepts: a YAML that passes both is typed without a cast.
const _bentuk: TabelSendiriInput = { judul: 'x', kolom: [{ id: 'a', judul: 'A', jenis: 'teks' }], baris: [{ a: 'b' }] };
void _bentuk;
