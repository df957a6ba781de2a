// `kinerja diff`: which figures changed between two versions of the data, in words and as a
// table — the inputs an author changed, and every computed figure they moved.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { computeTahun } from '../compute/index.ts';
import { Diagnostics } from '../diagnostics/index.ts';
import { loadInstansi } from '../load/index.ts';
import { validate } from '../validate/index.ts';
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

type Snapshot = Map<string, { nama: string; figures: Map<string, Figure> } | { galat: number; nama: string }>;

function snapshot(dataDir: string): Snapshot {
  const out: Snapshot = new Map();
  if (!existsSync(dataDir)) return out;
  for (const id of readdirSync(dataDir).sort()) {
    const folder = join(dataDir, id);
    if (!statSync(folder).isDirectory() || !existsSync(join(folder, 'instansi.yaml'))) continue;
    const diags = new Diagnostics();
    const valid = validate(loadInstansi(folder, diags), diags);
    if (!valid) {
      out.set(`${id}/*`, { galat: diags.errors.length, nama: id });
      continue;
    }
    for (const t of valid.data.tahun) {
      const m = computeTahun(valid.data, t.tahun);
      out.set(`${id}/${t.tahun}`, { nama: m.instansi.nama, figures: new Map(figuresOf(m).map((f) => [f.key, f])) });
    }
  }
  return out;
}

export function diffData(before: string, after: string): DiffBagian[] {
  const a = snapshot(before);
  const b = snapshot(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  const out: DiffBagian[] = [];
  for (const k of keys) {
    const [instansi, tahun] = k.split('/') as [string, string];
    const x = a.get(k);
    const y = b.get(k);
    const nama = (y ?? x)!.nama;
    const bagian: DiffBagian = { instansi, nama, tahun: Number(tahun) || 0, berubah: [], ditambah: [], dihapus: [] };
    if ((x && 'galat' in x) || (y && 'galat' in y)) {
      bagian.galat = y && 'galat' in y ? { sisi: 'sesudah', jumlah: y.galat } : { sisi: 'sebelum', jumlah: (x as { galat: number }).galat };
      out.push(bagian);
      continue;
    }
    const fa = x?.figures ?? new Map<string, Figure>();
    const fb = y?.figures ?? new Map<string, Figure>();
    for (const [key, f] of fb) {
      const old = fa.get(key);
      if (!old) bagian.ditambah.push({ key, label: f.label, jenis: f.jenis, sesudah: f.value });
      else if (old.value !== f.value) bagian.berubah.push({ key, label: f.label, jenis: f.jenis, sebelum: old.value, sesudah: f.value });
    }
    for (const [key, f] of fa) if (!fb.has(key)) bagian.dihapus.push({ key, label: f.label, jenis: f.jenis, sebelum: f.value });
    if (bagian.berubah.length || bagian.ditambah.length || bagian.dihapus.length) out.push(bagian);
  }
  return out;
}

function cell(s: string | undefined): string {
  return (s ?? '–').replace(/\|/g, '\\|');
}

/** Markdown fit for a pull-request comment. */
export function toMarkdown(diff: DiffBagian[], judul: string): string {
  if (!diff.length) return `## ${judul}\n\nTidak ada angka yang berubah.\n`;
  const lines = [`## ${judul}`, ''];
  for (const d of diff) {
    lines.push(`### ${d.nama}${d.tahun ? ` — ${d.tahun}` : ''}`, '');
    if (d.galat) {
      lines.push(`Data ${d.galat.sisi} belum lolos \`kinerja check\` (${d.galat.jumlah} galat); angkanya tidak dapat dibandingkan.`, '');
      continue;
    }
    const masukan = d.berubah.filter((p) => p.jenis === 'masukan');
    const turunan = d.berubah.filter((p) => p.jenis === 'turunan');
    if (masukan.length) {
      lines.push('**Yang diubah penyusun:**', '');
      for (const p of masukan) lines.push(`- ${p.label}: ${p.sebelum} → ${p.sesudah}`);
      lines.push('');
    }
    if (turunan.length) {
      lines.push('**Angka yang ikut berubah karena dihitung:**', '', '| Angka | Sebelum | Sesudah |', '|---|---:|---:|');
      for (const p of turunan) lines.push(`| ${cell(p.label)} | ${cell(p.sebelum)} | ${cell(p.sesudah)} |`);
      lines.push('');
    }
    if (d.ditambah.length > 30 && !d.berubah.length) lines.push(`Data baru: ${d.ditambah.length} angka ditambahkan.`, '');
    else if (d.ditambah.length) lines.push('**Ditambahkan:**', '', ...d.ditambah.map((p) => `- ${p.label}: ${p.sesudah}`), '');
    if (d.dihapus.length) lines.push('**Dihapus:**', '', ...d.dihapus.map((p) => `- ${p.label} (sebelumnya ${p.sebelum})`), '');
  }
  return lines.join('\n');
}
