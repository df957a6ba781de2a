// The rekap's outline: one per pemda, not per agency, so it lives beside the agencies' folders —
// `<folder-data>/kerangka/rekap.yaml` — else the default templates/kerangka/rekap.yaml. Checked as
// an agency's outline is (schema, blocks of the rekap, options), and its headings' helpers
// (`{{tahun}}`, `{{pemda}}`) against the ones the rekap has.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostics } from '../../diagnostics/index.ts';
import { display, locate, type YamlFile } from '../../load/index.ts';
import { readText } from '../../load/read-text.ts';
import { parseYaml } from '../../load/yaml-file.ts';
import type { ItemKerangka, Kerangka } from '../../model/kerangka.ts';
import { expandNarasi } from '../../render/narasi.ts';
import { ROOT } from '../../util/root.ts';
import { reportSchemaErrors } from '../schema-messages.ts';
import { validateSchema } from '../schema.ts';
import { normalisasiKerangka } from './normalisasi.ts';

/** What a heading of the rekap may write between `{{ }}`. */
export function rekapHelpers(tahun: number, pemda: string | undefined): Record<string, (...args: unknown[]) => string> {
  return { tahun: () => String(tahun), pemda: () => pemda ?? 'Perangkat Daerah' };
}

/** The pemda's outline file if it has one. */
export function berkasKerangkaRekap(folderData: string | undefined): string | undefined {
  const f = folderData && join(folderData, 'kerangka', 'rekap.yaml');
  return f && existsSync(f) ? f : undefined;
}

/** The rekap's outline, or undefined with located errors in `diags`. */
export function kerangkaRekap(folderData: string | undefined, diags: Diagnostics): Kerangka | undefined {
  const abs = berkasKerangkaRekap(folderData) ?? join(ROOT, 'templates', 'kerangka', 'rekap.yaml');
  const before = diags.errors.length;
  const f = parseYaml(readText(abs, display(abs), diags) ?? '', display(abs), diags);
  if (!f) return undefined;
  reportSchemaErrors(validateSchema('kerangka', f.data), f, diags);
  if (diags.errors.length > before) return undefined;
  if ((f.data as Record<string, unknown>).depan !== undefined)
    diags.error('kerangka/rekap-depan', 'rekap tidak mempunyai bagian depan (sampul, kata pengantar, daftar isi): `depan:` tidak dicetak', locate(f, ['depan'], 'key'),
      'hapus `depan:`; rekap dibuka dengan judulnya lalu bab pertama. Tulis pengantar sebagai bab atau bagian di `bab:`');
  const k = normalisasiKerangka(f, 'rekap', diags);
  periksaJudul(f, k, diags);
  return diags.errors.length > before ? undefined : k;
}

/** A heading or a block's `judul` with a helper the rekap does not have is an error at its line. */
function periksaJudul(f: YamlFile, k: Kerangka, diags: Diagnostics): void {
  const helpers = rekapHelpers(2000, undefined);
  const coba = (teks: unknown, path: (string | number)[]) => {
    if (typeof teks !== 'string' || !teks.includes('{{')) return;
    try {
      expandNarasi(teks, helpers);
    } catch {
      diags.error('kerangka/judul-helper', `judul \`${teks}\` memakai isian yang tidak dikenal di rekap`, locate(f, path), 'isian judul rekap: `{{tahun}}` dan `{{pemda}}`');
    }
  };
  const isi = (items: ItemKerangka[]) => {
    for (const i of items)
      if (i.jenis === 'blok') coba(i.opsi.judul, [...i.path, 'judul']);
      else {
        coba(i.judul, [...i.path, 'bagian']);
        isi(i.isi);
      }
  };
  k.bab.forEach((b) => {
    coba(b.judul, [...b.path, 'judul']);
    isi(b.isi);
  });
  if (k.lampiran) isi(k.lampiran.isi);
}
