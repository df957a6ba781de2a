// A position's PK Perubahan (<tahun>/jabatan.yaml `perubahan:` under the position, as the head's
// in pk.yaml): `kinerja build pk` writes pk/<tahun>-<jabatan>-perubahan.pdf with the revised
// targets, the reason and both parties; check locates a revised target of another position's
// indicator and revised targets that no longer add up to what they serve.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf } from '../pdf-text.ts';
import { CONTOH, periksa, tempat } from './periksa.ts';

const J = '2024/jabatan.yaml';
const ALASAN = 'Perubahan APBD 2024 mengurangi pagu integrasi aplikasi, sehingga dua aplikasi ditunda ke tahun 2025';
const blok = (target: string) => `    perubahan:\n      tanggal: 2024-08-15\n      alasan: ${ALASAN}\n      target:\n        ${target}\n`;
// kabid-aptika revises its integration target from 12 to 10; the functional officer whose target adds up to it, likewise.
const APTIKA: [string, string] = ['  pranata-komputer-muda:\n', `${blok('ikj-aptika-integrasi: 10')}  pranata-komputer-muda:\n`];
const PRANATA: [string, string] = ['  kabid-infrastruktur:\n', `${blok('ikj-pranata-integrasi: 10')}  kabid-infrastruktur:\n`];

const tmp = mkdtempSync(join(tmpdir(), 'kinerja-pk-perubahan-'));
const data = join(tmp, 'diskominfo-contoh');
const out = join(tmp, 'out');
const logs: string[] = [];
let code = -1;
const flat = (s: string) => s.replace(/(\p{L})-\n(\p{L})/gu, '$1$2').replace(/\s+/g, ' ');
const pdf = async (f: string) => {
  const all = flat((await readPdf(readFileSync(join(out, 'diskominfo-contoh', f)))).pages.join(' '));
  const at = all.indexOf('LAMPIRAN PERJANJIAN KINERJA');
  return [all.slice(0, at), all.slice(at)] as const;
};

beforeAll(async () => {
  cpSync(CONTOH, data, { recursive: true });
  const path = join(data, J);
  writeFileSync(path, readFileSync(path, 'utf8').replace(APTIKA[0], APTIKA[1]).replace(PRANATA[0], PRANATA[1]));
  code = await main(['build', 'pk', data, '--jabatan', 'kabid-aptika', '--out', out], { log: (s) => logs.push(s), err: (s) => logs.push(s) });
}, 240_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('build pk: the PK Perubahan of a position', () => {
  it('writes the first PK and the Perubahan beside it, nothing for positions without one', () => {
    expect(code, logs.join('\n')).toBe(0);
    expect(readdirSync(join(out, 'diskominfo-contoh', 'pk')).sort()).toEqual(['2024-kabid-aptika-perubahan.pdf', '2024-kabid-aptika.pdf']);
    expect(existsSync(join(out, 'diskominfo-contoh', 'pk-2024.pdf'))).toBe(false);
  });

  it('the Perubahan: its title, the reason, both parties, the revised target in the lampiran', async () => {
    const [naskah, lampiran] = await pdf(join('pk', '2024-kabid-aptika-perubahan.pdf'));
    expect(naskah).toContain('PERJANJIAN KINERJA TAHUN 2024 (PERUBAHAN) KEPALA BIDANG APLIKASI INFORMATIKA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUNGAI ULIN');
    expect(naskah).toContain(`Perjanjian ini mengubah Perjanjian Kinerja Tahun 2024 yang telah ditandatangani sebelumnya, dengan alasan: ${ALASAN}`);
    expect(naskah).toContain('Nama : RINA MARLINA, S.T., M.Kom. Jabatan : Kepala Bidang Aplikasi Informatika selanjutnya disebut pihak pertama');
    expect(naskah).toContain('Nama : HENDRA SAPUTRA, S.Kom., M.T. Jabatan : Kepala Dinas Komunikasi dan Informatika selaku atasan pihak pertama');
    expect(lampiran).toContain('LAMPIRAN PERJANJIAN KINERJA TAHUN 2024 (PERUBAHAN) KEPALA BIDANG APLIKASI INFORMATIKA');
    for (const page of [naskah, lampiran]) {
      expect(page).toContain('Kepala Dinas Komunikasi dan Informatika, Pihak Kedua');
      expect(page).toContain('Kepala Bidang Aplikasi Informatika, Pihak Pertama');
      expect(page).toContain('Muara Ulin, 15 Agustus 2024');
      expect(page).toContain('NIP. 19820630 200801 2 006');
    }
    // the revised target (10, was 12); the other indicator keeps its first target; no quarterly columns
    expect(lampiran).toContain('terintegrasi dengan sistem penghubung layanan Aplikasi 10 ');
    expect(lampiran).not.toContain('Aplikasi 12');
    expect(lampiran).toContain('diselesaikan melalui aplikasi Layanan 72 ');
    expect(lampiran).not.toContain('Target Triwulan');
  });

  it('the first PK keeps the first targets and the first date', async () => {
    const [naskah, lampiran] = await pdf(join('pk', '2024-kabid-aptika.pdf'));
    expect(naskah).not.toContain('PERUBAHAN');
    expect(naskah).not.toContain(ALASAN);
    expect(lampiran).toContain('terintegrasi dengan sistem penghubung layanan Aplikasi 12 ');
    expect(lampiran).toContain('Muara Ulin, 22 Januari 2024');
  });
});

describe('check: the PK Perubahan of a position', () => {
  it('revisions that still add up are clean', () => {
    expect(periksa([{ file: J, ganti: APTIKA }, { file: J, ganti: PRANATA }]).list).toEqual([]);
  });

  it('a revised parent target its supporting indicators no longer add up to: located at the revision', () => {
    const r = periksa([{ file: J, ganti: APTIKA }]);
    expect(r.list.map((d) => d.code)).toEqual(['jabatan/perubahan-agregasi']);
    expect(r.list[0]!.message).toBe('target perubahan indikator yang mendukung `ikj-aptika-integrasi` berjumlah 12 (`ikj-pranata-integrasi` 12), sedangkan target `ikj-aptika-integrasi` 10');
    expect(tempat(r.list[0])).toBe(r.di(J, 'ikj-aptika-integrasi: 10', '10'));
  });

  it('a revised target of an indicator the position does not hold: located at its key, with the nearest', () => {
    const r = periksa([{ file: J, ganti: ['  pranata-komputer-muda:\n', `${blok('ikj-aptika-integrasii: 12')}  pranata-komputer-muda:\n`] }]);
    expect(r.list.map((d) => [d.code, d.message, d.hint])).toEqual([
      ['jabatan/perubahan-tidak-ada', 'target perubahan `ikj-aptika-integrasii` bukan indikator jabatan `kabid-aptika`', 'maksud Anda `ikj-aptika-integrasi`?'],
    ]);
    expect(tempat(r.list[0])).toBe(r.di(J, 'ikj-aptika-integrasii: 12', 'ikj-aptika-integrasii'));
  });

  it('a PK Perubahan signed outside its year or before the first PK: located at its date', () => {
    const r = periksa([{ file: J, ganti: ['  pranata-komputer-muda:\n', `${blok('ikj-aptika-layanan: 70').replace('2024-08-15', '2025-01-10')}  pranata-komputer-muda:\n`] }]);
    expect(r.list.map((d) => [d.code, d.message])).toEqual([['jabatan/perubahan-tanggal', 'PK Perubahan jabatan `kabid-aptika` bertanggal 2025-01-10: perubahan perjanjian kinerja tahun 2024 ditandatangani pada tahun itu']]);
    expect(tempat(r.list[0])).toBe(r.di(J, 'tanggal: 2025-01-10', '2025-01-10'));
    const dulu = periksa([{ file: J, ganti: ['  pranata-komputer-muda:\n', `${blok('ikj-aptika-layanan: 70').replace('2024-08-15', '2024-01-05')}  pranata-komputer-muda:\n`] }]);
    expect(dulu.list.map((d) => d.message)).toEqual(['PK Perubahan jabatan `kabid-aptika` bertanggal 2024-01-05: sebelum perjanjian kinerja pertamanya (2024-01-22)']);
  });
});
