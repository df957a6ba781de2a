// `kinerja ekspor <dokumen> [folder…]`: a line per workbook written; a folder whose data does not
// pass is reported with its errors, the others are still written (exit 1).
import { KinerjaError, formatDiagnostic } from '../diagnostics/index.ts';
import { eksporDokumen, type DokumenEkspor } from '../ekspor/index.ts';
import { count, size } from './build.ts';
import { warnai } from './warna.ts';
import type { Out } from './check.ts';

export async function runEkspor(doc: DokumenEkspor, folders: string[], opts: { tahun?: number; outDir: string }, out: Out): Promise<number> {
  let gagal = 0;
  for (const folder of folders) {
    try {
      const e = await eksporDokumen(doc, folder, opts);
      out.log(`tertulis: ${e.path} — ${count(e.tabel)} tabel, ${size(e.bytes)}`);
    } catch (err) {
      // Over all of data/, an agency without the document is left out; named, it is an error.
      if (folders.length > 1 && err instanceof KinerjaError && !err.diagnostics.length && /tidak ada data/.test(err.message)) continue;
      if (!(err instanceof KinerjaError)) throw err;
      gagal++;
      out.err(`${warnai('galat', 'galat:')} ${err.message}`);
      for (const d of err.diagnostics) out.err(formatDiagnostic(d));
    }
  }
  return gagal ? 1 : 0;
}
