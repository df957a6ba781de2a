// The outline of each document with chapters, per year: the year's `kerangka/<dokumen>.yaml`,
// else the agency's, else the default (templates/kerangka/). Checked against its schema and its
// blocks, then against the year's narrative files: every `.md` is printed by the outline, and
// every file the outline names exists (an optional one that is absent leaves its heading bare:
// a warning). The normalised outline is kept in the year's data for render.
import { join } from 'node:path';
import { ROOT } from '../../util/root.ts';
import { display, locate, type LoadedInstansi, type YamlFile } from '../../load/index.ts';
import { parseYaml } from '../../load/yaml-file.ts';
import { readText } from '../../load/read-text.ts';
import type { Diagnostics } from '../../diagnostics/index.ts';
import { semuaBlok, type DokumenBab, type Kerangka } from '../../model/kerangka.ts';
import { BLOK } from '../../render/blok/index.ts';
import { AWALAN_NARASI } from '../../render/blok/analisis-sasaran.ts';
import type { TahunInput } from '../../model/input.ts';
import { reportSchemaErrors } from '../schema-messages.ts';
import { validateSchema } from '../schema.ts';
import { didYouMean } from '../../util/suggest.ts';
import type { RuleContext } from '../rules/context.ts';
import { normalisasiKerangka } from './normalisasi.ts';
import { periksaTabelSendiri } from '../rules/tabel-sendiri.ts';
import type { TabelSendiriInput } from '../../model/tabel-sendiri.ts';
import { periksaIsi } from './periksa.ts';

export const DOKUMEN_BAB: readonly DokumenBab[] = ['lkjip', 'rkt', 'survei'];
export const NAMA_DOKUMEN: Record<DokumenBab, string> = { lkjip: 'LKjIP', rkt: 'RKT', survei: 'Laporan Hasil SKM' };

const bawaan = new Map<string, Kerangka>();

/**
 * The default outline of a document (templates/kerangka/<dokumen>.yaml), read once per place it
 * is shown from: messages name its file relative to the working folder, which a long-lived
 * process (watch, a test run) may change between builds.
 */
export function kerangkaBawaan(dokumen: DokumenBab, diags: Diagnostics): Kerangka {
  const abs = join(ROOT, 'templates', 'kerangka', `${dokumen}.yaml`);
  const shown = display(abs);
  let k = bawaan.get(`${dokumen}\0${shown}`);
  if (!k) {
    const f = parseYaml(readText(abs, shown, diags) ?? '', shown, diags);
    if (!f) throw new Error(`kerangka bawaan ${dokumen} rusak`);
    k = normalisasiKerangka(f, dokumen, diags);
    bawaan.set(`${dokumen}\0${shown}`, k);
  }
  return k;
}

export function checkKerangka(ctx: RuleContext, loaded: LoadedInstansi): void {
  const normal = new Map<YamlFile, Kerangka | undefined>();
  const baca = (f: YamlFile, d: DokumenBab) => {
    if (!normal.has(f)) {
      const before = ctx.diags.errors.length;
      reportSchemaErrors(validateSchema('kerangka', f.data), f, ctx.diags);
      normal.set(f, ctx.diags.errors.length === before ? normalisasiKerangka(f, d, ctx.diags) : undefined);
    }
    return normal.get(f);
  };
  for (const [scope, files] of Object.entries(loaded.ganda.kerangka))
    for (const [nama, f] of Object.entries(files))
      if (!DOKUMEN_BAB.includes(nama as DokumenBab))
        ctx.diags.error('kerangka/dokumen', `kerangka \`${nama}.yaml\` bukan kerangka dokumen yang dikenal${scope ? ` (tahun ${scope})` : ''}, jadi tidak dipakai`, locate(f, []),
          didYouMean(nama, DOKUMEN_BAB) ?? `nama berkas kerangka: ${DOKUMEN_BAB.map((d) => `\`${d}.yaml\``).join(', ')}`);
  const tabel = periksaTabel(ctx, loaded);
  const dipakai = new Set<string>();
  for (const t of ctx.data.tahun) {
    t.tabel = { ...tabel[''], ...tabel[String(t.tahun)] };
    t.kerangka = {};
    const dibuat = DOKUMEN_BAB.filter((d) => t.dokumen?.[d]);
    for (const d of DOKUMEN_BAB) {
      const f = loaded.ganda.kerangka[String(t.tahun)]?.[d] ?? loaded.ganda.kerangka['']?.[d];
      const k = f ? baca(f, d) : kerangkaBawaan(d, ctx.diags);
      if (k) t.kerangka[d] = k;
    }
    periksaTahun(ctx, loaded, t, dibuat);
    for (const d of dibuat) for (const b of semua(t.kerangka[d])) if (b.nama === 'tabel') dipakai.add(`${t.tahun}/${String(b.opsi.id)}`);
  }
  tabelTakDipakai(ctx, loaded, dipakai);
}

/** Every own table, checked once (used or not); the valid ones by scope and id. */
function periksaTabel(ctx: RuleContext, loaded: LoadedInstansi): Record<string, Record<string, TabelSendiriInput>> {
  return Object.fromEntries(
    Object.entries(loaded.ganda.tabel).map(([scope, files]) => [
      scope,
      Object.fromEntries(Object.entries(files).flatMap(([id, f]) => ((v) => (v ? [[id, v]] : []))(periksaTabelSendiri(f, ctx.diags)))),
    ]),
  );
}

/** A table no outline prints would be dropped without a word. */
function tabelTakDipakai(ctx: RuleContext, loaded: LoadedInstansi, dipakai: Set<string>): void {
  const tahun = ctx.data.tahun.map((t) => String(t.tahun));
  for (const [scope, files] of Object.entries(loaded.ganda.tabel))
    for (const [id, f] of Object.entries(files)) {
      const years = scope ? [scope] : tahun;
      // An agency-wide table shadowed by a year's own file is not printed that year.
      if (years.some((y) => dipakai.has(`${y}/${id}`) && (scope || !loaded.ganda.tabel[y]?.[id]))) continue;
      ctx.diags.warn('tabel/tak-dipakai', `tabel \`${id}\` tidak dicetak: tidak ada kerangka dokumen${scope ? ` tahun ${scope}` : ''} yang memuat \`- tabel: ${id}\``, locate(f, []),
        `tulis \`- tabel: ${id}\` di kerangka (kerangka/lkjip.yaml) pada bagian tempat tabel ini dicetak, atau hapus berkasnya`);
    }
}

function periksaTahun(ctx: RuleContext, loaded: LoadedInstansi, t: TahunInput, dibuat: DokumenBab[]): void {
  const files = loaded.narasi[t.tahun] ?? {};
  const sasaran = ctx.data.renstra.tujuan.flatMap((x) => x.sasaran.map((s) => s.id));
  const dipakai = new Map<string, DokumenBab>();
  for (const d of dibuat) {
    const k = t.kerangka?.[d];
    if (!k) continue;
    for (const nama of periksaIsi(ctx, loaded, t, k, sasaran)) dipakai.set(nama, d);
  }
  // What a document not built this year would print: for the message, not for use.
  const lain = new Map<string, DokumenBab>();
  for (const d of DOKUMEN_BAB.filter((x) => !dibuat.includes(x))) {
    const k = t.kerangka?.[d];
    if (k) for (const nama of namaNarasi(k, sasaran)) lain.set(nama, d);
  }
  for (const [nama, { file }] of Object.entries(files)) {
    if (dipakai.has(nama)) continue;
    const at = { file, line: 1, col: 1 };
    const d = lain.get(nama);
    if (d) {
      ctx.diags.error('narasi/dokumen', `berkas narasi \`${nama}.md\` adalah bagian ${NAMA_DOKUMEN[d]}, tetapi ${t.tahun}/dokumen.yaml tidak memuat \`${d}\`, jadi berkas ini tidak dicetak`, at,
        `tulis pengaturan \`${d}:\` di ${t.tahun}/dokumen.yaml bila ${NAMA_DOKUMEN[d]} ${t.tahun} dibuat, atau hapus berkas ini`);
      continue;
    }
    const perSasaran = perSasaranAwalan(t, dibuat).find((a) => nama.startsWith(a) && nama.length > a.length);
    if (perSasaran) {
      const kunci = nama.slice(perSasaran.length);
      const pilihan = sasaran.map((id) => `${perSasaran}${id.replace(/^sasaran-/, '')}.md`);
      ctx.diags.error('narasi/sasaran', `berkas narasi \`${nama}.md\` untuk sasaran \`${kunci}\`, tetapi sasaran itu tidak ada di renstra.yaml, jadi berkas ini tidak dicetak`, at,
        didYouMean(`${nama}.md`, pilihan) ?? `nama berkas per sasaran: ${pilihan.map((p) => `\`${p}\``).join(', ') || '(renstra.yaml belum memuat sasaran)'}`);
      continue;
    }
    const md = [...dipakai.keys()].map((n) => `${n}.md`);
    const dok = dibuat.map((x) => NAMA_DOKUMEN[x]).join(' dan ');
    ctx.diags.error('narasi/nama', `berkas narasi \`${nama}.md\` tidak dipakai ${dok || 'dokumen mana pun'} tahun ${t.tahun}, jadi tidak dicetak`, at,
      dibuat.length
        ? (didYouMean(`${nama}.md`, md) ?? `tulis \`- narasi: ${nama}\` di kerangka ${dok} (${dibuat.map((x) => t.kerangka?.[x]?.berkas).join(', ')}) di tempat berkas ini dicetak`)
        : `tulis pengaturan \`lkjip:\` atau \`rkt:\` di ${t.tahun}/dokumen.yaml, atau hapus berkas ini`);
  }
}

/** Every narrative file an outline prints, given the sasaran of the Renstra. */
export function namaNarasi(k: Kerangka, sasaran: readonly string[]): string[] {
  return [...semua(k)].flatMap((b) => b.spec.narasi?.(b.opsi as never, sasaran) ?? []);
}

function perSasaranAwalan(t: TahunInput, dibuat: DokumenBab[]): string[] {
  return dibuat.flatMap((d) => [...semua(t.kerangka?.[d])].filter((b) => b.nama === 'analisis-sasaran').map((b) => (b.opsi.narasi as string | undefined) ?? AWALAN_NARASI));
}

function* semua(k: Kerangka | undefined) {
  if (!k) return;
  for (const b of semuaBlok(k)) yield { ...b, spec: BLOK[b.nama]! };
}
