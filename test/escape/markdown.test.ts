// Text from data in the diff's pull-request comment: rendered the way GitHub would (raw HTML on,
// bare URLs linked), every breakout string stays one line of plain text that reads as typed.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownCell, visibleControls, WORD_JOINER } from '../../src/escape/markdown.ts';

const md = new MarkdownIt({ html: true, linkify: true });

const BREAKOUTS = [
  '## Disetujui\n',
  '## Disetujui',
  '# Disetujui oleh Kepala',
  'Disetujui\n===',
  'Disetujui\n---',
  '![x](http://127.0.0.1:9/a.png)',
  '<img src=x>',
  '<img src="http://127.0.0.1:9/a.png" onerror="alert(1)">',
  '<script>alert(1)</script>',
  '<!-- komentar -->',
  '<http://127.0.0.1:9/>',
  '<a href="http://contoh.invalid">klik</a>',
  '@octocat',
  'cc @octocat dan @org/tim',
  'lihat #123 dan owner/repo#7 dan GH-9',
  '[klik](javascript:alert(1))',
  '[klik][1]\n\n[1]: http://contoh.invalid',
  '| a | b |',
  '**tebal**',
  '__tebal__ *miring* _miring_ ~~coret~~',
  '`kode`',
  '```\nkode\n```',
  'http://contoh.invalid/x',
  'https://127.0.0.1:9/a?b=c',
  'www.contoh.invalid',
  'www.example.com',
  'example.com dan setda.paserkab.go.id',
  'surat@contoh.go.id',
  'mailto:a@example.com',
  '\u001b[2K',
  '\u001b[32mOK\u001b[0m',
  'baris satu\rbaris dua\nbaris tiga\r\nempat\u2028lima\u2029enam\u0085tujuh\vdelapan\fsembilan',
  '- butir',
  '+ butir',
  '* butir',
  '1. butir',
  '1) butir',
  '1.',
  '2024.',
  '- ',
  '-',
  '+',
  '=',
  '---',
  '- - -',
  '-5 dan +3',
  'a - b\n- c\n1. d',
  '> kutipan',
  '    kode menjorok',
  '\tkode menjorok',
  '---',
  '***',
  '&amp; &lt;img&gt; &#60;b&#62; &copy;',
  '$x^2$ dan $$y$$',
  'catatan kaki[^1]',
  ':smile: :+1:',
  '\\',
  'akhir dengan garis miring \\',
  '\\*bukan tebal\\*',
  '[ ] tugas',
  'a  \nb',
  'teks biasa, 110,00 % dan Rp 1.000.000 (BB)',
  'Kanan\u202Ekiri\u2066',
  'NUL\u0000 dan DEL\u007f',
];

/** What a reader sees: the HTML's text, entities decoded, word joiners (invisible) removed. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replaceAll(WORD_JOINER, '')
    .trim();
}

/** The original as it must read: one line, controls as `\uXXXX`, runs of spaces as one. */
function expectedText(original: string): string {
  return visibleControls(original.replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, ' ')).replace(/[ \t]+/g, ' ').trim();
}

/** The tags markdown-it produced, by name. */
function tags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase());
}

describe('escapeMarkdown', () => {
  for (const s of BREAKOUTS)
    it(`inert: ${JSON.stringify(s)}`, () => {
      const out = escapeMarkdown(s);
      expect(out).not.toMatch(/[\n\r\u2028\u2029\u0085\v\f]/);
      expect(out).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      // Where the comment puts data: a heading, a list item, a paragraph.
      for (const [where, line, allowed] of [
        ['judul', `### ${out} — 2024`, ['h3']],
        ['butir', `- ${out}: 99 → 90`, ['ul', 'li']],
        ['paragraf', `Data ${out} belum lolos.`, ['p']],
      ] as const) {
        const html = md.render(line);
        expect(new Set(tags(html)), `${where}: ${html}`).toEqual(new Set(allowed));
        expect(html).not.toMatch(/<img|<a[\s>]|<script|<h[1245-6]|<code|<strong|<em|<del|<table|<ol|<blockquote|<hr|<pre|<br/);
        const text = visibleText(html);
        const original = expectedText(s);
        if (where === 'judul') expect(text).toBe(`${original} — 2024`);
        else if (where === 'butir') expect(text).toBe(`${original}: 99 → 90`);
        else expect(text).toBe(`Data ${original} belum lolos.`);
      }
    });

  it('no bare URL, mention or reference is left for GitHub to link after Markdown', () => {
    const all = BREAKOUTS.map(escapeMarkdown).join(' ').replace(/\\(.)/g, '$1');
    expect(all).not.toMatch(/@\w/); // @octocat, a@b
    expect(all).not.toMatch(/#\d/); // #123, repo#7
    expect(all).not.toMatch(/:\/\//); // http://
    expect(all).not.toMatch(/www\.\w/);
    expect(all).not.toMatch(/[a-z]\.[a-z]/i); // contoh.invalid, go.id
    expect(all).not.toMatch(/:[a-z+]/i); // :smile:, mailto:
    expect(all).not.toMatch(/GH-\d/i);
  });

  it('what means something only at the start of a block is escaped there, and text stays readable', () => {
    expect(escapeMarkdown('- butir')).toBe('\\- butir');
    expect(escapeMarkdown('+ butir')).toBe('\\+ butir');
    expect(escapeMarkdown('12. butir')).toBe('12\\. butir');
    expect(escapeMarkdown('1) butir')).toBe('1\\) butir');
    expect(escapeMarkdown('rata-rata capaian IKU')).toBe('rata-rata capaian IKU');
    expect(escapeMarkdown('Rp 1.000.000')).toBe('Rp 1.000.000');
    expect(escapeMarkdown('110,00 %')).toBe('110,00 %');
    expect(escapeMarkdown('Kab. Paser')).toBe('Kab. Paser');
    expect(escapeMarkdown('-5')).toBe('-5');
    expect(escapeMarkdown('1.5 juta')).toBe('1.5 juta');
    expect(escapeMarkdown('---')).toBe('\\---');
  });

  it('control characters are shown, never passed on', () => {
    expect(escapeMarkdown('\u001b[2K')).toBe('\\\\u001b\\[2K');
    expect(visibleText(md.render(escapeMarkdown('\u001b[2K')))).toBe('\\u001b[2K');
    expect(escapeMarkdown('a\u0000b\u009bc')).toBe('a\\\\u0000b\\\\u009bc');
  });

  it('line breaks of every kind become one space: no new block', () => {
    const label = 'realisasi\r\n## Disetujui\rKepala\u2028Dinas\u2029\nok';
    const out = escapeMarkdown(label);
    expect(out).toBe('realisasi \\#\u2060\\# Disetujui Kepala Dinas ok');
    expect(tags(md.render(`- ${out}`))).toEqual(['ul', 'li', 'li', 'ul']);
  });
});

describe('escapeMarkdownCell', () => {
  const row = (cells: string[]) => `| Angka | Sebelum | Sesudah |\n|---|---:|---:|\n| ${cells.join(' | ')} |`;

  for (const s of BREAKOUTS)
    it(`one cell stays one cell: ${JSON.stringify(s)}`, () => {
      const html = md.render(row([escapeMarkdownCell(s), escapeMarkdownCell('1'), escapeMarkdownCell('2')]));
      const cells = [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!);
      expect(cells, html).toHaveLength(3);
      expect(visibleText(cells[0]!)).toBe(expectedText(s));
      expect(new Set(tags(html))).toEqual(new Set(['table', 'thead', 'tr', 'th', 'tbody', 'td']));
    });

  it('backslashes before a pipe do not open the cell', () => {
    for (const s of ['\\|', '\\\\|', 'a \\| b', '|||']) {
      const html = md.render(row([escapeMarkdownCell(s), '1', '2']));
      const cells = [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!);
      expect(cells, html).toHaveLength(3);
      expect(visibleText(cells[0]!)).toBe(s);
    }
  });

  it('an empty or missing cell shows a dash', () => {
    expect(escapeMarkdownCell(undefined)).toBe('–');
    expect(escapeMarkdownCell('')).toBe('–');
  });
});
