// What the Markdown of a narrative may not hold: an image. A chapter cannot fetch a picture from
// anywhere (the print refuses every request the build did not put there), so `![…](…)` is said
// at its line here, not found out as a failed print; the renderer prints its text only.
// A `Tabel:` line that no table follows prints as plain text: a warning.
// A table without a `Tabel:` line (util/markdown-tabel.ts) is printed, numbered and listed all
// the same, with its number alone as caption; a warning asks for the title the Daftar Tabel needs.
import { markdown } from '../../util/markdown.ts';
import type { TabelMeta } from '../../util/markdown-tabel.ts';
import type { RuleContext } from './context.ts';

const md = markdown();

type Token = { type: string; map: [number, number] | null; children: Token[] | null; attrGet: (name: string) => string | null; content: string; meta: unknown };

export function checkNarasiMarkdown(ctx: RuleContext, files: Record<number, Record<string, { file: string; text: string }>>): void {
  for (const byName of Object.values(files))
    for (const { file, text } of Object.values(byName)) {
      const lines = text.split('\n');
      for (const block of md.parse(text, {}) as Token[]) {
        if (block.type === 'table_open' && !(block.meta as TabelMeta | null)?.judul)
          ctx.diags.warn('narasi/tabel-tanpa-judul', 'tabel di narasi tanpa judul: dicetak tanpa keterangan isi, juga di Daftar Tabel', { file, line: (block.map?.[0] ?? 0) + 1, col: 1 },
            'tulis satu baris `Tabel: <judul tabel>` tepat di atas tabel (dan bila perlu `Sumber: …` setelah satu baris kosong di bawahnya)');
        // A `Tabel:` line is taken by the table right after it; one left over has no table to caption.
        if (block.type === 'inline' && /^Tabel\s*:/i.test(block.content))
          ctx.diags.warn('narasi/judul-tanpa-tabel', `baris "${block.content.split('\n')[0]!.slice(0, 60)}" tidak diikuti tabel, jadi dicetak sebagai teks biasa`, { file, line: (block.map?.[0] ?? 0) + 1, col: 1 },
            'tulis tabelnya tepat di bawah baris `Tabel:` (tanpa baris kosong di antaranya, atau dengan satu baris kosong), atau hapus baris itu');
        for (const t of block.children ?? []) {
          if (t.type !== 'image') continue;
          const first = block.map?.[0] ?? 0;
          const at = lines.slice(first, block.map?.[1] ?? first + 1).findIndex((l) => l.includes('!['));
          const line = first + Math.max(at, 0);
          ctx.diags.error('narasi/gambar', `gambar di narasi tidak dicetak: ![${t.content}](${t.attrGet('src') ?? ''})`, { file, line: line + 1, col: Math.max(lines[line]!.indexOf('![') + 1, 1) },
            'hapus gambar ini dari narasi; gambar dicetak dengan blok `- gambar: <berkas>` di kerangka (kerangka/lkjip.yaml), bernomor dan masuk Daftar Gambar');
        }
      }
    }
}
