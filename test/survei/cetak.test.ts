// The example agency's survey printed twice — as its own report (`kinerja build survei`) and in its
// LKIP — and read back: each unit's IKM konversi, and the agency's, equal an independent
// computation from the answer files (CSV split by hand, the XLSX unzipped by hand, the tabulation
// read from the YAML), in BigInt, rounded half-up once.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf, type PdfReadBack } from '../pdf-text.ts';

const DIR = 'data/diskominfo-contoh/2024';
const out = mkdtempSync(join(tmpdir(), 'kinerja-survei-cetak-'));
const pdf: Record<string, PdfReadBack> = {};
let log = '';

beforeAll(async () => {
  const io = { log: (s: string) => void (log += `${s}\n`), err: (s: string) => void (log += `${s}\n`) };
  for (const doc of ['survei', 'lkjip']) {
    expect(await main(['build', doc, 'data/diskominfo-contoh', '--out', out], io), log).toBe(0);
    pdf[doc] = await readPdf(readFileSync(join(out, 'diskominfo-contoh', `${doc}-2024.pdf`)));
  }
}, 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const squash = (s: string) => s.replace(/\s+/g, '');
const UNSUR = ['U1 Persyaratan', 'U2 Prosedur', 'U3 Waktu Penyelesaian', 'U4 Biaya/Tarif', 'U5 Produk Layanan', 'U6 Kompetensi Petugas', 'U7 Perilaku Petugas', 'U8 Penanganan Pengaduan', 'U9 Sarana dan Prasarana'];

/** Rows of answers (nine numbers each) from a table whose first row is the header. */
function jawaban(rows: string[][]): number[][] {
  const [head, ...body] = rows;
  const idx = UNSUR.map((u) => head!.indexOf(u));
  expect(idx.every((i) => i >= 0)).toBe(true);
  return body.filter((r) => r.some((c) => c.trim())).map((r) => idx.map((i) => Number(r[i])));
}

function dariCsv(file: string, sep: string): number[][] {
  const text = readFileSync(join(DIR, file), 'utf8').replace(/^\uFEFF/, '');
  return jawaban(text.split(/\r?\n/).filter(Boolean).map((l) => l.split(sep)));
}

/** The first sheet of an XLSX, by walking its local file headers (not its central directory). */
function dariXlsx(file: string): number[][] {
  const b = readFileSync(join(DIR, file));
  const parts: Record<string, string> = {};
  for (let p = 0; b.readUInt32LE(p) === 0x04034b50; ) {
    const size = b.readUInt32LE(p + 18);
    const nameLen = b.readUInt16LE(p + 26);
    const start = p + 30 + nameLen + b.readUInt16LE(p + 28);
    const data = b.subarray(start, start + size);
    parts[b.toString('utf8', p + 30, p + 30 + nameLen)] = (b.readUInt16LE(p + 8) === 8 ? inflateRawSync(data) : data).toString('utf8');
    p = start + size;
  }
  const shared = [...parts['xl/sharedStrings.xml']!.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  return jawaban(
    [...parts['xl/worksheets/sheet1.xml']!.matchAll(/<row[^>]*>(.*?)<\/row>/g)].map((row) => {
      const cells: string[] = [];
      for (const c of row[1]!.matchAll(/<c r="([A-Z]+)\d+"( t="s")?><v>([^<]*)<\/v><\/c>/g)) {
        const col = [...c[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        cells[col] = c[2] ? shared[Number(c[3])]! : c[3]!;
      }
      return Array.from(cells, (x) => x ?? '');
    }),
  );
}

/** Σ of all answers and the respondents: with every unsur answered, IKM konversi = Σ × 25 / (9 × n). */
type Total = { sum: bigint; n: bigint };
const total = (rows: number[][]): Total => ({ sum: BigInt(rows.flat().reduce((a, b) => a + b, 0)), n: BigInt(rows.length) });
function konversi(t: Total): string {
  const num = t.sum * 2500n;
  const den = 9n * t.n;
  const r = (2n * num + den) / (2n * den); // half-up, hundredths
  return `${r / 100n},${String(r % 100n).padStart(2, '0')}`;
}

const survei = parse(readFileSync(join(DIR, 'survei.yaml'), 'utf8'));
const tabulasi = survei.unit.find((u: { id: string }) => u.id === 'peliputan').jumlah.unsur as Record<string, Record<string, number>>;
const unit: [string, Total][] = [
  ['Layanan Informasi Publik (PPID Utama)', total(dariCsv('survei/ppid.csv', ','))],
  ['Layanan Sertifikat Elektronik', total(dariCsv('survei/sertifikat-elektronik.csv', ';'))],
  ['Layanan Jaringan Intra dan Helpdesk', total(dariXlsx('survei/jaringan.xlsx'))],
  [
    'Layanan Peliputan dan Publikasi Kegiatan',
    {
      sum: BigInt(Object.values(tabulasi).reduce((a, t) => a + Object.entries(t).reduce((s, [v, n]) => s + Number(v) * n, 0), 0)),
      n: BigInt(Object.values(tabulasi.u1!).reduce((a, b) => a + b, 0)),
    },
  ],
];
const instansi = konversi({ sum: unit.reduce((a, [, t]) => a + t.sum, 0n), n: unit.reduce((a, [, t]) => a + t.n, 0n) });

describe('the survey read back from the printed PDFs', () => {
  it('the example has 25+ respondents in each of four units, one XLSX and one tabulation', () => {
    expect(unit.map(([, t]) => Number(t.n))).toEqual([32, 28, 27, 30]);
  });

  for (const doc of ['survei', 'lkjip'])
    it(`${doc}: each unit's answers table ends with the independently computed IKM konversi`, () => {
      const text = squash(pdf[doc]!.pages.join('\n'));
      let from = 0;
      for (const [nama, t] of unit) {
        const caption = text.indexOf(squash(`Jawaban Responden Survei Kepuasan Masyarakat 2024: ${nama}`), from);
        expect(caption, nama).toBeGreaterThan(0);
        const ikm = text.indexOf(squash(`IKM konversi (× 25) ${konversi(t)}`), caption);
        expect(ikm, `${nama}: ${konversi(t)}`).toBeGreaterThan(caption);
        from = ikm;
      }
    });

  for (const doc of ['survei', 'lkjip'])
    it(`${doc}: the summary table's agency row is the pooled index of all respondents`, () => {
      const text = squash(pdf[doc]!.pages.join('\n'));
      expect(text).toContain(squash(`Instansi (semua responden) 117 100`));
      expect(text).toContain(squash(`${instansi} B Baik`));
      for (const [, t] of unit) expect(text).toContain(konversi(t));
    });

  it('the report has its chapters, signed, and the LKIP its new section in Bab 4', () => {
    const titles = pdf.survei!.bookmarks.map((b) => b.title);
    expect(titles).toEqual(expect.arrayContaining(['BAB I PENDAHULUAN', 'BAB II METODE SURVEI', 'BAB III HASIL SURVEI', 'BAB IV ANALISIS PER UNSUR', 'BAB V RENCANA TINDAK LANJUT']));
    expect(squash(pdf.survei!.pages[0]!)).toContain(squash('LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT'));
    expect(squash(pdf.survei!.pages.join('\n'))).toContain(squash('Muara Ulin, 29 November 2024'));
    expect(pdf.lkjip!.bookmarks.map((b) => b.title)).toContain('D. Survei Kepuasan Masyarakat');
    expect(log).not.toMatch(/peringatan|galat/i);
  });
});
