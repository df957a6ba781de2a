// Stage 2, validate: every file against its JSON Schema (all errors), then the rules a schema
// cannot say. Returns typed data only when there is no error; diagnostics carry file:line:col.
import type { Diagnostics } from '../diagnostics/index.ts';
import type { LoadedInstansi } from '../load/index.ts';
import type { InstansiData } from '../model/input.ts';
import { assemble } from './assemble.ts';
import { checkAnggaran } from './rules/anggaran.ts';
import type { Rule } from './rules/context.ts';
import { checkIds } from './rules/ids.ts';
import { checkNarasi } from './rules/narasi.ts';
import { checkKataPanjangNarasi, checkTeks } from './rules/teks.ts';
import { checkNarasiMarkdown } from './rules/narasi-markdown.ts';
import { checkTahunProsa } from './rules/tahun-prosa.ts';
import { checkKerangka } from './kerangka/index.ts';
import { checkPenanda } from '../init/penanda.ts';
import { checkIdentitas, checkRealisasi } from './rules/identitas.ts';
import { checkTargets } from './rules/targets.ts';
import { checkRealisasiLhe } from './rules/realisasi-lhe.ts';
import { checkSkala } from './rules/skala.ts';
import { checkSurvei } from './rules/survei.ts';
import { checkAnggaranFakta } from './rules/anggaran-fakta.ts';
import { checkTanggal } from './rules/tanggal.ts';
import { checkJabatan } from './rules/jabatan.ts';
import { checkDasarHukum, checkDasarHukumProsa } from './rules/dasar-hukum.ts';
import { checkDaerahLain } from './rules/daerah-lain.ts';
import { checkProgramKegiatan } from './rules/program-kegiatan.ts';
import { checkNomenklatur } from './rules/nomenklatur.ts';
import { reportSchemaErrors } from './schema-messages.ts';
import { validateSchema } from './schema.ts';
import { SourceMap } from './source-map.ts';

export { SourceMap } from './source-map.ts';

const RULES: Rule[] = [checkIds, checkTargets, checkAnggaran, checkIdentitas, checkRealisasi, checkRealisasiLhe, checkSkala, checkAnggaranFakta, checkTanggal, checkSurvei, checkJabatan, checkDasarHukum, checkProgramKegiatan, checkNomenklatur];

export interface Validated {
  data: InstansiData;
  src: SourceMap;
}

export function validate(loaded: LoadedInstansi, diags: Diagnostics): Validated | undefined {
  // What `kinerja init` wrote for the author to replace ([[isi: …]]) is never printed silently.
  checkPenanda(loaded.folder, diags);
  for (const f of loaded.files) reportSchemaErrors(validateSchema(f.role, f.yaml.data), f.yaml, diags);
  if (diags.hasErrors || !loaded.files.some((f) => f.role === 'instansi') || !loaded.files.some((f) => f.role === 'renstra')) return undefined;
  const data = assemble(loaded);
  const src = new SourceMap(loaded.files);
  const ctx = { data, src, diags };
  for (const rule of RULES) rule(ctx);
  checkNarasi(ctx, loaded.narasi);
  checkTeks(ctx, loaded.files);
  checkKataPanjangNarasi(ctx, loaded.narasi);
  checkNarasiMarkdown(ctx, loaded.narasi);
  checkTahunProsa(ctx, loaded.narasi);
  checkDasarHukumProsa(ctx, loaded.narasi);
  checkDaerahLain(ctx, loaded);
  checkKerangka(ctx, loaded);
  return diags.hasErrors ? undefined : { data, src };
}
