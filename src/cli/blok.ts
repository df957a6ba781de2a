// `kinerja blok [nama]`: the built-in blocks an outline may hold, made from their specs (so the
// reference can never drift from the code), and `--markdown` for templates/blok/README.md.
import { BLOK } from '../render/blok/index.ts';
import type { Blok } from '../render/blok/types.ts';
import { didYouMean } from '../util/suggest.ts';
import { UsageError } from './args.ts';
import type { Out } from './check.ts';

const DOK = { lkjip: 'LKjIP', rkt: 'RKT', survei: 'Laporan SKM', rekap: 'Rekap' } as const;
const dokumen = (b: Blok) => b.dokumen.map((d) => DOK[d]).join(', ');
/** One line of a listing: the description cut at a word. */
const pendek = (s: string, n = 72) => (s.length <= n ? s : `${s.slice(0, s.lastIndexOf(' ', n - 2))} …`);

function ringkasan(): string {
  const width = Math.max(...Object.keys(BLOK).map((n) => n.length));
  const lines = Object.values(BLOK).map((b) => `  ${b.nama.padEnd(width)}  ${dokumen(b).padEnd(11)} ${pendek(b.ringkas)}`);
  return [
    'Blok bawaan untuk kerangka dokumen (kerangka/lkjip.yaml, kerangka/rkt.yaml; rekap-*: <folder-data>/kerangka/rekap.yaml):',
    '',
    ...lines,
    '',
    'Rincian satu blok (opsi, data yang dibaca, contoh): kinerja blok <nama>',
    'Kerangka bawaan untuk disalin: templates/kerangka/lkjip.yaml, templates/kerangka/rkt.yaml, templates/kerangka/rekap.yaml',
  ].join('\n');
}

function rinci(b: Blok): string {
  const opsi = Object.entries(b.opsi).map(([k, o]) => `  ${k}${o.wajib ? ' (wajib)' : ''}: ${o.keterangan}${o.bawaan ? `; bawaan ${o.bawaan}` : ''}`);
  return [`Blok ${b.nama} (${dokumen(b)})`, '', b.ringkas, '', `Data: ${b.butuh}`, '', opsi.length ? `Opsi:\n${opsi.join('\n')}` : 'Tanpa opsi.', '', 'Contoh:', ...b.contoh.split('\n').map((l) => `  ${l}`)].join('\n');
}

/** The reference as Markdown, one section per block. */
export function referensiMarkdown(): string {
  const md = (s: string) => s.replace(/\|/g, '\\|');
  const head = [
    '# Blok kerangka dokumen',
    '',
    '<!-- Dibuat oleh `npx kinerja blok --markdown > templates/blok/README.md`; jangan disunting tangan. -->',
    '',
    'Kerangka LKjIP atau RKT (`<instansi>/kerangka/lkjip.yaml`, salin dari `templates/kerangka/`) memuat bab, bagian, dan di setiap bagian daftar blok berurutan. Blok ditulis dengan namanya (`- pengukuran-iku`), dengan opsinya di bawahnya, atau dalam bentuk singkat `- narasi: <berkas>`, `- gambar: <berkas>`, `- tabel: <id>`, `- ttd: kepala`.',
    '',
    '| Blok | Dokumen | Isi |',
    '|---|---|---|',
    ...Object.values(BLOK).map((b) => `| [\`${b.nama}\`](#${b.nama}) | ${dokumen(b)} | ${md(pendek(b.ringkas, 110))} |`),
    '',
  ];
  const body = Object.values(BLOK).flatMap((b) => [
    `## ${b.nama}`,
    '',
    md(b.ringkas),
    '',
    `- **Dokumen:** ${dokumen(b)}`,
    `- **Data:** ${md(b.butuh)}`,
    ...(Object.keys(b.opsi).length ? ['- **Opsi:**', ...Object.entries(b.opsi).map(([k, o]) => `  - \`${k}\`${o.wajib ? ' (wajib)' : ''}: ${md(o.keterangan)}${o.bawaan ? `; bawaan ${md(o.bawaan)}` : ''}`)] : ['- **Opsi:** tidak ada']),
    '',
    '```yaml',
    b.contoh,
    '```',
    '',
  ]);
  return [...head, ...body].join('\n');
}

export function runBlok(params: string[], markdown: boolean, out: Out): number {
  if (markdown) {
    out.log(referensiMarkdown());
    return 0;
  }
  if (!params.length) {
    out.log(ringkasan());
    return 0;
  }
  for (const nama of params) {
    const b = BLOK[nama];
    if (!b) throw new UsageError(`blok \`${nama}\` tidak dikenal${(d => (d ? `; ${d}` : ''))(didYouMean(nama, Object.keys(BLOK)))}`, 'blok');
    out.log(rinci(b));
  }
  return 0;
}
