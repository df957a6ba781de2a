// A CSV as form tools and Excel export it: decoded (teks.ts), its separator told from its first
// lines, split by csv-parse (fields quoted with `"`, a quote inside an unquoted field kept as it
// is, rows of any length). Every field keeps the line and character column it starts at.
import { CsvError, parse } from 'csv-parse/sync';
import { dekode, type Pengodean, type Teks } from './teks.ts';
import { GalatLembar, type Lembar, type Nilai } from './lembar.ts';

const PEMISAH = [',', ';', '\t'] as const;

/**
 * The separator, of `,`, `;` and tab: the one that the first lines hold the same number of times
 * on the most lines (outside quotes). Excel pads every row to the sheet's width, so the separator
 * repeats evenly; the decimal commas of a `;` file, a title above the header, or a row written
 * with another separator, do not. A tie goes to the one the first line holding any has most of.
 */
export function pemisahDari(teks: string): string {
  const baris: Map<string, number>[] = [];
  let kini = new Map<string, number>();
  let kutip = false;
  for (let i = 0; i < teks.length && baris.length < 30; i++) {
    const c = teks[i]!;
    if (c === '"') kutip = !kutip;
    else if (!kutip && c === '\n') (baris.push(kini), (kini = new Map()));
    else if (!kutip && (PEMISAH as readonly string[]).includes(c)) kini.set(c, (kini.get(c) ?? 0) + 1);
  }
  baris.push(kini);
  const pertama = baris.find((b) => b.size > 0);
  if (!pertama) return ',';
  const skor = (p: string) => {
    const kali = new Map<number, number>();
    for (const b of baris) if (b.get(p)) kali.set(b.get(p)!, (kali.get(b.get(p)!) ?? 0) + 1);
    return Math.max(0, ...kali.values());
  };
  return [...PEMISAH].sort((a, b) => skor(b) - skor(a) || (pertama.get(b) ?? 0) - (pertama.get(a) ?? 0))[0]!;
}

/** Line and UTF-16 column of a byte offset of `buf` (the UTF-8 bytes csv-parse counts in). */
function penanda(buf: Buffer): (offset: number) => { line: number; col: number } {
  const awal = [0];
  for (let i = 0; i < buf.length; i++)
    if (buf[i] === 0x0a || (buf[i] === 0x0d && buf[i + 1] !== 0x0a)) awal.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = awal.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (awal[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: buf.toString('utf8', awal[lo]!, offset).length + 1 };
  };
}

/** Rows of a decoded CSV, each field placed; an unclosed quote is a `GalatLembar('kutip')` at the quote. */
export function uraiCsv(t: Teks, berkas: string): Lembar {
  const pemisah = pemisahDari(t.teks);
  const buf = Buffer.from(t.teks, 'utf8');
  const letakDari = penanda(buf);
  // Where each field starts, in bytes: the first where its record does, each other one past the
  // separator after the field before it (csv-parse tells where a field ends).
  const mulai: number[][] = [];
  let kini: number[] = [];
  let awalRekam = 0;
  let akhirSebelum = 0;
  let records: string[][];
  try {
    records = parse(buf, {
      delimiter: pemisah,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      cast: (v: string, ctx) => {
        kini.push(ctx.index === 0 ? awalRekam : akhirSebelum + 1);
        akhirSebelum = ctx.bytes;
        return v;
      },
      on_record: (r: string[], info) => {
        mulai.push(kini);
        kini = [];
        awalRekam = info.bytes;
        return r;
      },
    }) as string[][];
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const index = (e as CsvError & { index?: number }).index ?? 0;
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      const at = letakDari(index === 0 ? awalRekam : akhirSebelum + 1);
      throw new GalatLembar('kutip', `tanda kutip yang dibuka di baris ${at.line} tidak pernah ditutup`, at.line, at.col);
    }
    const line = (e as CsvError & { lines?: number }).lines ?? 1;
    throw new GalatLembar('csv', `CSV tidak dapat dibaca: ${e.message}`, line, 1);
  }
  const rows: Nilai[][] = records.map((r) => r.map((v) => (v.trim() === '' ? null : v)));
  const letak = (r: number, c: number) => {
    const m = mulai[r - 1];
    if (!m) return { line: r, col: 1 };
    return letakDari(m[c - 1] ?? m[m.length - 1]!);
  };
  return {
    berkas,
    nama: undefined,
    jenis: 'csv',
    enkode: t.pengodean,
    pemisah,
    rows,
    rentangTurun: () => 1,
    letak,
    tempat: (r, c) => ({ file: berkas, line: letak(r, 1).line, col: c }),
  };
}

/** A CSV file's bytes as one sheet. */
export function bacaCsv(bytes: Uint8Array, berkas: string, pengodean?: Pengodean): Lembar {
  return uraiCsv(dekode(bytes, pengodean), berkas);
}
