// A survey fixture: the minimal agency (test/fixtures/minimal) copied to a temporary folder, with a
// 2024/survei.yaml and answer files written by the test, then loaded, checked and computed.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { computeTahun } from '../../src/compute/index.ts';
import { Diagnostics, type Diagnostic } from '../../src/diagnostics/index.ts';
import { loadInstansi } from '../../src/load/index.ts';
import type { TahunModel } from '../../src/model/model.ts';
import { validate } from '../../src/validate/index.ts';

export interface Hasil {
  folder: string;
  diags: Diagnostic[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
  m?: TahunModel;
}

/** The minimal agency with `files` (path under the agency → text or bytes) written over it. */
export function buatInstansi(files: Record<string, string | Buffer>): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'kinerja-survei-')), 'dinas');
  cpSync('test/fixtures/minimal', folder, { recursive: true });
  for (const [path, isi] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), isi);
  }
  return folder;
}

export function periksa(files: Record<string, string | Buffer>): Hasil {
  const folder = buatInstansi(files);
  const d = new Diagnostics();
  const v = validate(loadInstansi(folder, d), d);
  const survei = d.list.filter((x) => x.code.startsWith('survei/') || x.code.startsWith('aturan/') || x.code.startsWith('kerangka/') || x.code.startsWith('skema/'));
  return { folder, diags: survei, errors: d.errors, warnings: d.warnings, m: v ? computeTahun(v.data, 2024) : undefined };
}

/** survei.yaml of one or more units, the nine unsur by default, columns U1…U9. */
export function surveiYaml(extra: string, unit: string): string {
  return `periode: {mulai: 2024-07-01, selesai: 2024-09-30}\n${extra}\nunit:\n${unit}`;
}

/** A CSV of respondents: `No`, then U1…U9 (or `kolom` given), rows of answers. */
export function csv(rows: (string | number)[][], kolom = ['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'], pemisah = ','): string {
  return [kolom, ...rows].map((r) => r.join(pemisah)).join('\n') + '\n';
}
