// Stage 1, load: an instansi folder → parsed YAML files with positions, and narrative Markdown.
import { ROOT } from '../util/root.ts';
import { lstatSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostics } from '../diagnostics/index.ts';
import { systemDiagnostic } from '../diagnostics/system-error.ts';
import { HIDDEN, sayHidden } from './hidden-chars.ts';
import { checkNarasiDepth } from './narasi-depth.ts';
import { readText, realInside } from './read-text.ts';
import { parseYaml, type YamlFile } from './yaml-file.ts';

export type { YamlFile, PathSegment } from './yaml-file.ts';
export { locate, sourceText } from './yaml-file.ts';

export const INSTANSI_FILES = ['instansi', 'renstra', 'skala'] as const;
export const TAHUN_FILES = ['dokumen', 'pk', 'realisasi', 'anggaran', 'belanja', 'evaluasi', 'koreksi', 'survei', 'jabatan'] as const;
export type Role = (typeof INSTANSI_FILES)[number] | (typeof TAHUN_FILES)[number];

export interface LoadedFile {
  role: Role;
  tahun?: number;
  yaml: YamlFile;
}

export interface NarasiFile {
  file: string;
  text: string;
}

/** Files of which a folder holds any number: `kerangka/<dokumen>.yaml`, `tabel/<id>.yaml`. */
export const BERKAS_GANDA = ['kerangka', 'tabel'] as const;
export type Ganda = (typeof BERKAS_GANDA)[number];
/** Per kind, per scope ('' the agency's folder, '2024' a year's), per name: the parsed file. */
export type LoadedGanda = Record<Ganda, Record<string, Record<string, YamlFile>>>;

export interface LoadedInstansi {
  folder: string;
  files: LoadedFile[];
  narasi: Record<number, Record<string, NarasiFile>>;
  /** Outlines and own tables, agency-wide and per year. */
  ganda: LoadedGanda;
  /** The scales every agency starts from (`src/model/skala-bawaan.yaml`). */
  skalaBawaan: YamlFile;
}

const REQUIRED: Role[] = ['instansi', 'renstra'];

export function display(abs: string): string {
  return relative(process.cwd(), abs) || abs;
}

/** Reads a YAML file that must stay inside `root` (no symlink may lead out of the data folder). */
function loadYaml(abs: string, root: string, diags: Diagnostics): YamlFile | undefined {
  const file = display(abs);
  const real = realInside(abs, relative(root, abs), root, diags, display);
  if (real === undefined) return undefined;
  const text = readText(real, file, diags, relative(root, abs));
  return text === undefined ? undefined : parseYaml(text, file, diags);
}

/** The sorted names in a folder; a folder that cannot be read is a located error, not a crash. */
function entries(dir: string, root: string, diags: Diagnostics): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (e) {
    diags.add(systemDiagnostic(e, 'membaca folder', relative(root, dir) || display(dir), { file: display(dir), line: 1, col: 1 }));
    return [];
  }
}

/**
 * What is at `abs`, following symlinks: 'tidak-ada' when nothing is there, undefined when it could
 * not be told (the reason is reported: a symlink to nothing, a loop, no permission).
 */
function kindAt(abs: string, root: string, diags: Diagnostics): 'folder' | 'berkas' | 'lain' | 'tidak-ada' | undefined {
  const shown = relative(root, abs) || display(abs);
  const at = { file: display(abs), line: 1, col: 1 };
  try {
    const st = statSync(abs, { throwIfNoEntry: false });
    if (st) return st.isDirectory() ? 'folder' : st.isFile() ? 'berkas' : 'lain';
    if (!lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) return 'tidak-ada';
    diags.error('berkas/tautan-putus', `${shown} adalah tautan simbolik ke folder atau berkas yang tidak ada`, at,
      `tujuannya ${readlinkSync(abs)}: hapus tautan itu, atau buat tujuannya`);
  } catch (e) {
    diags.add(systemDiagnostic(e, 'memeriksa', shown, at));
  }
  return undefined;
}

/** A name holding a control or bidi character is refused before anything prints it raw. */
function badName(dir: string, entry: string, diags: Diagnostics): boolean {
  const m = entry.match(HIDDEN);
  if (!m) return false;
  const said = sayHidden(m[0].codePointAt(0)!);
  if (said.severity !== 'galat') return false;
  const shown = entry.replace(HIDDEN, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
  diags.error(said.code, `nama berkas "${shown}" memuat ${said.name}`, { file: display(join(dir, shown)), line: 1, col: 1 },
    'ganti nama berkas itu dengan huruf, angka dan tanda hubung saja');
  return true;
}

export function loadSkalaBawaan(diags: Diagnostics): YamlFile {
  const abs = join(ROOT, 'src', 'model', 'skala-bawaan.yaml');
  const y = parseYaml(readText(abs, display(abs), diags) ?? '', display(abs), diags);
  if (!y) throw new Error('skala bawaan rusak');
  return y;
}

export function loadInstansi(folder: string, diags: Diagnostics): LoadedInstansi {
  const files: LoadedFile[] = [];
  const narasi: LoadedInstansi['narasi'] = {};
  const ganda: LoadedGanda = { kerangka: {}, tabel: {} };
  const done = () => ({ folder, files, narasi, ganda, skalaBawaan: loadSkalaBawaan(diags) });
  const kind = kindAt(folder, folder, diags);
  if (kind === undefined) return done();
  if (kind !== 'folder') {
    diags.error('berkas/folder', kind === 'tidak-ada' ? `folder ${display(folder)} tidak ada` : `${display(folder)} bukan folder`,
      { file: display(folder), line: 1, col: 1 }, 'tulis folder instansi yang berisi instansi.yaml, misalnya data/setda-paser');
    return done();
  }
  for (const role of INSTANSI_FILES) {
    const abs = join(folder, `${role}.yaml`);
    let present: boolean;
    try {
      present = lstatSync(abs, { throwIfNoEntry: false }) !== undefined;
    } catch (e) {
      diags.add(systemDiagnostic(e, 'memeriksa', `${role}.yaml`, { file: display(abs), line: 1, col: 1 }));
      continue;
    }
    if (!present) {
      if (REQUIRED.includes(role))
        diags.error('berkas/wajib', `berkas ${role}.yaml tidak ada`, { file: display(abs), line: 1, col: 1 },
          `buat ${display(abs)}; contoh lengkap ada di data/setda-paser/${role}.yaml`);
      continue;
    }
    const yaml = loadYaml(abs, folder, diags);
    if (yaml) files.push({ role, yaml });
  }
  for (const g of BERKAS_GANDA) ganda[g][''] = loadGanda(join(folder, g), folder, diags);
  for (const entry of entries(folder, folder, diags)) {
    if (badName(folder, entry, diags)) continue;
    const abs = join(folder, entry);
    if (/^\d{4}$/.test(entry)) {
      const k = kindAt(abs, folder, diags);
      if (k === 'folder') {
        const tahun = Number(entry);
        loadTahun(abs, tahun, folder, files, diags);
        narasi[tahun] = loadNarasi(join(abs, 'narasi'), folder, diags);
        for (const g of BERKAS_GANDA) ganda[g][entry] = loadGanda(join(abs, g), folder, diags);
      } else if (k !== undefined)
        diags.error('berkas/bukan-folder', `${entry} bukan folder, padahal nama ${entry} dipakai untuk folder data tahun ${entry}`, { file: display(abs), line: 1, col: 1 },
          `ganti nama berkas itu, atau jadikan ${entry} folder yang berisi dokumen.yaml, pk.yaml, realisasi.yaml, …`);
    } else if (entry.endsWith('.yaml') && !INSTANSI_FILES.includes(entry.slice(0, -5) as never)) {
      diags.warn('berkas/tak-dikenal', `berkas ${entry} tidak dikenal dan tidak dibaca`, { file: display(abs), line: 1, col: 1 },
        `nama berkas yang dikenal: ${INSTANSI_FILES.map((r) => r + '.yaml').join(', ')}, dan folder tahun (mis. 2024/)`);
    }
  }
  return done();
}

function loadTahun(dir: string, tahun: number, root: string, files: LoadedFile[], diags: Diagnostics): void {
  for (const entry of entries(dir, root, diags)) {
    if (badName(dir, entry, diags) || !entry.endsWith('.yaml')) continue;
    const role = entry.slice(0, -5) as Role;
    const abs = join(dir, entry);
    if (!TAHUN_FILES.includes(role as never)) {
      diags.warn('berkas/tak-dikenal', `berkas ${entry} tidak dikenal dan tidak dibaca`, { file: display(abs), line: 1, col: 1 },
        `nama berkas tahunan yang dikenal: ${TAHUN_FILES.map((r) => r + '.yaml').join(', ')}`);
      continue;
    }
    const yaml = loadYaml(abs, root, diags);
    if (yaml) files.push({ role, tahun, yaml });
  }
}

/** Every `*.yaml` of a `kerangka/` or `tabel/` folder, by name; an absent folder is none. */
function loadGanda(dir: string, root: string, diags: Diagnostics): Record<string, YamlFile> {
  const out: Record<string, YamlFile> = {};
  const kind = kindAt(dir, root, diags);
  if (kind === 'tidak-ada' || kind === undefined) return out;
  if (kind !== 'folder') {
    diags.error('berkas/bukan-folder', `${relative(root, dir)} bukan folder, padahal nama itu dipakai untuk folder berisi berkas .yaml`, { file: display(dir), line: 1, col: 1 },
      'ganti nama berkas itu, lalu buat folder dengan nama tersebut');
    return out;
  }
  for (const entry of entries(dir, root, diags)) {
    if (badName(dir, entry, diags)) continue;
    const abs = join(dir, entry);
    if (!entry.endsWith('.yaml')) {
      diags.warn('berkas/tak-dikenal', `berkas ${entry} tidak dibaca: folder ${relative(root, dir)} hanya memuat berkas .yaml`, { file: display(abs), line: 1, col: 1 },
        `ganti nama menjadi ${entry.replace(/\.[^.]*$/, '')}.yaml bila berkas itu YAML, atau pindahkan ke luar folder ini`);
      continue;
    }
    const yaml = loadYaml(abs, root, diags);
    if (yaml) out[entry.slice(0, -5)] = yaml;
  }
  return out;
}

function loadNarasi(dir: string, root: string, diags: Diagnostics): Record<string, NarasiFile> {
  const out: Record<string, NarasiFile> = {};
  const kind = kindAt(dir, root, diags);
  if (kind === 'tidak-ada' || kind === undefined) return out;
  if (kind !== 'folder') {
    diags.error('berkas/bukan-folder', `${relative(root, dir)} bukan folder, padahal narasi ditulis di folder narasi/ berisi berkas .md`, { file: display(dir), line: 1, col: 1 },
      'ganti nama berkas itu, lalu buat folder narasi/ dan simpan setiap bab sebagai berkas .md di dalamnya');
    return out;
  }
  for (const entry of entries(dir, root, diags)) {
    if (badName(dir, entry, diags)) continue;
    const abs = join(dir, entry);
    const file = display(abs);
    if (!entry.endsWith('.md')) {
      diags.warn('narasi/bukan-md', `berkas ${entry} di folder narasi tidak dicetak: narasi ditulis sebagai berkas Markdown .md`, { file, line: 1, col: 1 },
        `ganti nama menjadi ${entry.replace(/\.[^.]*$/, '')}.md bila isinya narasi, atau pindahkan ke luar folder narasi/`);
      continue;
    }
    const real = realInside(abs, relative(root, abs), root, diags, display);
    if (real === undefined) continue;
    const text = readText(real, file, diags, relative(root, abs));
    if (text === undefined) continue;
    checkNarasiDepth(text, file, diags);
    out[entry.slice(0, -3)] = { file, text };
  }
  return out;
}
