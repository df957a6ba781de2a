// Names against the Permendagri 90/2019 nomenclature where the kode is known
// (src/validate/nomenklatur.yaml, with its source): a program, kegiatan or sub kegiatan whose
// name differs from the nomenclature's for its kode is a warning at its name — a pemda may have
// a lawful reason, so never an error. A kode the list does not hold is not checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../../util/root.ts';
import type { RuleContext } from './context.ts';

let cache: Record<string, string> | undefined;
export function nomenklatur(): Record<string, string> {
  cache ??= (parse(readFileSync(join(ROOT, 'src', 'validate', 'nomenklatur.yaml'), 'utf8')) as { nama: Record<string, string> }).nama;
  return cache;
}

const normal = (s: string) => s.toLowerCase().replace(/\s*([,/-])\s*/g, '$1').replace(/\s+/g, ' ').trim();

/** The nomenclature's name for `kode` (exact, else as any urusan's), for a kabupaten/kota or a province. */
export function namaNomenklatur(kode: string, provinsi: boolean): string | undefined {
  const n = nomenklatur();
  const nama = n[kode] ?? n[kode.replace(/^\d+\.\d+(?=\.)/, 'X.XX')];
  return nama && provinsi ? nama.replace(/Kabupaten\/Kota/g, 'Provinsi') : nama;
}

export function checkNomenklatur(ctx: RuleContext): void {
  const { data, src, diags } = ctx;
  const provinsi = /^Provinsi\b/i.test(data.instansi.pemerintah_daerah);
  const periksa = (apa: string, kode: string | undefined, nama: string, at: () => ReturnType<typeof src.at>) => {
    const baku = kode && namaNomenklatur(kode, provinsi);
    if (!baku || normal(baku) === normal(nama)) return;
    diags.warn('aturan/nomenklatur-nama', `nama ${apa} ${kode} "${nama}" berbeda dari nomenklatur Permendagri 90/2019: "${baku}"`, at(),
      `tulis nama sesuai nomenklatur (Kepmendagri 050-5889/2021), atau periksa kodenya; bila pemda memakai nama lain yang sah, biarkan`);
  };
  data.renstra.program.forEach((p, i) => periksa('program', p.kode, p.nama, () => src.at('renstra', ['program', i, 'nama'])));
  for (const t of data.tahun)
    t.anggaran?.program.forEach((p, a) =>
      p.kegiatan.forEach((k, b) => {
        periksa('kegiatan', k.kode, k.nama, () => src.at('anggaran', ['program', a, 'kegiatan', b, 'nama'], t.tahun));
        k.sub_kegiatan.forEach((s, c) => periksa('sub kegiatan', s.kode, s.nama, () => src.at('anggaran', ['program', a, 'kegiatan', b, 'sub_kegiatan', c, 'nama'], t.tahun)));
      }),
    );
}
