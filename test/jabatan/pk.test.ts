// `kinerja build pk` on the example agency: the head's PK as before and one PK per position with
// indicators under out/<instansi>/pk/, each read back from the PDF with its two parties, their
// signature blocks and its indicators; `--jabatan` builds one; a wrong id is refused with the nearest.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf } from '../pdf-text.ts';

const out = mkdtempSync(join(tmpdir(), 'kinerja-pk-jabatan-'));
const logs: string[] = [];
let code = -1;
// A word hyphenated at a line's end in a narrow cell is read back whole.
const flat = (s: string) => s.replace(/(\p{L})-\n(\p{L})/gu, '$1$2').replace(/\s+/g, ' ');
/** The agreement and its lampiran (each may take more than one page), as read from the PDF. */
const pdf = async (f: string) => {
  const all = flat((await readPdf(readFileSync(join(out, 'diskominfo-contoh', f)))).pages.join(' '));
  const at = all.indexOf('LAMPIRAN PERJANJIAN KINERJA');
  return [all.slice(0, at), all.slice(at)];
};

beforeAll(async () => {
  code = await main(['build', 'pk', 'data/diskominfo-contoh', '--out', out], { log: (s) => logs.push(s), err: (s) => logs.push(s) });
}, 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

// Each position: its holder (pihak pertama) and the holder of the position above (pihak kedua), as printed.
const PIHAK: Record<string, [string, string, string, string, string]> = {
  sekretaris: ['DEWI ANGGRAINI, S.Sos., M.Si.', 'Sekretaris Dinas Komunikasi dan Informatika', 'NIP. 19790322 200312 2 004', 'HENDRA SAPUTRA, S.Kom., M.T.', 'Kepala Dinas Komunikasi dan Informatika'],
  'kasubbag-perencanaan-keuangan': ['SITI NURHALIZA, S.E., M.Ak.', 'Kepala Subbagian Perencanaan dan Keuangan', 'NIP. 19890217 201101 2 003', 'DEWI ANGGRAINI, S.Sos., M.Si.', 'Sekretaris Dinas Komunikasi dan Informatika'],
  'kasubbag-umum-kepegawaian': ['MUHAMMAD RIZKY PRATAMA, S.E.', 'Kepala Subbagian Umum dan Kepegawaian', 'NIP. 19871105 201001 1 002', 'DEWI ANGGRAINI, S.Sos., M.Si.', 'Sekretaris Dinas Komunikasi dan Informatika'],
  'kabid-ikp': ['AGUS SETIAWAN, S.I.Kom., M.I.Kom.', 'Kepala Bidang Informasi dan Komunikasi Publik', 'NIP. 19800409 200604 1 005', 'HENDRA SAPUTRA, S.Kom., M.T.', 'Kepala Dinas Komunikasi dan Informatika'],
  'kabid-aptika': ['RINA MARLINA, S.T., M.Kom.', 'Kepala Bidang Aplikasi Informatika', 'NIP. 19820630 200801 2 006', 'HENDRA SAPUTRA, S.Kom., M.T.', 'Kepala Dinas Komunikasi dan Informatika'],
  'pranata-komputer-muda': ['BAGUS WICAKSONO, S.Kom.', 'Pranata Komputer Ahli Muda', 'NIP. 19900318 201402 1 001', 'RINA MARLINA, S.T., M.Kom.', 'Kepala Bidang Aplikasi Informatika'],
  'kabid-infrastruktur': ['YUSUF HIDAYAT, S.T.', 'Kepala Bidang Infrastruktur Teknologi Informasi dan Komunikasi', 'NIP. 19850514 200903 1 003', 'HENDRA SAPUTRA, S.Kom., M.T.', 'Kepala Dinas Komunikasi dan Informatika'],
  'kabid-statistik-persandian': ['NOVITA SARI, S.Si., M.Stat.', 'Kepala Bidang Statistik dan Persandian', 'NIP. 19861123 201001 2 005', 'HENDRA SAPUTRA, S.Kom., M.T.', 'Kepala Dinas Komunikasi dan Informatika'],
};

describe('build pk: a Perjanjian Kinerja for every position with indicators', () => {
  it('writes the head\'s PK where it always was, and one per position under pk/', () => {
    expect(code).toBe(0);
    expect(existsSync(join(out, 'diskominfo-contoh', 'pk-2024.pdf'))).toBe(true);
    expect(readdirSync(join(out, 'diskominfo-contoh', 'pk')).sort()).toEqual(Object.keys(PIHAK).map((j) => `2024-${j}.pdf`).sort());
    expect(logs.filter((l) => l.startsWith('tertulis:'))).toHaveLength(1 + Object.keys(PIHAK).length);
  });

  for (const [jabatan, [nama, jab, nip, atasan, jabAtasan]] of Object.entries(PIHAK))
    it(`${jabatan}: pihak pertama ${nama}, pihak kedua ${atasan}, with their signature blocks`, async () => {
      const [naskah, lampiran] = await pdf(join('pk', `2024-${jabatan}.pdf`));
      expect(naskah).toContain(`PERJANJIAN KINERJA TAHUN 2024 ${jab.toUpperCase()} DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUNGAI ULIN`);
      // the parties in the agreement's text, in order
      expect(naskah).toContain(`Nama : ${nama} Jabatan : ${jab} selanjutnya disebut pihak pertama`);
      expect(naskah).toContain(`Nama : ${atasan} Jabatan : ${jabAtasan} selaku atasan pihak pertama`);
      // the two signature blocks: pihak kedua left (no date), pihak pertama right (place and date)
      for (const page of [naskah!, lampiran!]) {
        const kedua = page.indexOf(`${jabAtasan}, Pihak Kedua`);
        const pertama = page.indexOf(`${jab}, Pihak Pertama`);
        expect(kedua, page).toBeGreaterThan(0);
        expect(pertama).toBeGreaterThan(0);
        expect(page).toContain('Muara Ulin, 22 Januari 2024');
        expect(page.slice(pertama)).toContain(nama);
        expect(page.slice(pertama)).toContain(nip);
      }
    });

  it('the lampiran lists the position\'s indicators with what each serves and its quarterly targets', async () => {
    const [, lampiran] = await pdf(join('pk', '2024-kasubbag-perencanaan-keuangan.pdf'));
    expect(lampiran).toContain('LAMPIRAN PERJANJIAN KINERJA TAHUN 2024 KEPALA SUBBAGIAN PERENCANAAN DAN KEUANGAN');
    expect(lampiran).toMatch(/Indikator jabatan: Persentase dokumen perencanaan, keuangan dan pelaporan kinerja yang tersusun tepat waktu Jumlah dokumen perencanaan dan laporan kinerja yang tersusun tepat waktu Dokumen 11 4 2 2 3/);
    expect(lampiran).toMatch(/Kegiatan: Administrasi Keuangan Perangkat Daerah Jumlah laporan keuangan bulanan dan tahunan yang disampaikan tepat waktu Laporan 13 4 3 3 3/);
  });

  it('the head\'s PK is unchanged: the Kepala Dinas with the Bupati', async () => {
    const [naskah] = await pdf('pk-2024.pdf');
    expect(naskah).toContain('Nama : HENDRA SAPUTRA, S.Kom., M.T. Jabatan : Kepala Dinas Komunikasi dan Informatika selanjutnya disebut pihak pertama');
    expect(naskah).toContain('Nama : H. ABDUL RAHMAN HADI, S.E., M.M. Jabatan : Bupati Sungai Ulin');
  });
});

describe('build pk --jabatan', () => {
  it('builds that position\'s PK alone', async () => {
    const one = join(out, 'satu');
    const lines: string[] = [];
    expect(await main(['build', 'pk', 'data/diskominfo-contoh', '--jabatan', 'pranata-komputer-muda', '--out', one], { log: (s) => lines.push(s), err: () => undefined })).toBe(0);
    expect(lines).toEqual([`tertulis: ${join(one, 'diskominfo-contoh', 'pk', '2024-pranata-komputer-muda.pdf')}`]);
  }, 120_000);

  it('an unknown position is refused before anything is printed, with the nearest', async () => {
    const err: string[] = [];
    expect(await main(['build', 'pk', 'data/diskominfo-contoh', '--jabatan', 'kabid-aptik', '--out', join(out, 'salah')], { log: () => undefined, err: (s) => err.push(s) })).toBe(1);
    expect(err.join('\n')).toContain('galat: data/diskominfo-contoh: jabatan `kabid-aptik` tidak ada di instansi.yaml');
    expect(err.join('\n')).toContain('sebab: maksud Anda `kabid-aptika`?');
    expect(existsSync(join(out, 'salah'))).toBe(false);
  });

  it('only with build pk', async () => {
    const err: string[] = [];
    expect(await main(['build', 'lkjip', '--jabatan', 'sekretaris'], { log: () => undefined, err: (s) => err.push(s) })).toBe(2);
    expect(err[0]).toContain('--jabatan memilih perjanjian kinerja satu jabatan: tulis kinerja build pk --jabatan sekretaris');
  });
});
