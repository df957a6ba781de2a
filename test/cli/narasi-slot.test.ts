// Narrative files are never dropped: every `narasi/*.md` is a slot of a document the instansi
// builds that year, and a missing file is a warning only where a heading would stand bare.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function run(args: string[]) {
  const log: string[] = [];
  const err: string[] = [];
  const code = await main(args, { log: (s) => log.push(s), err: (s) => err.push(s) });
  return { code, log: log.join('\n'), err: err.join('\n') };
}

/** A copy of the minimal fixture, changed by `edit`; removed afterwards. */
async function withFixture(edit: (dir: string) => void, body: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-narasi-'));
  try {
    cpSync('test/fixtures/minimal', dir, { recursive: true });
    edit(dir);
    await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const narasi = (dir: string, name: string) => join(dir, '2024', 'narasi', name);
/** A path as check shows it: relative to the working folder. */
const shown = (path: string) => relative(process.cwd(), path);

describe('narrative files and their slots', () => {
  it('a misnamed file is an error at the file, with the nearest slot name', () =>
    withFixture((d) => writeFileSync(narasi(d, 'bab1-maksut.md'), 'Maksud laporan.\n'), async (dir) => {
      const r = await run(['check', dir]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`${shown(narasi(dir, 'bab1-maksut.md'))}:1:1  berkas narasi \`bab1-maksut.md\` tidak dipakai LKjIP tahun 2024, jadi tidak dicetak\n    maksud Anda \`bab1-maksud.md\`?`);
    }));

  it('a per-sasaran file for a sasaran that does not exist is an error, naming the existing one', () =>
    withFixture((d) => writeFileSync(narasi(d, 'bab3-analisis-sasaran-sato.md'), 'Analisis.\n'), async (dir) => {
      const r = await run(['check', dir]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`${shown(narasi(dir, 'bab3-analisis-sasaran-sato.md'))}:1:1  berkas narasi \`bab3-analisis-sasaran-sato.md\` untuk sasaran \`sato\`, tetapi sasaran itu tidak ada di renstra.yaml, jadi berkas ini tidak dicetak\n    maksud Anda \`bab3-analisis-sasaran-satu.md\`?`);
    }));

  it('the per-sasaran file of an existing sasaran passes', () =>
    withFixture((d) => writeFileSync(narasi(d, 'bab3-analisis-sasaran-satu.md'), 'Analisis sasaran satu.\n'), async (dir) => {
      const r = await run(['check', dir]);
      expect(r.code).toBe(0);
      expect(r.log).toContain('bersih (0 peringatan)');
    }));

  it('an RKT file in a year that builds only the LKjIP is an error that says how to build it', () =>
    withFixture((d) => writeFileSync(narasi(d, 'rkt-penutup.md'), 'Penutup.\n'), async (dir) => {
      const r = await run(['check', dir]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('berkas narasi `rkt-penutup.md` adalah bagian RKT, tetapi 2024/dokumen.yaml tidak memuat `rkt`, jadi berkas ini tidak dicetak');
      expect(r.err).toContain('tulis pengaturan `rkt:` di 2024/dokumen.yaml bila RKT 2024 dibuat, atau hapus berkas ini');
    }));

  it('a missing file under a heading that would stand bare is a warning; a genuinely optional one is quiet', () =>
    withFixture((d) => ['bab1-maksud.md', 'bab4-saran.md'].forEach((f) => unlinkSync(narasi(d, f))), async (dir) => {
      const r = await run(['check', dir]);
      expect(r.code).toBe(0);
      expect(r.err).toContain(`${shown(narasi(dir, 'bab1-maksud.md'))}:1:1  peringatan: berkas narasi \`bab1-maksud.md\` belum ada: LKjIP 2024 mencetak judul "A.1 Maksud Laporan" tanpa isi`);
      expect(r.err).toContain('tulis isinya di 2024/narasi/bab1-maksud.md (BAB I PENDAHULUAN › A. Maksud dan Tujuan Laporan › A.1 Maksud Laporan), atau hapus bagian itu dari kerangka (templates/kerangka/lkjip.yaml)');
      expect(r.err).toContain('`bab4-saran.md` belum ada');
      expect(r.log).toContain('bersih (2 peringatan)');
      // bab3-akip, bab2-iku, … are absent from the fixture too: a table follows, or no heading of their own.
      expect(r.err).not.toContain('bab3-akip');
      expect(r.err).not.toContain('bab2-iku');
    }));

  it('a heading the data fills (permasalahan in the Renstra) needs no file', () =>
    withFixture(
      (d) => {
        unlinkSync(narasi(d, 'bab1-permasalahan.md'));
        writeFileSync(join(d, 'renstra.yaml'), readFileSync(join(d, 'renstra.yaml'), 'utf8') + 'permasalahan:\n  - pokok: Layanan lambat\n    akar: Prosedur panjang\n');
      },
      async (dir) => {
        const r = await run(['check', dir]);
        expect(r.err).not.toContain('bab1-permasalahan');
        expect(r.code).toBe(0);
      },
    ));

  it('a Markdown table without a `Tabel:` line is a warning at the table', () =>
    withFixture((d) => writeFileSync(narasi(d, 'bab1-sistematika.md'), 'Isi laporan.\n\n| Bab | Isi |\n|---|---|\n| I | Pendahuluan |\n'), async (dir) => {
      const r = await run(['check', dir]);
      expect(r.code).toBe(0);
      expect(r.err).toContain(`${shown(narasi(dir, 'bab1-sistematika.md'))}:3:1  peringatan: tabel di narasi tanpa judul: dicetak tanpa keterangan isi, juga di Daftar Tabel`);
      expect(r.err).toContain('tulis satu baris `Tabel: <judul tabel>` tepat di atas tabel');
    }));

  it('a `Tabel:` line no table follows is a warning at that line; one with its table is not', () =>
    withFixture((d) => writeFileSync(narasi(d, 'bab1-sistematika.md'), 'Isi laporan.\n\nTabel: Jumlah Pegawai\n\nSebagian teks.\n\nTabel: Bab dan Isinya\n\n| Bab | Isi |\n|---|---|\n| I | Pendahuluan |\n'), async (dir) => {
      const r = await run(['check', dir]);
      expect(r.code).toBe(0);
      expect(r.err).toContain(`${shown(narasi(dir, 'bab1-sistematika.md'))}:3:1  peringatan: baris "Tabel: Jumlah Pegawai" tidak diikuti tabel, jadi dicetak sebagai teks biasa`);
      expect(r.err).not.toContain('Bab dan Isinya" tidak diikuti');
      expect(r.err).not.toContain('tanpa judul');
    }));

});
