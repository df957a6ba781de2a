// What real reports omit is optional, and nothing is invented when it is absent: a sub kegiatan
// without an output indicator, an LHE component without bobot or value, a recommendation
// without rencana aksi, a quarter not yet reported, a date of month and year, the address.
// Each built from a variant of the minimal fixture and read back from the PDF.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { checkFolder } from '../bad-inputs/apply.ts';
import { readPdf, type PdfReadBack } from '../pdf-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-opsional-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const quiet = { log: () => undefined, err: () => undefined };
const squash = (s: string) => s.replace(/\s+/g, '');

/** A copy of the minimal fixture with whole files replaced. */
function variant(name: string, files: Record<string, string>): string {
  const data = join(dir, name);
  cpSync('test/fixtures/minimal', data, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(data, f), text);
  return data;
}

const edit = (data: string, file: string, find: string, replace: string) => {
  const text = readFileSync(join(data, file), 'utf8');
  if (!text.includes(find)) throw new Error(`${file}: "${find}" tidak ada`);
  writeFileSync(join(data, file), text.replace(find, replace));
};

async function build(data: string, doc: string): Promise<PdfReadBack> {
  const out = join(data, '..', `${data.split('/').pop()}-out`);
  expect(await main(['build', doc, data, '--out', out], quiet)).toBe(0);
  return readPdf(readFileSync(join(out, 'dinas-contoh', `${doc}-2024.pdf`)));
}

/** The pages from the one holding `mark` to the end, squashed. */
// A word the print hyphenated at a line's end in a narrow cell ("Indika- tor") is read back whole.
const from = (pdf: PdfReadBack, mark: string) => squash(pdf.pages.slice(pdf.pages.findIndex((p) => squash(p).includes(squash(mark)))).join('\n').replace(/(\p{Ll})-\s+(?=\p{Ll})/gu, '$1'));
/** The quarterly lampiran, from its heading (printed in capitals; the Daftar Isi has it in mixed case). */
const lampiran3 = (pdf: PdfReadBack) => from(pdf, 'LAMPIRAN 3.');
/** The last page holding `mark` (the first may be the Daftar Tabel), squashed. */
const pageWith = (pdf: PdfReadBack, mark: string) => squash(pdf.pages.filter((p) => squash(p).includes(squash(mark))).at(-1) ?? '');

// No sub kegiatan has an indicator; one has reported only two quarters.
const ANGGARAN_TANPA_INDIKATOR = `program:
  - id: prog-satu
    kegiatan:
      - id: keg-satu
        nama: Kegiatan Satu
        sub_kegiatan:
          - id: sub-satu
            nama: Sub Kegiatan Satu
            penanggung_jawab: sekretariat
            pagu: 1000000
            realisasi:
              tw1:
                rp: 200000
              tw2:
                rp: 250000
          - id: sub-dua
            nama: Sub Kegiatan Dua
            penanggung_jawab: sekretariat
            pagu: 500000
            realisasi:
              tw1:
                rp: 100000
              tw2:
                rp: 150000
              tw3:
                rp: 100000
              tw4:
                rp: 150000
`;

const BELANJA = (anggaran: number, realisasi: number) => `kelompok:
  - id: operasi
    uraian: Belanja Operasi
    jenis:
      - id: barang-jasa
        uraian: Belanja Barang dan Jasa
        anggaran: ${anggaran}
        realisasi: ${realisasi}
`;

// An LHE without bobot, one component without its 2023 value; a recommendation alone; a
// comparison with another agency, which takes the last complete year.
const EVALUASI = `lhe:
  evaluator: Inspektorat Kabupaten Uji
  komponen:
    - id: perencanaan
      nama: Perencanaan Kinerja
      nilai:
        2022: 20.5
        2023: 21.25
    - id: pengukuran
      nama: Pengukuran Kinerja
      nilai:
        2022: 18.5
rekomendasi_lhe:
  - id: rek-satu
    rekomendasi: Menyusun cascading kinerja sampai tingkat individu
pembanding:
  sumber: LHE SAKIP Kabupaten Uji
  daftar:
    - instansi: Dinas Lain Kabupaten Uji
      indikator: Nilai hasil evaluasi SAKIP 2022
      nilai: 61.5
`;

describe('a report that omits what real reports omit', () => {
  let data: string;
  let lkjip: PdfReadBack;
  let pk: PdfReadBack;

  beforeAll(async () => {
    data = variant('ringkas', {
      '2024/anggaran.yaml': ANGGARAN_TANPA_INDIKATOR,
      '2024/belanja.yaml': BELANJA(1500000, 950000),
      '2024/evaluasi.yaml': EVALUASI,
      '2024/realisasi.yaml': 'indikator:\n  iku-satu:\n    nilai: 99\n  iku-dua:\n    nilai: 8\n  ikp-satu:\n    nilai: 100\n',
      '2024/pk.yaml': 'tanggal: 2024-01\ntarget:\n  iku-satu: 90\n  iku-dua: 10\n',
    });
    edit(data, 'instansi.yaml', 'tempat: Kota Uji', 'tempat: Kota Uji\nalamat: Jl. Contoh Raya No. 1, Kota Uji 76211\ntelepon: "(0543) 21001"\nsurel: dinas@ujikab.go.id');
    lkjip = await build(data, 'lkjip');
    pk = await build(data, 'pk');
  }, 120_000);

  it('passes check without a word: no warning about missing indicators, bobot or rencana aksi', () => {
    expect(checkFolder(data).list.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });

  it('the quarterly lampiran has no K columns, only rupiah, and its title says so', () => {
    const lampiran = lampiran3(lkjip);
    expect(lampiran).toContain(squash('LAMPIRAN 3. REALISASI ANGGARAN PER TRIWULAN TAHUN 2024'));
    expect(lampiran).toContain(squash('TW I (Rp) TW II (Rp) TW III (Rp) TW IV (Rp) Realisasi (Rp) Penyerapan (%) Sisa (Rp)'));
    expect(lampiran).not.toContain('IndikatorKinerja');
    expect(lampiran).not.toContain('CapaianK');
    expect(lampiran).not.toContain('Capaian(%)');
  });

  it('a quarter not yet reported is a blank cell, and a sum over blank cells is marked', () => {
    const lampiran = lampiran3(lkjip);
    // pagu, TW I, TW II, (TW III, TW IV blank), realisasi over two quarters marked, penyerapan, sisa.
    expect(lampiran).toContain(squash('Sub Kegiatan Satu 1.000.000 200.000 250.000 450.000* 45,00* 550.000*'));
    expect(lampiran).toContain(squash('Sub Kegiatan Dua 500.000 100.000 150.000 100.000 150.000 500.000 100,00 0'));
    // The kegiatan's TW III is one sub's 100.000 of two: marked, never a silent sum with 0.
    expect(lampiran).toContain(squash('Kegiatan Satu 1.500.000 300.000 400.000 100.000* 150.000* 950.000* 63,33* 550.000*'));
    expect(lampiran).toContain(squash('Sel kosong: belum dilaporkan; * jumlah dari sel yang telah dilaporkan.'));
    expect(lampiran).not.toMatch(/Rp0|[^0-9.,]0,00/);
  });

  it('nothing is said about sub kegiatan targets: no K, no "tidak terukur", no factors table, no sentence', () => {
    const all = squash(lkjip.pages.join('\n'));
    expect(all).not.toContain(squash('Semua sub kegiatan mencapai targetnya'));
    expect(all).not.toContain(squash('Faktor Penghambat dan Pendukung'));
    expect(all).not.toContain('tidakterukur');
    expect(lampiran3(lkjip)).not.toContain('tanpatarget');
  });

  it('an LHE without bobot has no bobot column; a blank value is blank; a partial total is marked and has no predikat', () => {
    const page = pageWith(lkjip, 'Hasil Evaluasi SAKIP per Komponen');
    expect(page).not.toContain('Bobot');
    expect(page).toContain(squash('Komponen yang Dinilai Nilai 2022 2023'));
    expect(page).toContain(squash('Perencanaan Kinerja 20,50 21,25'));
    expect(page).toContain(squash('Pengukuran Kinerja 18,50 Nilai Hasil Evaluasi'));
    // 2022: 39,00 over both, predikat C; 2023: 21,25 over one component of two, marked, no predikat.
    expect(page).toContain(squash('Nilai Hasil Evaluasi 39,00 21,25* Predikat C Sumber'));
    expect(page).toContain(squash('* jumlah dari nilai komponen yang tersedia, tanpa predikat'));
  });

  it('the comparison with other agencies takes the last year with every component, never a partial total', () => {
    const page = pageWith(lkjip, 'Perbandingan dengan Instansi Sejenis');
    expect(page).toContain(squash('2 Dinas Contoh Kabupaten Uji Nilai hasil evaluasi SAKIP 2022 39,00'));
    expect(page).not.toContain(squash('Nilai hasil evaluasi SAKIP 2023'));
  });

  it('a recommendation without rencana aksi, waktu or bukti prints blank cells', () => {
    const page = pageWith(lkjip, 'Tindak Lanjut Rekomendasi LHE');
    expect(page).toContain(squash('No Rekomendasi Rencana Aksi Waktu Bukti 1 Menyusun cascading kinerja sampai tingkat individu Sumber'));
  });

  it('the cover carries the address, under the name', () => {
    expect(squash(lkjip.pages[0]!)).toContain(squash('DINAS CONTOH KABUPATEN UJI Jl. Contoh Raya No. 1, Kota Uji 76211 Telepon (0543) 21001 · Surel dinas@ujikab.go.id KOTA UJI, 2025'));
  });

  it('a PK signed "2024-01" prints month and year, in the PK and in the LKjIP lampiran', () => {
    expect(squash(pk.pages.join('\n'))).toContain(squash('Kota Uji, Januari 2024'));
    expect(squash(lkjip.pages.join('\n'))).toContain(squash('Kota Uji, Januari 2024'));
    // The LKjIP's own date is a full one and prints as before.
    expect(squash(lkjip.pages.join('\n'))).toContain(squash('Kota Uji, 28 Februari 2025'));
  });
});

describe('some sub kegiatan with an indicator, some without', () => {
  let lkjip: PdfReadBack;

  beforeAll(async () => {
    const data = variant('campur', { '2024/belanja.yaml': BELANJA(1500000, 1300000) });
    // A second sub kegiatan, after the fixture's last line.
    const anggaran = join(data, '2024', 'anggaran.yaml');
    writeFileSync(anggaran, readFileSync(anggaran, 'utf8') + `          - id: sub-dua
            nama: Sub Kegiatan Tanpa Indikator
            penanggung_jawab: sekretariat
            pagu: 500000
            realisasi:
              tw1:
                rp: 100000
              tw2:
                rp: 100000
              tw3:
                rp: 100000
              tw4:
                rp: 100000
`);
    expect(checkFolder(data).list.map((d) => `${d.code} ${d.message}`)).toEqual([]);
    lkjip = await build(data, 'lkjip');
  }, 120_000);

  it('keeps the K columns; the sub kegiatan without indicator has blank K cells, never "tidak terukur" or 0', () => {
    const lampiran = lampiran3(lkjip);
    expect(lampiran).toContain(squash('LAMPIRAN 3. REALISASI KINERJA DAN ANGGARAN PER TRIWULAN'));
    expect(lampiran).toContain(squash('Sub Kegiatan Satu Jumlah dokumen 12 Dokumen 1.000.000 3 200.000 3 250.000 3 250.000 3 200.000 12 900.000 100,00 90,00 100.000'));
    // Pagu, four quarters of Rp, realisasi, penyerapan, sisa: the K cells are empty.
    expect(lampiran).toContain(squash('Sub Kegiatan Tanpa Indikator 500.000 100.000 100.000 100.000 100.000 400.000 80,00 100.000'));
    expect(lampiran).not.toContain('tidakterukur');
    expect(lampiran).not.toContain('tanpatarget');
  });

  it('says nothing about all targets met: one sub kegiatan has none to meet', () => {
    const all = squash(lkjip.pages.join('\n'));
    expect(all).not.toContain(squash('Semua sub kegiatan mencapai targetnya'));
  });
});

describe('the minimal fixture, where every sub kegiatan has an indicator and meets it', () => {
  it('says so, and its cover has no address line', async () => {
    const lkjip = await build(variant('lengkap', {}), 'lkjip');
    expect(squash(lkjip.pages.join('\n'))).toContain(squash('Semua sub kegiatan mencapai targetnya dan tidak ada catatan.'));
    expect(squash(lkjip.pages[0]!)).toMatch(/KABUPATENUJIKOTAUJI,2025$/);
  }, 120_000);
});
