// Every bad survey input of issue 15 comes back located at its file, row and column, with what to
// write instead: an answer outside 1–4, a blank answer (refused, or counted under `jawaban_kosong:
// abaikan` — never a 0), a respondent number used twice, a header the declaration does not know
// ("maksud Anda"), a declared column the file lacks, a CSV in Windows-1252 or with semicolons (the
// usual Excel export), a row with another separator, fewer respondents than the sample, a bad
// cell in an XLSX, a typed index that disagrees, a realisasi from a unit that does not exist.
import { describe, expect, it } from 'vitest';
import { formatAngka } from '../../src/format/index.ts';
import { csv, periksa, surveiYaml } from './fixture.ts';
import { tulisXlsx } from './xlsx-tulis.ts';

const SEMUA_3 = (no: number | string) => [no, 3, 3, 3, 3, 3, 3, 3, 3, 3];
const satuUnit = (extra = '', unit = '  - {id: loket, nama: Loket, berkas: survei/loket.csv}') => surveiYaml(extra, unit);
const berkas = (_h: { folder: string }, f: string) => expect.stringMatching(new RegExp(`${f.replace(/[.]/g, '\\.')}$`));

function satu(h: ReturnType<typeof periksa>, code: string) {
  const d = h.diags.filter((x) => x.code === code);
  expect(d, `${code} in ${JSON.stringify(h.diags.map((x) => [x.code, x.message]), null, 1)}`).toHaveLength(1);
  return d[0]!;
}

describe('bad answers in a CSV', () => {
  it('an answer outside 1–4: the file, the line, the column of the cell', () => {
    const h = periksa({ '2024/survei.yaml': satuUnit(), '2024/survei/loket.csv': csv([SEMUA_3(1), [2, 3, 3, 5, 3, 3, 3, 3, 3, 3]]) });
    const d = satu(h, 'survei/jawaban-di-luar');
    expect(d.severity).toBe('galat');
    expect(d.message).toBe('jawaban "5" untuk unsur `u3` (Waktu Penyelesaian) baris 3 di luar 1–4');
    // line 3 ("2,3,3,5,…"), the 5 at character 7
    expect(d.at).toEqual({ file: berkas(h, '2024/survei/loket.csv'), line: 3, col: 7 });
    expect(d.hint).toMatch(/1 \(tidak baik\) sampai 4/);
    expect(h.m).toBeUndefined();
  });

  it('a blank answer is refused by default, never taken as 0', () => {
    const h = periksa({ '2024/survei.yaml': satuUnit(), '2024/survei/loket.csv': csv([SEMUA_3(1), [2, 3, 3, '', 3, 3, 3, 3, 3, 3]]) });
    const d = satu(h, 'survei/jawaban-kosong');
    expect(d.message).toBe('jawaban unsur `u3` (Waktu Penyelesaian) baris 3 kosong');
    expect(d.at).toEqual({ file: berkas(h, 'loket.csv'), line: 3, col: 7 });
    expect(d.hint).toMatch(/jawaban_kosong: abaikan/);
  });

  it('under `jawaban_kosong: abaikan` it is counted and said, and the NRR is over those who answered', () => {
    const h = periksa({ '2024/survei.yaml': satuUnit('jawaban_kosong: abaikan'), '2024/survei/loket.csv': csv([[1, 3, 3, 4, 3, 3, 3, 3, 3, 3], [2, 3, 3, '', 3, 3, 3, 3, 3, 3]]) });
    const d = satu(h, 'survei/jawaban-kosong');
    expect(d.severity).toBe('peringatan');
    expect(d.message).toMatch(/^1 sel jawaban unit `loket` kosong \(pertama di baris 3, unsur `u3`\): tidak dihitung 0/);
    const u3 = h.m!.survei!.unit[0]!.unsur[2]!;
    expect([u3.jumlah, u3.menjawab, formatAngka(u3.nrr!, 2)]).toEqual([4, 1, '4,00']);
  });

  it('a respondent number used twice: at the second, the first as the other place', () => {
    const h = periksa({ '2024/survei.yaml': satuUnit(), '2024/survei/loket.csv': csv([SEMUA_3(1), SEMUA_3(2), SEMUA_3(2)]) });
    const d = satu(h, 'survei/responden-ganda');
    expect(d.message).toBe('nomor responden "2" sudah dipakai di baris 3');
    expect(d.at).toEqual({ file: berkas(h, 'loket.csv'), line: 4, col: 1 });
    expect(d.also).toEqual({ file: berkas(h, 'loket.csv'), line: 3, col: 1 });
  });

  it('a header the declaration does not know: "maksud Anda" at the header cell', () => {
    const kolom = ['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9', 'Jenis Kelamn'];
    const h = periksa({
      '2024/survei.yaml': satuUnit('profil:\n  - {id: jk, nama: Jenis Kelamin}'),
      '2024/survei/loket.csv': csv([[...SEMUA_3(1), 'L']], kolom),
    });
    const d = satu(h, 'survei/kolom-tak-dikenal');
    expect(d.message).toBe('judul kolom "Jenis Kelamn" (kolom 11) tidak dikenal survei.yaml, dan kolom "Jenis Kelamin" untuk profil `jk` (Jenis Kelamin) tidak ada');
    expect(d.at).toEqual({ file: berkas(h, 'loket.csv'), line: 1, col: 31 });
    expect(d.hint).toMatch(/^maksud Anda `Jenis Kelamin`\?/);
  });

  it('a column no one declared and near nothing: a warning, with how to silence it', () => {
    const h = periksa({ '2024/survei.yaml': satuUnit(), '2024/survei/loket.csv': csv([[...SEMUA_3(1), 'bagus']], ['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9', 'Saran']) });
    const d = satu(h, 'survei/kolom-diabaikan');
    expect(d.severity).toBe('peringatan');
    expect(d.hint).toMatch(/abaikan: \[Saran\]/);
    expect(h.errors).toEqual([]);
  });

  it('a declared column the file lacks: at its declaration in survei.yaml', () => {
    const h = periksa({ '2024/survei.yaml': satuUnit('kolom:\n  unsur:\n    u9: Sarana Prasarana'), '2024/survei/loket.csv': csv([SEMUA_3(1)]) });
    const d = satu(h, 'survei/kolom-hilang');
    expect(d.message).toMatch(/^kolom "Sarana Prasarana" untuk unsur `u9` \(Sarana dan Prasarana\) tidak ada di .*loket\.csv$/);
    expect(d.at).toEqual({ file: berkas(h, '2024/survei.yaml'), line: 4, col: 9 });
    // U9 is there and unknown, but not near enough to be a typo of "Sarana Prasarana"
    expect(h.diags.some((x) => x.code === 'survei/kolom-diabaikan' && x.message.includes('"U9"'))).toBe(true);
  });
});

describe('encodings and separators', () => {
  const kolom = ['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9', 'Pekerjaan'];
  const rows = [[...SEMUA_3(1), 'Pegawai Swasta'], [2, 4, 4, 4, 4, 4, 4, 4, 4, 4, 'Pensiunan – guru']];
  const yaml = satuUnit('profil:\n  - {id: pekerjaan, nama: Pekerjaan}');

  it('Excel\'s plain CSV (Windows-1252): read, with a warning at the first byte that is not UTF-8', () => {
    const h = periksa({ '2024/survei.yaml': yaml, '2024/survei/loket.csv': Buffer.from(csv(rows, kolom).replace('–', '\x96'), 'latin1') });
    const d = satu(h, 'survei/pengodean');
    expect(d.severity).toBe('peringatan');
    expect(d.message).toBe('berkas jawaban bukan UTF-8 (byte 0x96 di baris 3); dibaca sebagai Windows-1252, sehingga byte itu menjadi "–"');
    expect(d.at).toEqual({ file: berkas(h, 'loket.csv'), line: 3, col: 31 });
    expect(h.m!.survei!.unit[0]!.profil[0]!.baris.map((b) => b.label)).toEqual(['Pegawai Swasta', 'Pensiunan – guru']);
  });

  it('declared `pengodean: windows-1252`: read without a word; declared utf-8 and not: an error', () => {
    const bytes = Buffer.from(csv(rows, kolom).replace('–', '\x96'), 'latin1');
    expect(periksa({ '2024/survei.yaml': `${yaml}\npengodean: windows-1252`.replace('unit:', 'pengodean: windows-1252\nunit:').replace(/\npengodean: windows-1252$/, ''), '2024/survei/loket.csv': bytes }).diags).toEqual([]);
    const h = periksa({ '2024/survei.yaml': yaml.replace('unit:', 'pengodean: utf-8\nunit:'), '2024/survei/loket.csv': bytes });
    expect(satu(h, 'survei/pengodean').severity).toBe('galat');
  });

  it('semicolons with a BOM and CRLF (Excel "CSV UTF-8" on an Indonesian Windows) read as commas do', () => {
    const koma = periksa({ '2024/survei.yaml': yaml, '2024/survei/loket.csv': csv(rows, kolom) });
    const titikKoma = periksa({ '2024/survei.yaml': yaml, '2024/survei/loket.csv': '\uFEFF' + csv(rows, kolom, ';').replace(/\n/g, '\r\n') });
    expect(titikKoma.diags).toEqual([]);
    expect(formatAngka(titikKoma.m!.survei!.unit[0]!.konversi!, 2)).toBe(formatAngka(koma.m!.survei!.unit[0]!.konversi!, 2));
    expect(formatAngka(koma.m!.survei!.unit[0]!.konversi!, 2)).toBe('87,50');
  });

  it('a row written with another separator than the header: located, with what went wrong', () => {
    const text = csv([SEMUA_3(1)], undefined, ';') + SEMUA_3(2).join(',') + '\n';
    const h = periksa({ '2024/survei.yaml': satuUnit(), '2024/survei/loket.csv': text });
    const d = satu(h, 'survei/baris-pendek');
    expect(d.message).toBe('baris 3 memuat 1 isian, padahal baris judul 10 kolom (baris judul dipisah ";", baris ini tampaknya ",")');
    expect(d.at).toEqual({ file: berkas(h, 'loket.csv'), line: 3, col: 1 });
  });
});

describe('the sample, XLSX, typed figures, references', () => {
  it('fewer respondents than the declared sample: a warning at the file, the sample as the other place', () => {
    const h = periksa({ '2024/survei.yaml': satuUnit('sampel: 25'), '2024/survei/loket.csv': csv([SEMUA_3(1), SEMUA_3(2)]) });
    const d = satu(h, 'survei/kurang-sampel');
    expect(d.severity).toBe('peringatan');
    expect(d.message).toBe('unit `loket` hanya 2 responden, kurang dari besar sampel yang ditetapkan (25)');
    expect(d.at).toEqual({ file: berkas(h, 'loket.csv'), line: 3, col: 1 });
    expect(d.also).toEqual({ file: berkas(h, 'survei.yaml'), line: 2, col: 9 });
    expect(h.m!.survei!.unit[0]!.kurangSampel).toBe(true);
  });

  it('an XLSX answer outside 1–4: named by its cell', () => {
    const rows = [['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'], SEMUA_3(1), [2, 3, 3, 3, 0, 3, 3, 3, 3, 3]];
    const h = periksa({ '2024/survei.yaml': satuUnit('', '  - {id: loket, nama: Loket, berkas: survei/loket.xlsx}'), '2024/survei/loket.xlsx': tulisXlsx(rows) });
    const d = satu(h, 'survei/jawaban-di-luar');
    expect(d.message).toBe('jawaban "0" untuk unsur `u4` (Biaya/Tarif) baris 3 di luar 1–4');
    expect(d.at).toEqual({ file: berkas(h, 'loket.xlsx'), line: 3, col: 5 });
  });

  it('an XLSX read like its CSV; a sheet that is not there: "maksud Anda"', () => {
    const rows = [['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'], SEMUA_3(1), [2, 4, 4, 4, 4, 4, 4, 4, 4, 4]];
    const ok = periksa({ '2024/survei.yaml': satuUnit('', '  - {id: loket, nama: Loket, berkas: survei/loket.xlsx}'), '2024/survei/loket.xlsx': tulisXlsx(rows) });
    expect(formatAngka(ok.m!.survei!.unit[0]!.konversi!, 2)).toBe('87,50');
    const h = periksa({ '2024/survei.yaml': satuUnit('', '  - {id: loket, nama: Loket, berkas: survei/loket.xlsx, lembar: Jawabn}'), '2024/survei/loket.xlsx': tulisXlsx(rows) });
    expect(satu(h, 'survei/lembar').hint).toBe('maksud Anda `Jawaban`?');
  });

  it('a CSV that is a workbook, and a missing file with the nearest name', () => {
    const rows = [['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'], SEMUA_3(1)];
    expect(satu(periksa({ '2024/survei.yaml': satuUnit(), '2024/survei/loket.csv': tulisXlsx(rows) }), 'survei/bukan-csv').message).toMatch(/buku kerja Excel \(XLSX\)/);
    const h = periksa({ '2024/survei.yaml': satuUnit(), '2024/survei/lokett.csv': csv([SEMUA_3(1)]) });
    const d = satu(h, 'survei/berkas-tidak-ada');
    expect(d.hint).toBe('maksud Anda `survei/lokett.csv`?');
    expect(d.at).toEqual({ file: berkas(h, 'survei.yaml'), line: 4, col: 38 });
  });

  it('a typed index that disagrees with the answers is an error with both figures', () => {
    const h = periksa({ '2024/survei.yaml': satuUnit('', '  - {id: loket, nama: Loket, berkas: survei/loket.csv, indeks: 76.5}'), '2024/survei/loket.csv': csv([SEMUA_3(1)]) });
    const d = satu(h, 'survei/indeks-beda');
    expect(d.message).toBe('IKM unit `loket` ditulis 76,50, sedangkan hasil hitungan dari 1 responden di survei/loket.csv adalah 75,00');
    expect(d.at?.line).toBe(4);
    const sama = periksa({ '2024/survei.yaml': satuUnit('indeks: 75', '  - {id: loket, nama: Loket, berkas: survei/loket.csv, indeks: 75.00}'), '2024/survei/loket.csv': csv([SEMUA_3(1)]) });
    expect(sama.errors).toEqual([]);
  });

  it('evaluasi.yaml `survei_kepuasan` typed beside the answers must agree with them', () => {
    const h = periksa({
      '2024/survei.yaml': satuUnit(),
      '2024/survei/loket.csv': csv([SEMUA_3(1)]),
      '2024/evaluasi.yaml': 'survei_kepuasan: {indikator: iku-satu, responden: 2, nilai: 80}\n',
    });
    expect(satu(h, 'survei/indeks-beda').message).toBe('nilai survei kepuasan di evaluasi.yaml ditulis 80,00, sedangkan IKM yang dihitung dari survei.yaml adalah 75,00');
    expect(satu(h, 'survei/responden-beda').message).toBe('jumlah responden di evaluasi.yaml ditulis 2, sedangkan survei.yaml memuat 1 responden');
  });

  it('a tabulation whose unsur do not add up to the same respondents', () => {
    const tab = Array.from({ length: 9 }, (_, i) => `        u${i + 1}: {3: ${i === 4 ? 9 : 10}}`).join('\n');
    const h = periksa({ '2024/survei.yaml': satuUnit('', `  - id: loket\n    nama: Loket\n    jumlah:\n      unsur:\n${tab}\n`) });
    const d = satu(h, 'survei/jawaban-kosong');
    expect(d.message).toBe('tabulasi unsur `u5` unit `loket` berjumlah 9 jawaban, padahal unsur lain sampai 10');
    expect(d.at?.line).toBe(12);
  });

  it('a realisasi from a survey unit that does not exist: "maksud Anda"', () => {
    const h = periksa({
      '2024/survei.yaml': satuUnit(),
      '2024/survei/loket.csv': csv([SEMUA_3(1)]),
      '2024/realisasi.yaml': 'indikator:\n  iku-satu:\n    dari: {survei: lokte}\n  iku-dua:\n    nilai: 8\n  ikp-satu:\n    dari: capaian-kegiatan\n',
    });
    const d = satu(h, 'aturan/sumber-realisasi');
    expect(d.message).toBe('realisasi `iku-satu` dihitung dari unit survei `lokte`, tetapi unit itu tidak ada di 2024/survei.yaml');
    expect(d.hint).toBe('maksud Anda `loket`?');
    expect(d.at).toEqual({ file: berkas(h, 'realisasi.yaml'), line: 3, col: 20 });
  });
});
