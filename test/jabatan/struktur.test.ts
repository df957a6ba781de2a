// The structure as data (instansi.yaml `pegawai:` and `jabatan:`) and each position's indicators
// (<tahun>/jabatan.yaml): every mistake located at its line and column, with what to write.
import { describe, expect, it } from 'vitest';
import { periksa, tempat } from './periksa.ts';

const I = 'instansi.yaml';
const J = '2024/jabatan.yaml';

describe('jabatan: the example is clean', () => {
  it('no cascade diagnostic for data/diskominfo-contoh', () => {
    expect(periksa([]).list).toEqual([]);
  });
});

describe('jabatan: the structure', () => {
  it('a cycle of superiors is one located error naming the cycle', () => {
    const r = periksa([{ file: I, ganti: ['    eselon: III.b\n    atasan: kepala-dinas\n    pemegang: rina-marlina', '    eselon: III.b\n    atasan: pranata-komputer-muda\n    pemegang: rina-marlina'] }]);
    const d = r.list.find((x) => x.code === 'jabatan/atasan-siklus');
    expect(d?.message).toBe('atasan jabatan berputar: kabid-aptika → pranata-komputer-muda → kabid-aptika');
    expect(tempat(d)).toBe(r.di(I, 'atasan: pranata-komputer-muda', 'pranata-komputer-muda'));
    expect(d?.hint).toContain('berakhir di jabatan kepala instansi');
    expect(r.list.filter((x) => x.code === 'jabatan/atasan-siklus')).toHaveLength(1);
  });

  it('a dangling superior: located, with the nearest position', () => {
    const r = periksa([{ file: I, ganti: ['    eselon: IV.a\n    atasan: sekretaris\n    pemegang: rizky-pratama', '    eselon: IV.a\n    atasan: sekretariss\n    pemegang: rizky-pratama'] }]);
    expect(r.list).toHaveLength(1);
    expect(r.list[0]!.code).toBe('jabatan/atasan-tidak-ada');
    expect(r.list[0]!.message).toBe('atasan `sekretariss` dari jabatan `kasubbag-umum-kepegawaian` tidak ada di daftar jabatan');
    expect(r.list[0]!.hint).toBe('maksud Anda `sekretaris`?');
    expect(tempat(r.list[0])).toBe(r.di(I, 'sekretariss'));
  });

  it('a missing holder: located at the position, listing who can hold it', () => {
    const r = periksa([{ file: I, ganti: ['    atasan: sekretaris\n    pemegang: rizky-pratama\n', '    atasan: sekretaris\n'] }]);
    expect(r.list).toHaveLength(1);
    expect(r.list[0]!.code).toBe('jabatan/pemegang-kosong');
    expect(r.list[0]!.message).toBe('jabatan `kasubbag-umum-kepegawaian` (Kepala Subbagian Umum dan Kepegawaian) belum mempunyai pemegang');
    expect(r.list[0]!.hint).toMatch(/^tulis `pemegang: <pengenal pegawai>` \(yang ada: dewi-anggraini, siti-nurhaliza, rizky-pratama,/);
    expect(tempat(r.list[0])).toBe(r.di(I, '- id: kasubbag-umum-kepegawaian', 'kasubbag-umum-kepegawaian'));
  });

  it('a holder who is not among the pegawai: the nearest id', () => {
    const r = periksa([{ file: I, ganti: ['pemegang: rizky-pratama', 'pemegang: rizky-pratma'] }]);
    expect(r.list.map((d) => [d.code, d.message, d.hint, tempat(d)])).toEqual([
      ['jabatan/pemegang-tidak-ada', 'pemegang `rizky-pratma` dari jabatan `kasubbag-umum-kepegawaian` tidak ada di daftar pegawai', 'maksud Anda `rizky-pratama`?', r.di(I, 'rizky-pratma')],
    ]);
  });

  it('a superior of a rank not above the position, an unknown unit, a second head, a bad NIP', () => {
    const r = periksa([
      { file: I, ganti: ['    eselon: IV.a\n    atasan: sekretaris\n    pemegang: siti-nurhaliza', '    eselon: IV.a\n    atasan: kasubbag-umum-kepegawaian\n    pemegang: siti-nurhaliza'] },
      { file: I, ganti: ['    unit: bidang-ikp\n', '    unit: bidang-ipk\n'] },
      { file: I, ganti: ['    eselon: III.b\n    atasan: kepala-dinas\n    pemegang: novita-sari', '    eselon: III.b\n    pemegang: novita-sari'] },
      { file: I, ganti: ['nip: "199003182014021001"', 'nip: "199013182014021001"'] },
    ]);
    const by = (code: string) => r.list.find((d) => d.code === code);
    expect(by('jabatan/atasan-jenjang')?.message).toBe('jabatan `kasubbag-perencanaan-keuangan` (IV.a) beratasan `kasubbag-umum-kepegawaian` (IV.a), yang tidak lebih tinggi jenjangnya');
    expect(tempat(by('jabatan/atasan-jenjang'))).toBe(r.di(I, 'atasan: kasubbag-umum-kepegawaian', 'kasubbag-umum-kepegawaian'));
    expect(by('jabatan/unit-tidak-ada')?.hint).toBe('maksud Anda `bidang-ikp`?');
    expect(tempat(by('jabatan/unit-tidak-ada'))).toBe(r.di(I, 'bidang-ipk'));
    expect(by('jabatan/kepala-ganda')?.message).toBe('jabatan `kabid-statistik-persandian` tidak mempunyai atasan, padahal `kepala-dinas` sudah menjadi jabatan kepala instansi');
    expect(by('aturan/nip')?.message).toBe('NIP BAGUS WICAKSONO tidak sah: 8 angka pertama (19901318) bukan tanggal lahir yang ada');
    expect(tempat(by('aturan/nip'))).toBe(r.di(I, '"199013182014021001"'));
  });
});

describe('jabatan: the indicators of the year', () => {
  it('an indicator that serves nothing', () => {
    const r = periksa([{ file: J, ganti: ['        mendukung: keg-keuangan\n', ''] }]);
    expect(r.list.map((d) => [d.code, d.message, tempat(d)])).toEqual([['jabatan/tanpa-induk', 'indikator `ikj-laporan-keuangan` tidak mendukung apa pun', r.di(J, 'ikj-laporan-keuangan')]]);
    expect(r.list[0]!.hint).toBe('tulis `mendukung: <pengenal>`: program, kegiatan, sub kegiatan, atau indikator jabatan atasan yang didukungnya');
  });

  it('a parent that does not exist: the nearest id', () => {
    const r = periksa([{ file: J, ganti: ['mendukung: keg-keuangan', 'mendukung: keg-keuangn'] }]);
    expect(r.list.map((d) => [d.code, d.hint, tempat(d)])).toEqual([['jabatan/induk-tidak-ada', 'maksud Anda `keg-keuangan`?', r.di(J, 'keg-keuangn')]]);
  });

  it('a cycle of indicators serving each other', () => {
    const r = periksa([{ file: J, ganti: ['        mendukung: ikp-dokumen-tepat-waktu\n', '        mendukung: ikj-dokumen-perencanaan\n'] }]);
    const d = r.list.find((x) => x.code === 'jabatan/induk-siklus');
    expect(d?.message).toBe('indikator saling mendukung berputar: ikj-sekretariat-dokumen → ikj-dokumen-perencanaan → ikj-sekretariat-dokumen');
    expect(tempat(d)).toBe(r.di(J, 'mendukung: ikj-dokumen-perencanaan', 'ikj-dokumen-perencanaan'));
    expect(r.list.filter((x) => x.code === 'jabatan/induk-jenjang')).toEqual([]);
  });

  it('a parent of a level that cannot hold it: a sub bagian serving a sasaran, a bidang serving a kegiatan, a position not above', () => {
    const r = periksa([
      { file: J, ganti: ['mendukung: keg-keuangan', 'mendukung: sasaran-spbe'] },
      { file: J, ganti: ['mendukung: iku-layanan-elektronik', 'mendukung: keg-egov'] },
      { file: J, ganti: ['mendukung: ikj-sekretariat-layanan', 'mendukung: ikj-ikp-konten'] },
    ]);
    expect(r.list.filter((d) => d.code === 'jabatan/induk-jenjang').map((d) => [d.code, d.message, tempat(d)])).toEqual([
      ['jabatan/induk-jenjang', 'indikator `ikj-laporan-keuangan` jabatan IV.a mendukung sasaran `sasaran-spbe`, jenjang yang terlalu tinggi untuknya', r.di(J, 'sasaran-spbe')],
      ['jabatan/induk-jenjang', 'indikator `ikj-layanan-umum` (jabatan `kasubbag-umum-kepegawaian`) mendukung `ikj-ikp-konten` milik jabatan `kabid-ikp`, yang bukan atasannya', r.di(J, 'mendukung: ikj-ikp-konten', 'ikj-ikp-konten')],
      ['jabatan/induk-jenjang', 'indikator `ikj-aptika-layanan` jabatan III.b mendukung kegiatan `keg-egov`, jenjang yang di bawahnya', r.di(J, 'keg-egov')],
    ]);
    expect(r.list[0]!.hint).toBe('jabatan IV.a mendukung program atau indikator program, kegiatan, sub kegiatan, atau indikator jabatan atasannya');
  });

  it('targets that contradict the parent where the indicator says how it adds up', () => {
    const r = periksa([{ file: J, ganti: ['        agregasi: jumlah\n        agregasi_triwulan: akhir\n        target: 300', '        agregasi: jumlah\n        agregasi_triwulan: akhir\n        target: 280'] }]);
    expect(r.list).toHaveLength(2);
    const d = r.list.find((x) => x.code === 'jabatan/agregasi-target')!;
    expect(d.message).toBe('target indikator yang mendukung `ikp-dataset` berjumlah 280 (`ikj-statistik-dataset` 280), sedangkan target `ikp-dataset` 300');
    expect(tempat(d)).toBe(r.di(J, '280'));
    expect(d.also?.file).toMatch(/renstra\.yaml$/);
    // the quarter IV target of a cumulative indicator is the year's
    expect(r.list.find((x) => x.code === 'jabatan/target-triwulan')?.message).toBe('target triwulan IV `ikj-statistik-dataset` 300, sedangkan target tahunannya 280 (triwulan digabung `akhir`)');
  });

  it('summed quarters that do not add up to the year, a yearly realisasi beside the quarters, quarters without their rule', () => {
    const r = periksa([
      { file: J, ganti: ['        target: 13\n', '        target: 14\n        realisasi: 12\n'] },
      { file: J, ganti: ['        agregasi_triwulan: jumlah\n        target: 480', '        target: 480'] },
    ]);
    expect(r.list.map((d) => [d.code, d.message])).toEqual([
      ['jabatan/realisasi-ganda', 'realisasi tahunan `ikj-laporan-keuangan` ditulis, padahal dihitung dari realisasi triwulan'],
      ['jabatan/target-triwulan', 'target triwulan `ikj-laporan-keuangan` berjumlah 13 (4 + 3 + 3 + 3), sedangkan target tahunannya 14'],
      ['jabatan/agregasi-triwulan', 'indikator `ikj-ikp-konten` mempunyai triwulan, tetapi tidak menyebut cara triwulan digabung'],
    ]);
    expect(tempat(r.list[0])).toBe(r.di(J, '        realisasi: 12', '12'));
    // the quarters' block of that indicator: its first quarter, below `- id: ikj-ikp-konten`
    const id = Number(r.di(J, '- id: ikj-ikp-konten').split(':').at(-2));
    expect(r.list[2]!.at!.line).toBe(id + 7);
    expect(r.list[2]!.at!.col).toBe(11);
  });
});
