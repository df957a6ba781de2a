// The survey's figures against units computed by hand (PermenPANRB 14/2017): sum and NRR per
// unsur, NRR tertimbang, IKM, konversi, mutu; the weight rule (exact 1/9 against the printed 0,111)
// on a unit where the two print different indexes and different mutu; the agency pooled and as
// the mean of its units; profile shares; weakest and strongest unsur; the change against earlier
// years; an IKU whose realisasi is the survey's index.
import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/compute/rational.ts';
import { bobotUnsur, mutuUntuk } from '../../src/compute/survei.ts';
import { formatAngka } from '../../src/format/index.ts';
import { csv, periksa, surveiYaml } from './fixture.ts';

const f2 = (r: Rational | undefined) => formatAngka(r!, 2);
const f3 = (r: Rational | undefined) => formatAngka(r!, 3);

// Four respondents. Sums per unsur: U1 4+3+3+4=14 … by hand below.
const EMPAT = [
  [1, 4, 3, 3, 4, 3, 4, 4, 2, 3],
  [2, 3, 3, 2, 4, 3, 3, 4, 3, 3],
  [3, 3, 4, 3, 4, 4, 4, 3, 3, 2],
  [4, 4, 3, 3, 4, 3, 4, 4, 2, 3],
];

describe('one unit, by hand', () => {
  const h = periksa({
    '2024/survei.yaml': surveiYaml('', '  - {id: loket, nama: Loket Pelayanan, berkas: survei/loket.csv}'),
    '2024/survei/loket.csv': csv(EMPAT),
  });
  const u = h.m!.survei!.unit[0]!;

  it('passes check', () => expect(h.errors).toEqual([]));

  it('sums, respondents and NRR per unsur', () => {
    // U1: 4+3+3+4 = 14, U2: 3+3+4+3 = 13, U3: 3+2+3+3 = 11, U4: 16, U5: 3+3+4+3 = 13,
    // U6: 4+3+4+4 = 15, U7: 4+4+3+4 = 15, U8: 2+3+3+2 = 10, U9: 3+3+2+3 = 11.
    expect(u.unsur.map((x) => x.jumlah)).toEqual([14, 13, 11, 16, 13, 15, 15, 10, 11]);
    expect(u.unsur.every((x) => x.menjawab === 4)).toBe(true);
    expect(u.unsur.map((x) => f3(x.nrr))).toEqual(['3,500', '3,250', '2,750', '4,000', '3,250', '3,750', '3,750', '2,500', '2,750']);
    // 14/4 × 1/9 = 0,3888…
    expect(f3(u.unsur[0]!.tertimbang)).toBe('0,389');
    expect(u.unsur[0]!.tertimbang!.compare(Rational.of(14n, 36n))).toBe(0);
  });

  it('IKM = Σ NRR / 9 exactly, konversi × 25, mutu and kinerja from the default scale', () => {
    // Σ NRR = 118/4 = 29,5; IKM = 29,5/9 = 3,2777…; konversi = 81,944… → 81,94, B (Baik).
    expect(u.nilai!.compare(Rational.of(295n, 90n))).toBe(0);
    expect(f3(u.nilai)).toBe('3,278');
    expect(f2(u.konversi)).toBe('81,94');
    expect([u.mutu?.kode, u.mutu?.kategori]).toEqual(['B', 'Baik']);
  });

  it('weakest and strongest unsur', () => {
    expect(u.terlemah.map((x) => x.id)).toEqual(['u8']);
    expect(u.terkuat.map((x) => x.id)).toEqual(['u4']);
  });
});

describe('the weight rule: exact 1/9 against 0,111', () => {
  // Ten respondents; eight unsur sum to 35 (five 4s, five 3s), U9 to 38 (eight 4s, two 3s).
  // Σ NRR = (8 × 35 + 38)/10 = 31,8.
  //   exact:      31,8/9 = 3,5333…  × 25 = 88,333… → 88,33, mutu A (≥ 88,31)
  //   dibulatkan: 31,8 × 0,111 = 3,5298 × 25 = 88,245 → 88,25, mutu B
  const rows = Array.from({ length: 10 }, (_, i) => [i + 1, ...Array.from({ length: 8 }, () => (i < 5 ? 4 : 3)), i < 8 ? 4 : 3]);
  const files = (bobot: string) => ({
    '2024/survei.yaml': surveiYaml(bobot, '  - {id: loket, nama: Loket, berkas: survei/loket.csv}'),
    '2024/survei/loket.csv': csv(rows),
  });

  it('weights: 1/9, and 0,111 as the regulation prints it', () => {
    expect(bobotUnsur(9).compare(Rational.of(1n, 9n))).toBe(0);
    expect(bobotUnsur(9, 'dibulatkan').compare(Rational.of(111n, 1000n))).toBe(0);
    expect(bobotUnsur(5, 'dibulatkan').compare(Rational.of(2n, 10n))).toBe(0);
  });

  it('prints different indexes and different mutu', () => {
    const persis = periksa(files('bobot: persis')).m!.survei!.unit[0]!;
    const dibulatkan = periksa(files('bobot: dibulatkan')).m!.survei!.unit[0]!;
    expect([f3(persis.nilai), f2(persis.konversi), persis.mutu?.kode]).toEqual(['3,533', '88,33', 'A']);
    expect([f3(dibulatkan.nilai), f2(dibulatkan.konversi), dibulatkan.mutu?.kode]).toEqual(['3,530', '88,25', 'B']);
    expect(dibulatkan.konversi!.compare(Rational.of(88245n, 1000n))).toBe(0);
  });

  it('mutu is read on the konversi as printed: 76,605 prints 76,61 and is B, not C', () => {
    const skala = periksa({}).m!.skala.ikm!;
    expect(mutuUntuk(skala, Rational.of(76605n, 1000n))?.kode).toBe('B');
    expect(mutuUntuk(skala, Rational.of(76604n, 1000n))?.kode).toBe('C');
    expect(mutuUntuk(skala, Rational.of(6499n, 100n))?.kode).toBe('D');
  });
});

describe('the agency, the tabulation, the profile and earlier years', () => {
  // Unit A from a file: two respondents, all 4 → NRR 4. Unit B tabulated: 3 respondents, each
  // unsur {2: 1, 3: 2} → sum 8, NRR 8/3.
  const tab = Array.from({ length: 9 }, (_, i) => `        u${i + 1}: {2: 1, 3: 2}`).join('\n');
  const unit = `  - id: a\n    nama: Unit A\n    berkas: survei/a.csv\n    riwayat: {2023: 95}\n  - id: b\n    nama: Unit B\n    jumlah:\n      unsur:\n${tab}\n      profil:\n        jk: {Laki-laki: 2}\n`;
  const profil = 'profil:\n  - {id: jk, nama: Jenis Kelamin, pilihan: {L: Laki-laki, P: Perempuan}}\nriwayat: {2022: 70, 2023: 72.5}';
  const files = (gabungan: string) => ({
    '2024/survei.yaml': surveiYaml(`${profil}\ngabungan: ${gabungan}`, unit),
    '2024/survei/a.csv': csv([[1, 4, 4, 4, 4, 4, 4, 4, 4, 4, 'P'], [2, 4, 4, 4, 4, 4, 4, 4, 4, 4, 'l']], ['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9', 'Jenis Kelamin']),
  });

  it('a tabulated unit: NRR = Σ value × count ÷ respondents', () => {
    const s = periksa(files('responden')).m!.survei!;
    const b = s.unit[1]!;
    expect(b.responden).toBe(3);
    expect(b.unsur[0]!.jumlah).toBe(8);
    expect(f3(b.unsur[0]!.nrr)).toBe('2,667');
    // IKM = 9 × 8/3 / 9 = 8/3; konversi 66,666… → 66,67, C (Kurang Baik)
    expect([f2(b.konversi), b.mutu?.kategori]).toEqual(['66,67', 'Kurang Baik']);
  });

  it('pooled: every answer of every unit together', () => {
    const s = periksa(files('responden')).m!.survei!;
    // per unsur: (2 × 4 + 8)/5 = 16/5 = 3,2; IKM 3,2; konversi 80,00
    expect(f3(s.instansi.unsur[0]!.nrr)).toBe('3,200');
    expect(f2(s.instansi.konversi)).toBe('80,00');
    expect(s.instansi.responden).toBe(5);
  });

  it('mean of units: (100 + 66,67)/2', () => {
    const s = periksa(files('rata-rata-unit')).m!.survei!;
    // (4 + 8/3)/2 = 10/3 → × 25 = 83,333…
    expect(f2(s.instansi.konversi)).toBe('83,33');
    expect(f3(s.instansi.unsur[0]!.nrr)).toBe('3,333');
  });

  it('profile counts and shares over those who answered; a field the tabulation lacks is counted blank', () => {
    const s = periksa(files('responden')).m!.survei!;
    const jk = s.instansi.profil[0]!;
    // A: P and l (the code L, any case); B: 2 Laki-laki and one not given.
    expect(jk.baris.map((b) => [b.label, b.jumlah, f2(b.persen)])).toEqual([['Laki-laki', 3, '75,00'], ['Perempuan', 1, '25,00']]);
    expect([jk.kosong, jk.total]).toEqual([1, 5]);
  });

  it('the change against the latest earlier year, typed in riwayat', () => {
    const s = periksa(files('responden')).m!.survei!;
    expect(s.unit[0]!.perubahan && [s.unit[0]!.perubahan.tahun, f2(s.unit[0]!.perubahan.selisih)]).toEqual([2023, '5,00']);
    expect(s.instansi.riwayat.map((r) => r.tahun)).toEqual([2022, 2023]);
    expect(f2(s.instansi.perubahan!.selisih)).toBe('7,50');
    expect(s.unit[1]!.perubahan).toBeUndefined();
  });

  it('the mutu table: the regulation\'s intervals on both scales, each unit in its band', () => {
    const s = periksa(files('responden')).m!.survei!;
    expect(s.pita.map((p) => [p.pita.kode, f2(p.dari), f2(p.sampai), formatAngka(p.dariIkm, 4), formatAngka(p.sampaiIkm, 4), p.unit])).toEqual([
      ['A', '88,31', '100,00', '3,5324', '4,0000', ['a']],
      ['B', '76,61', '88,30', '3,0644', '3,5320', []],
      ['C', '65,00', '76,60', '2,6000', '3,0640', ['b']],
      ['D', '25,00', '64,99', '1,0000', '2,5996', []],
    ]);
  });
});

describe('an IKU whose realisasi is the survey', () => {
  const rows = [[1, 4, 3, 3, 4, 3, 4, 4, 2, 3], [2, 3, 3, 2, 4, 3, 3, 4, 3, 3]];
  const base = {
    '2024/survei.yaml': surveiYaml('', '  - {id: loket, nama: Loket, berkas: survei/loket.csv}\n  - {id: daring, nama: Daring, berkas: survei/daring.csv}'),
    '2024/survei/loket.csv': csv(rows),
    '2024/survei/daring.csv': csv([[1, 4, 4, 4, 4, 4, 4, 4, 4, 4]]),
  };
  const realisasi = (dari: string) => `indikator:\n  iku-satu:\n    dari: ${dari}\n  iku-dua:\n    nilai: 8\n  ikp-satu:\n    dari: capaian-kegiatan\n`;

  it('`dari: survei` is the agency\'s konversi, and the capaian follows the answers', () => {
    const h = periksa({ ...base, '2024/realisasi.yaml': realisasi('survei') });
    expect(h.errors).toEqual([]);
    const iku = h.m!.iku.find((i) => i.id === 'iku-satu')!;
    // pooled over 3 respondents, sums per unsur 7+4, 6+4, 5+4, 8+4, 6+4, 7+4, 8+4, 5+4, 6+4 = 94
    // → Σ NRR = 94/3; IKM = 94/27; konversi = 94 × 25/27 = 87,037…
    expect(iku.realisasi!.angka.compare(Rational.of(94n * 25n, 27n))).toBe(0);
    expect(f2(iku.realisasi!.angka)).toBe('87,04');
    expect(iku.realisasiDihitung).toBe(true);
    // target 90: 87,037…/90 = 96,71 %
    expect(iku.capaian.ada && f2(iku.capaian.persen)).toBe('96,71');
  });

  it('`dari: {survei: <unit>}` is that unit\'s', () => {
    const h = periksa({ ...base, '2024/realisasi.yaml': realisasi('{survei: daring}') });
    expect(f2(h.m!.iku.find((i) => i.id === 'iku-satu')!.realisasi!.angka)).toBe('100,00');
  });
});
