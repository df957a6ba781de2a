// `kinerja build <dokumen> [folder]`: the orchestrator call; stage order lives in src/build.ts.
import type { Out } from './check.ts';

export async function runBuild(docs: import('../build.ts').Dokumen[], folders: string[], opts: { tahun?: number; outDir: string; html?: boolean; semua?: boolean }, out: Out): Promise<number> {
  // Loaded on demand: `check` never pays for puppeteer.
  const { buildDocuments } = await import('../build.ts');
  const written = await buildDocuments(docs, folders, opts, out);
  for (const f of written) out.log(`tertulis: ${f}`);
  return 0;
}
