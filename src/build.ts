// The only file that knows the order of the stages:
// load → validate → compute → render → print → finish. One browser for the whole run.
import { join } from 'node:path';
import { Diagnostics, KinerjaError } from './diagnostics/index.ts';
import { computeTahun } from './compute/index.ts';
import { loadInstansi } from './load/index.ts';
import { validate } from './validate/index.ts';
import { renderLkjip } from './render/index.ts';
import { Printer } from './print/index.ts';
import { finishPdf } from './finish/index.ts';
import type { Out } from './cli/check.ts';

export interface BuildOptions {
  tahun?: number;
  outDir: string;
}

export async function buildDocuments(doc: 'lkjip', folders: string[], opts: BuildOptions, out: Out): Promise<string[]> {
  // Everything is checked before Chromium starts: a data error never costs a browser launch.
  const jobs = folders.map((folder) => {
    const diags = new Diagnostics();
    const valid = validate(loadInstansi(folder, diags), diags);
    if (!valid) throw new KinerjaError(`data ${folder} belum benar; tidak ada berkas yang ditulis`, diags.errors);
    for (const w of diags.warnings) out.err(`peringatan: ${w.message}${w.at ? ` (${w.at.file}:${w.at.line}:${w.at.col})` : ''}`);
    const tahun = opts.tahun ?? Math.max(...valid.data.tahun.filter((t) => t.dokumen?.lkjip).map((t) => t.tahun));
    if (!Number.isFinite(tahun)) throw new KinerjaError(`${folder}: tidak ada tahun dengan pengaturan lkjip di dokumen.yaml`);
    return { folder, model: computeTahun(valid.data, tahun) };
  });
  const printer = new Printer();
  const written: string[] = [];
  try {
    for (const { model } of jobs) {
      const html = renderLkjip(model);
      const pdf = await printer.print(html.html, html.assets);
      const target = join(opts.outDir, model.instansi.id, `lkjip-${model.tahun}.pdf`);
      await finishPdf(pdf, target, html.meta);
      written.push(target);
    }
  } finally {
    await printer.close();
  }
  return written;
}
