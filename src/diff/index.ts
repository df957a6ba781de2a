// `kinerja diff`: which figures changed between two versions of the data, in words and as a
// table — the inputs an author changed, and every computed figure they moved.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { computeTahun } from '../compute/index.ts';
import { Diagnostics, KinerjaError } from '../diagnostics/index.ts';
import { loadInstansi } from '../load/index.ts';
import { validate } from '../validate/index.ts';
import { escapeMarkdown, escapeMarkdownCell, visibleControls } from '../escape/markdown.ts';
import { figuresOf, type Figure, type Jenis } from './figures.ts';

export interface Perubahan {
  key: string;
  label: string;
  jenis: Jenis;
  sebelum?: string;
  sesudah?: string;
}

export interface DiffBagian {
  instansi: string;
  nama: string;
  tahun: number;
  berubah: Perubahan[];
  ditambah: Perubahan[];
  dihapus: Perubahan[];
  /** A side whose data does not pass check: its figures cannot be compared. */
  galat?: { sisi: 'sebelum' | 'sesudah'; jumlah: number };
}

/** One instansi on one side: its figures per year, or how many errors kept them from being computed. */
interface Sisi {
  nama: string;
  galat?: number;
  tahun: Map<number, Map<string, Figure>>;
}

type Snapshot = Map<string, Sisi>;

function snapshot(dataDir: string, sisi: 'sebelum' | 'sesudah'): Snapshot {
  const out: Snapshot = new Map();
  if (!existsSync(dataDir)) return out;
  for (const id of readdirSync(dataDir).sort()) {
    const folder = join(dataDir, id);
    // A dangling link in data/ is no instansi folder, not a crash.
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory() || !existsSync(join(folder, 'instansi.yaml'))) continue;
    try {
      out.set(id, sisiOf(folder));
    } catch (e) {
      if (e instanceof KinerjaError) throw e;
      // A checkout's path is a temporary folder, gone by the time one reads this: name the side.
      throw new KinerjaError(`data ${sisi} instansi ${visibleControls(id)} tidak dapat dibaca: ${visibleControls(e instanceof Error ? e.message : String(e))}`, [], { cause: e });
    }
  }
  return out;
}

/** One instansi folder: its figures per year, or how many errors `check` finds. */
function sisiOf(folder: string): Sisi {
  const diags = new Diagnostics();
  const valid = validate(loadInstansi(folder, diags), diags);
  if (!valid) return { nama: basename(folder), galat: diags.errors.length, tahun: new Map() };
  const sisi: Sisi = { nama: valid.data.instansi.nama, tahun: new Map() };
  for (const t of valid.data.tahun) {
    const m = computeTahun(valid.data, t.tahun);
    sisi.nama = m.instansi.nama;
    sisi.tahun.set(t.tahun, new Map(figuresOf(m).map((f) => [f.key, f])));
  }
  return sisi;
}

/** What changed between the figures of one year on each side. */
function compare(fa: Map<string, Figure>, fb: Map<string, Figure>, bagian: DiffBagian): void {
  for (const [key, f] of fb) {
    const old = fa.get(key);
    if (!old) bagian.ditambah.push({ key, label: f.label, jenis: f.jenis, sesudah: f.value });
    else if (old.value !== f.value) bagian.berubah.push({ key, label: f.label, jenis: f.jenis, sebelum: old.value, sesudah: f.value });
  }
  for (const [key, f] of fa) if (!fb.has(key)) bagian.dihapus.push({ key, label: f.label, jenis: f.jenis, sebelum: f.value });
}

export function diffData(before: string, after: string): DiffBagian[] {
  const a = snapshot(before, 'sebelum');
  const b = snapshot(after, 'sesudah');
  const out: DiffBagian[] = [];
  for (const instansi of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(instansi);
    const y = b.get(instansi);
    // A side that fails check has no figures: comparing would list every figure of the other
    // side as removed (or added). One entry per instansi says so instead, the `sesudah` side first.
    const rusak = y?.galat !== undefined ? ({ sisi: 'sesudah', jumlah: y.galat } as const) : x?.galat !== undefined ? ({ sisi: 'sebelum', jumlah: x.galat } as const) : undefined;
    if (rusak) {
      const nama = (y?.galat === undefined ? y?.nama : x?.galat === undefined ? x?.nama : undefined) ?? instansi;
      out.push({ instansi, nama, tahun: 0, berubah: [], ditambah: [], dihapus: [], galat: rusak });
      continue;
    }
    const tahun = [...new Set([...(x?.tahun.keys() ?? []), ...(y?.tahun.keys() ?? [])])].sort((p, q) => p - q);
    for (const t of tahun) {
      const bagian: DiffBagian = { instansi, nama: (y ?? x)!.nama, tahun: t, berubah: [], ditambah: [], dihapus: [] };
      compare(x?.tahun.get(t) ?? new Map(), y?.tahun.get(t) ?? new Map(), bagian);
      if (bagian.berubah.length || bagian.ditambah.length || bagian.dihapus.length) out.push(bagian);
    }
  }
  return out;
}

/** GitHub refuses a comment longer than 65,536 characters: the comment stays well below it. */
export const BATAS_MARKDOWN = 60_000;
/** One text from data is at most this long in the comment (a name, not a document). */
const BATAS_TEKS = 300;

/** Cut to BATAS_TEKS characters (whole code points), with an ellipsis saying so. */
function potong(s: string): string {
  const chars = Array.from(s);
  return chars.length > BATAS_TEKS ? `${chars.slice(0, BATAS_TEKS).join('')}…` : s;
}

/** Text from data for the comment, made inert (src/escape/markdown.ts). */
function teks(s: string): string {
  return escapeMarkdown(potong(s));
}

function sel(s: string | undefined): string {
  return escapeMarkdownCell(s === undefined ? undefined : potong(s));
}

/** A line of the comment; a row is one figure (a list item or a table row), what a cut leaves out. */
interface Baris {
  text: string;
  row?: boolean;
}

function bagianMarkdown(d: DiffBagian): Baris[] {
  const lines: Baris[] = [{ text: `### ${teks(d.nama)}${d.tahun ? ` — ${d.tahun}` : ''}` }, { text: '' }];
  if (d.galat) {
    lines.push({ text: `Data ${d.galat.sisi} belum lolos \`kinerja check\` (${d.galat.jumlah} galat); angkanya tidak dapat dibandingkan.` }, { text: '' });
    return lines;
  }
  const row = (text: string) => lines.push({ text, row: true });
  // What a reviewer must see first: a category that changed, a capaian crossing 100 %, totals.
  const penting = d.berubah.filter(sorot);
  if (penting.length) {
    lines.push({ text: '**Yang paling penting:**' }, { text: '' });
    for (const p of penting) row(`- ${teks(p.label)}: ${teks(p.sebelum ?? '–')} → ${teks(p.sesudah ?? '–')}`);
    lines.push({ text: '' });
  }
  // The rest folded away: the comment stays one screen, every row still there to open.
  const rincian = d.berubah.length + d.ditambah.length + d.dihapus.length;
  const lipat = penting.length > 0 && rincian > 10;
  if (lipat) lines.push({ text: `<details><summary>Rincian: ${rincian} angka</summary>` }, { text: '' });
  const masukan = d.berubah.filter((p) => p.jenis === 'masukan');
  const turunan = d.berubah.filter((p) => p.jenis === 'turunan');
  if (masukan.length) {
    lines.push({ text: '**Yang diubah penyusun:**' }, { text: '' });
    for (const p of masukan) row(`- ${teks(p.label)}: ${teks(p.sebelum ?? '–')} → ${teks(p.sesudah ?? '–')}`);
    lines.push({ text: '' });
  }
  if (turunan.length) {
    lines.push({ text: '**Angka yang ikut berubah karena dihitung:**' }, { text: '' }, { text: '| Angka | Sebelum | Sesudah |' }, { text: '|---|---:|---:|' });
    for (const p of turunan) row(`| ${sel(p.label)} | ${sel(p.sebelum)} | ${sel(p.sesudah)} |`);
    lines.push({ text: '' });
  }
  if (d.ditambah.length > 30 && !d.berubah.length) lines.push({ text: `Data baru: ${d.ditambah.length} angka ditambahkan.` }, { text: '' });
  else if (d.ditambah.length) {
    lines.push({ text: '**Ditambahkan:**' }, { text: '' });
    for (const p of d.ditambah) row(`- ${teks(p.label)}: ${teks(p.sesudah ?? '–')}`);
    lines.push({ text: '' });
  }
  if (d.dihapus.length) {
    lines.push({ text: '**Dihapus:**' }, { text: '' });
    for (const p of d.dihapus) row(`- ${teks(p.label)} (sebelumnya ${teks(p.sebelum ?? '–')})`);
    lines.push({ text: '' });
  }
  if (lipat) lines.push({ text: '</details>' }, { text: '' });
  return lines;
}

/** "110,00 %" → 110; undefined for what is not a percentage. */
function persen(s: string | undefined): number | undefined {
  const m = /^(-?[\d.]+(?:,\d+)?) %$/.exec(s ?? '');
  return m ? Number(m[1]!.replace(/\./g, '').replace(',', '.')) : undefined;
}

/** A change a reviewer must not miss: a kategori, a capaian crossing 100 %, a total of the agency. */
export function sorot(p: Perubahan): boolean {
  if (p.key.endsWith('/kategori')) return true;
  if (p.key.startsWith('anggaran/') || p.key.startsWith('rata-rata/')) return true;
  if (!p.key.endsWith('/capaian')) return false;
  const [a, b] = [persen(p.sebelum), persen(p.sesudah)];
  return a !== undefined && b !== undefined && a >= 100 !== b >= 100;
}

/** The lines that fit in `batas` characters, and a closing line with how many rows were left out. */
function pangkas(lines: Baris[], batas: number): string {
  const penutup = (n: number) => `_… dan ${n} baris lagi tidak ditampilkan: komentar GitHub dibatasi panjangnya; daftar lengkapnya dengan \`kinerja diff --format json\`._`;
  const full = lines.map((l) => l.text).join('\n');
  if (full.length <= batas) return full;
  const room = batas - penutup(Number.MAX_SAFE_INTEGER).length - 2;
  const kept: string[] = [];
  let used = 0;
  let i = 0;
  for (; i < lines.length && used + lines[i]!.text.length + 1 <= room; i++) {
    kept.push(lines[i]!.text);
    used += lines[i]!.text.length + 1;
  }
  const left = lines.slice(i).filter((l) => l.row).length;
  // A blank line first: the closing line must not become a row of a table left open.
  return [...kept, '', penutup(left)].join('\n');
}

/**
 * Markdown fit for a pull-request comment, from revision `dari` to `ke` (the working tree when
 * undefined): every text from data inert, the revision names too, at most `batas` characters.
 */
export function toMarkdown(diff: DiffBagian[], dari: string, ke: string | undefined, batas = BATAS_MARKDOWN): string {
  const judul = `## Perubahan angka: ${teks(dari)} → ${ke === undefined ? 'berkas kerja' : teks(ke)}`;
  if (!diff.length) return `${judul}\n\nTidak ada angka yang berubah.\n`;
  return pangkas([{ text: judul }, { text: '' }, ...diff.flatMap(bagianMarkdown)], batas);
}
