// `kinerja impor <berkas> [folder]`: what changed (or would, with --periksa), a line per figure
// at its place in anggaran.yaml; every problem of the export at its sheet, row and column.
import { formatDiagnostic, formatLocation } from '../diagnostics/index.ts';
import { imporAnggaran, type ImporOpsi } from '../impor/index.ts';
import { uraikan } from '../impor/cocok.ts';
import { warnai } from './warna.ts';
import type { Out } from './check.ts';

export async function runImpor(o: ImporOpsi, out: Out): Promise<number> {
  const h = await imporAnggaran(o);
  for (const d of [...h.diags.errors, ...h.diags.warnings]) out.err(formatDiagnostic(d));
  if (h.diags.hasErrors) {
    out.err(`\n${warnai('galat', 'impor dibatalkan:')} ${h.diags.errors.length} galat, ${h.diags.warnings.length} peringatan; ${h.target} tidak diubah`);
    return 1;
  }
  for (const p of h.perubahan) out.log(`${formatLocation(p.at)}  ${uraikan(p)}  (baris ${p.row})`);
  const subs = new Set(h.perubahan.map((p) => p.sub)).size;
  const ringkas = `${h.perubahan.length} angka di ${subs} sub kegiatan, dari ${h.baris} baris ${h.lembar}`;
  if (!h.perubahan.length) out.err(`${warnai('berhasil', 'selesai:')} tidak ada yang berubah (${h.baris} baris ${h.lembar} sama dengan ${h.target})`);
  else if (o.periksa) out.err(`${warnai('berhasil', 'periksa:')} akan berubah ${ringkas}; tidak ada yang ditulis (tanpa --periksa untuk menulis)`);
  else out.err(`${warnai('berhasil', 'tertulis:')} ${h.target}: ${ringkas}; jalankan kinerja check untuk angka turunannya`);
  return 0;
}
