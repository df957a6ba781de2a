// What every document's render shares: the Handlebars engine with its helpers and partials
// (templates/umum and the document's own folder), fonts and styles as assets, the logo.
import { ROOT } from '../util/root.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Nilai } from '../model/input.ts';
import type { IndikatorHasil, SubKegiatanHasil, TahunModel } from '../model/model.ts';
import type { Assets } from '../print/index.ts';
import { registerHelpers, TableCounter } from './helpers.ts';
import { breakLongWords } from './long-words.ts';
import { denganJenis } from './view.ts';

export { ROOT };
export const TEMPLATES = join(ROOT, 'templates');

/**
 * Fonts come from npm (@fontsource), never from the system: their own @font-face rules (every
 * subset, with its unicode-range) are served under /fonts, so Chromium loads only what it needs.
 */
export function baseAssets(): Assets {
  const require = createRequire(import.meta.url);
  const assets: Assets = new Map();
  const css: string[] = [];
  for (const family of ['arimo', 'tinos'])
    for (const face of ['400', '700', '400-italic', '700-italic']) {
      const file = require.resolve(`@fontsource/${family}/${face}.css`);
      const text = readFileSync(file, 'utf8')
        .replace(/, url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, '')
        .replace(/url\(\.\/files\/([^)]+)\)/g, (_m, name: string) => {
          assets.set(`/fonts/${name}`, { type: 'font/woff2', file: join(file, '..', 'files', name) });
          return `url(/fonts/${name})`;
        });
      css.push(text);
    }
  assets.set('/styles/fonts.css', { type: 'text/css', body: css.join('\n') });
  assets.set('/styles/kinerja.css', { type: 'text/css', file: join(ROOT, 'styles', 'kinerja.css') });
  return assets;
}

/** The logo, served from the instansi folder (validate has checked that it stays inside). */
export function withLogo(m: TahunModel, assets: Assets): string | undefined {
  const logo = m.instansi.logo;
  if (!logo) return undefined;
  const ext = logo.split('.').pop()!.toLowerCase();
  const type = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', svg: 'image/svg+xml' }[ext] ?? 'application/octet-stream';
  assets.set(`/logo.${ext}`, { type, file: join(m.folder, logo) });
  return `/logo.${ext}`;
}

export function engine(dokumen: string, tables = new TableCounter(), figures = new TableCounter('gambar')): typeof Handlebars {
  const hbs = Handlebars.create();
  registerHelpers(hbs, tables, figures);
  hbs.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));
  hbs.registerHelper('upper', (s: string) => String(s ?? '').toUpperCase());
  // "Program Program Penunjang…": a kind named before a name that already starts with it.
  hbs.registerHelper('denganJenis', (jenis: string, nama: unknown) => denganJenis(jenis, nama));
  // A name in a narrow column may break after a slash ("Bulanan/Triwulanan/Semesteran" is one
  // word to the browser, wider than its column): escaped, then a break opportunity after each /.
  hbs.registerHelper('pecah', (s: unknown) => new Handlebars.SafeString(Handlebars.escapeExpression(String(s ?? '')).replace(/\//g, '/<wbr>')));
  hbs.registerHelper('nilaiMentah', (n: Nilai) => (typeof n === 'number' ? String(n).replace('.', ',') : `${n.predikat} (${String(n.nilai).replace('.', ',')})`));
  hbs.registerHelper('sasaranKey', (id: string) => id.replace(/^sasaran-/, ''));
  hbs.registerHelper('riwayatTahun', (ind: IndikatorHasil, tahun: number) => {
    const r = ind.riwayat.find((h) => h.tahun === tahun);
    return r ? { ...r, target: ind.targetPerTahun[String(tahun)] } : undefined;
  });
  hbs.registerHelper('ada', (v: unknown) => v !== undefined && v !== null);
  hbs.registerHelper('satuanTampil', (s: string) => (s === '%' ? '%' : s));
  hbs.registerHelper('rencanaTw', (sub: SubKegiatanHasil) => (['tw1', 'tw2', 'tw3', 'tw4'] as const).map((t) => sub.input.rencana?.[t]?.k));
  for (const dir of ['umum', dokumen])
    for (const f of readdirSync(join(TEMPLATES, dir)).filter((n) => n.endsWith('.hbs')))
      hbs.registerPartial(f.slice(0, -4), readFileSync(join(TEMPLATES, dir, f), 'utf8'));
  return hbs;
}

/**
 * Once per model: what a document's passes share (the context with its rendered prose, the front
 * matter's compiled layout) is made on the first pass and kept for the others. Keyed by the
 * model, so a changed model (watch) gets its own.
 */
export function perModel<V>(cache: WeakMap<TahunModel, V>, m: TahunModel, make: () => V): V {
  let v = cache.get(m);
  if (v === undefined) cache.set(m, (v = make()));
  return v;
}

/** A document's layout; every word too long for its box may break (long-words.ts). */
export function compileLayout(hbs: typeof Handlebars, dokumen: string): HandlebarsTemplateDelegate {
  const layout = hbs.compile(readFileSync(join(TEMPLATES, dokumen, 'layout.hbs'), 'utf8'), { strict: false });
  return (context, options) => breakLongWords(layout(context, options));
}
