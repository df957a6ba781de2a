// Another region's name typed in narrative or in an own table's cell: nearly always left from a
// report copied from a neighbouring pemda ("Kabupaten Berau" in Setda Paser's LKjIP). A warning
// at its place, naming the agency's own region and the helper that prints it. Not checked: the
// agency's own region and its province (or, for a province, its kabupaten/kota), a name inside a
// cited regulation's title ("Peraturan Daerah Provinsi Kalimantan Timur Nomor …"), a name
// inside `(sumber: …)`, and a region whose agency the data compares with (evaluasi.yaml
// `pembanding`): naming it is the comparison, not a copy. The list of regions is idn-area-data's (src/validate/wilayah.ts).
import type { Location } from '../../diagnostics/index.ts';
import type { LoadedInstansi } from '../../load/index.ts';
import { locate, sourceText, type PathSegment, type YamlFile } from '../../load/yaml-file.ts';
import { cariWilayah, daftarWilayah, normal, type Wilayah } from '../wilayah.ts';
import type { RuleContext } from './context.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const tanpaAwalan = (w: Wilayah) => w.nama.replace(/^(?:Kabupaten|Kota)\s+/, '');

let pola: RegExp | undefined;
/** One pattern for every name: an optional prefix, then the name as the list writes it. */
function polaWilayah(): RegExp {
  if (pola) return pola;
  const names = [...new Set(daftarWilayah().map(tanpaAwalan))].sort((a, b) => b.length - a.length).map(esc);
  pola = new RegExp(`(?<![\\p{L}\\p{N}])(?:(Kabupaten|Kab\\.?|Kota|Provinsi|Prov\\.?)\\s+)?(${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return pola;
}

/**
 * A regulation's title runs from its type, capitalised as a title is, to the end of the sentence:
 * a region there is its issuer or its subject ("… tentang Pembentukan Kabupaten …").
 */
const JUDUL_PERATURAN = /(?:Peraturan|PERATURAN|Keputusan|KEPUTUSAN|Instruksi|Surat\s+Edaran|Undang-Undang|UU|Perda|Pergub|Perbup|Perwali?|Kepgub|Kepbup|Kepwali?)\b(?:[^;!?\n.]|\.(?!\s+\p{Lu}\p{Ll}))*$/u;

export function wilayahSendiri(pemda: string): (w: Wilayah) => boolean {
  const own = cariWilayah(pemda);
  if (!own) return () => false;
  if (own.jenis === 'provinsi') return (w) => w === own || w.provinsi === own.kode;
  return (w) => w === own || w.kode === own.provinsi;
}

interface Temuan {
  nama: string;
  index: number;
}

/** The other regions `text` names, each at its index. */
export function cariDaerahLain(text: string, sendiri: (w: Wilayah) => boolean): Temuan[] {
  const out: Temuan[] = [];
  const sumber = [...text.matchAll(/\(\s*sumber\s*:[^)]*\)/giu)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of text.matchAll(polaWilayah())) {
    const [all, awalan, nama] = [m[0], m[1], m[2]!];
    if (!/^\p{Lu}/u.test(nama)) continue; // "kota batu": a stone city, not Kota Batu
    const w = awalan ? cariWilayah(/^kota$/i.test(awalan) ? `Kota ${nama}` : /^kab/i.test(awalan) ? `Kabupaten ${nama}` : nama)
      : nama.includes(' ') ? daftarWilayah().find((x) => x.jenis === 'provinsi' && normal(x.nama) === normal(nama)) : undefined;
    if (!w || sendiri(w)) continue;
    if (sumber.some(([a, b]) => m.index >= a && m.index < b)) continue;
    if (JUDUL_PERATURAN.test(text.slice(Math.max(0, m.index - 160), m.index))) continue;
    out.push({ nama: all.replace(/\s+/g, ' '), index: m.index });
  }
  return out;
}

/** "Kab. Berau" → "Kabupaten Berau"; "Provinsi Jawa Barat" → "Jawa Barat", as the list writes it. */
const cariNama = (s: string) => cariWilayah(s)?.nama ?? s;

export function checkDaerahLain(ctx: RuleContext, loaded: LoadedInstansi): void {
  const pemda = ctx.data.instansi.pemerintah_daerah;
  const own = wilayahSendiri(pemda);
  const pembanding = new Set<string>();
  for (const t of ctx.data.tahun)
    for (const p of t.evaluasi?.pembanding?.daftar ?? []) for (const x of cariDaerahLain(p.instansi, own)) pembanding.add(normal(cariNama(x.nama)));
  const sendiri = (w: Wilayah) => own(w) || pembanding.has(normal(w.nama));
  const warn = (t: Temuan, at: Location, where: string) =>
    ctx.diags.warn('teks/daerah-lain', `nama daerah lain "${t.nama}" di ${where}; instansi ini milik ${pemda}`, at,
      `bila yang dimaksud daerah sendiri, tulis {{pemda}} (${pemda}); bila memang daerah lain, biarkan atau tulis asalnya: (sumber: …)`);

  for (const byName of Object.values(loaded.narasi))
    for (const { file, text } of Object.values(byName)) {
      // Helper calls are blanked, columns kept: their output is data, not typed. A paragraph is
      // read whole (a line break inside it is a space): a title wrapped over two lines stays one.
      const polos = text.replace(/\{\{[^}]*\}\}/g, (m) => ' '.repeat(m.length)).replace(/(?<!\n)\n(?![ \t]*\n)/g, ' ');
      for (const t of cariDaerahLain(polos, sendiri)) {
        const before = text.slice(0, t.index);
        const line = before.split('\n').length;
        warn(t, { file, line, col: [...before.slice(before.lastIndexOf('\n') + 1)].length + 1 }, 'narasi');
      }
    }

  for (const byYear of Object.values(loaded.ganda.tabel))
    for (const f of Object.values(byYear)) walkStrings(f, ['baris'], (s, path) => {
      for (const t of cariDaerahLain(s, sendiri)) warn(t, cellAt(f, path, s, t.index), 'sel tabel');
    });
}

function walkStrings(f: YamlFile, path: PathSegment[], visit: (s: string, path: PathSegment[]) => void): void {
  let v: unknown = f.data;
  for (const p of path) v = (v as Record<string | number, unknown> | undefined)?.[p];
  const go = (x: unknown, at: PathSegment[]) => {
    if (typeof x === 'string') visit(x, at);
    else if (Array.isArray(x)) x.forEach((y, i) => go(y, [...at, i]));
    else if (x && typeof x === 'object') for (const [k, y] of Object.entries(x)) go(y, [...at, k]);
  };
  go(v, path);
}

/** The place of the name inside a cell written plain on one line; the cell's start otherwise. */
function cellAt(f: YamlFile, path: PathSegment[], value: string, index: number): Location {
  const at = locate(f, path);
  return sourceText(f, path) === value && !value.includes('\n') ? { ...at, col: at.col + [...value.slice(0, index)].length } : at;
}
