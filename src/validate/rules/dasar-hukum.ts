// The type of each legal basis is data (`tipe`), and two places may contradict it: the title
// (`jenis: Peraturan Bupati Paser` with `tipe: perda`), and a citation in narrative that gives a
// regulation of the list, by its number and year, another type ("Peraturan Daerah Nomor 1 Tahun
// 2023" where the list holds Peraturan Bupati Paser Nomor 1 Tahun 2023). Both are errors: a
// wrong type of regulation printed in a signed report is a wrong legal basis.
import { judulDasarHukum, TIPE_DASAR_HUKUM, tipeDariJudul, tipeDariKata, type TipeDasarHukumKode } from '../../model/dasar-hukum.ts';
import type { DasarHukum } from '../../model/input.ts';
import type { RuleContext } from './context.ts';

const nama = (t: TipeDasarHukumKode) => TIPE_DASAR_HUKUM[t].nama;

export function checkDasarHukum(ctx: RuleContext): void {
  (ctx.data.instansi.dasar_hukum ?? []).forEach((d, i) => {
    const dari = tipeDariJudul(d.jenis);
    if (dari === d.tipe) return;
    const at = ctx.src.at('instansi', ['dasar_hukum', i, 'jenis']);
    const also = ctx.src.at('instansi', ['dasar_hukum', i, 'tipe']);
    ctx.diags.error('aturan/dasar-hukum-tipe', `dasar hukum \`${d.id}\`: jenis "${d.jenis}" bukan ${nama(d.tipe)} (tipe: ${d.tipe})`, at,
      dari ? `bila peraturannya memang ${nama(dari)}, tulis tipe: ${dari}; bila tidak, awali jenisnya dengan "${nama(d.tipe)}"` : `awali jenisnya dengan "${nama(d.tipe)}", mis. "${nama(d.tipe)} …"`,
      also);
  });
}

/** Regulation words in prose, long or short, then its number and year: "Perbup Nomor 38 Tahun 2023". */
const SEBUT = new RegExp(
  String.raw`\b(` +
    [...new Set(Object.values(TIPE_DASAR_HUKUM).map((t) => t.nama.replace(/ /g, String.raw`\s+`).replace('Wali\\s+Kota', String.raw`Wali\s*kota`)))].sort((a, b) => b.length - a.length).join('|') +
    String.raw`|UU|PP|Perppu|Perpres|Keppres|Inpres|Permen\p{L}*|Kepmen\p{L}*|Perda|Pergub|Perbup|Perwali?|Kepgub|Kepbup|Kepwali?)` +
    String.raw`((?:\s+[\p{Lu}][\p{L}.-]*){0,6}?)\s+(?:Nomor|No\.?)\s+([\w./-]+?)\s+Tahun\s+((?:19|20)\d{2})\b`,
  'gu',
);

export function checkDasarHukumProsa(ctx: RuleContext, files: Record<number, Record<string, { file: string; text: string }>>): void {
  const list = ctx.data.instansi.dasar_hukum ?? [];
  if (!list.length) return;
  const nomor = (s: string) => s.replace(/^0+(?=\d)/, '').toLowerCase();
  for (const byName of Object.values(files))
    for (const { file, text } of Object.values(byName))
      text.split('\n').forEach((line, i) => {
        for (const m of line.matchAll(SEBUT)) {
          const ditulis = tipeDariKata(m[1]!);
          if (!ditulis) continue;
          const sama = list.filter((d: DasarHukum) => nomor(d.nomor) === nomor(m[3]!) && d.tahun === Number(m[4]));
          if (!sama.length || sama.some((d) => d.tipe === ditulis)) continue;
          const d = sama[0]!;
          ctx.diags.error('teks/dasar-hukum-tipe', `"${m[0].replace(/\s+/g, ' ')}" di narasi, padahal dasar hukum \`${d.id}\` bernomor ${d.nomor} tahun ${d.tahun} adalah ${nama(d.tipe)}`,
            { file, line: i + 1, col: [...line.slice(0, m.index)].length + 1 },
            `tulis {{dasar_hukum "${d.id}"}} (${judulDasarHukum(d)})`, ctx.src.at('instansi', ['dasar_hukum', list.indexOf(d), 'tipe']));
        }
      });
}

