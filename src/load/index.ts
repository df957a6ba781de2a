// Stage 1, load: an instansi folder → parsed YAML files with positions, and narrative Markdown.
import { ROOT } from '../util/root.ts';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostics } from '../diagnostics/index.ts';
import { readText } from './read-text.ts';
import { parseYaml, type YamlFile } from './yaml-file.ts';

export type { YamlFile, PathSegment } from './yaml-file.ts';
export { locate, sourceText } from './yaml-file.ts';

export const INSTANSI_FILES = ['instansi', 'renstra', 'skala'] as const;
export const TAHUN_FILES = ['dokumen', 'pk', 'realisasi', 'anggaran', 'belanja', 'evaluasi', 'koreksi'] as const;
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

export interface LoadedInstansi {
  folder: string;
  files: LoadedFile[];
  narasi: Record<number, Record<string, NarasiFile>>;
  /** The scales every agency starts from (`src/model/skala-bawaan.yaml`). */
  skalaBawaan: YamlFile;
}

const REQUIRED: Role[] = ['instansi', 'renstra'];

export function display(abs: string): string {
  return relative(process.cwd(), abs) || abs;
}

/** Reads a file that must stay inside `root` (no symlink may lead out of the data folder). */
function loadYaml(abs: string, root: string, diags: Diagnostics): YamlFile | undefined {
  const file = display(abs);
  const real = realpathSync(abs);
  if (real !== abs && !real.startsWith(realpathSync(root) + sep)) {
    diags.error('berkas/di-luar-folder', `berkas menunjuk ke luar folder data (${display(real)})`, { file, line: 1, col: 1 },
      'salin berkasnya ke dalam folder instansi, jangan memakai tautan simbolik');
    return undefined;
  }
  const text = readText(abs, file, diags);
  return text === undefined ? undefined : parseYaml(text, file, diags);
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
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    diags.error('berkas/folder', `folder ${display(folder)} tidak ada`, { file: display(folder), line: 1, col: 1 },
      'tulis folder instansi yang berisi instansi.yaml, misalnya data/setda-paser');
    return { folder, files, narasi, skalaBawaan: loadSkalaBawaan(diags) };
  }
  for (const role of INSTANSI_FILES) {
    const abs = join(folder, `${role}.yaml`);
    if (!existsSync(abs)) {
      if (REQUIRED.includes(role))
        diags.error('berkas/wajib', `berkas ${role}.yaml tidak ada`, { file: display(abs), line: 1, col: 1 },
          `buat ${display(abs)}; contoh lengkap ada di data/setda-paser/${role}.yaml`);
      continue;
    }
    const yaml = loadYaml(abs, folder, diags);
    if (yaml) files.push({ role, yaml });
  }
  for (const entry of readdirSync(folder).sort()) {
    const abs = join(folder, entry);
    if (/^\d{4}$/.test(entry) && statSync(abs).isDirectory()) {
      const tahun = Number(entry);
      loadTahun(abs, tahun, folder, files, diags);
      narasi[tahun] = loadNarasi(join(abs, 'narasi'), folder, diags);
    } else if (entry.endsWith('.yaml') && !INSTANSI_FILES.includes(entry.slice(0, -5) as never)) {
      diags.warn('berkas/tak-dikenal', `berkas ${entry} tidak dikenal dan tidak dibaca`, { file: display(abs), line: 1, col: 1 },
        `nama berkas yang dikenal: ${INSTANSI_FILES.map((r) => r + '.yaml').join(', ')}, dan folder tahun (mis. 2024/)`);
    }
  }
  return { folder, files, narasi, skalaBawaan: loadSkalaBawaan(diags) };
}

function loadTahun(dir: string, tahun: number, root: string, files: LoadedFile[], diags: Diagnostics): void {
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith('.yaml')) continue;
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

function loadNarasi(dir: string, root: string, diags: Diagnostics): Record<string, NarasiFile> {
  const out: Record<string, NarasiFile> = {};
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith('.md')) continue;
    const abs = join(dir, entry);
    const real = realpathSync(abs);
    if (real !== abs && !real.startsWith(realpathSync(root) + sep)) {
      diags.error('berkas/di-luar-folder', `berkas menunjuk ke luar folder data (${display(real)})`,
        { file: display(abs), line: 1, col: 1 }, 'salin berkasnya ke dalam folder instansi');
      continue;
    }
    const text = readText(abs, display(abs), diags);
    if (text !== undefined) out[entry.slice(0, -3)] = { file: display(abs), text };
  }
  return out;
}
