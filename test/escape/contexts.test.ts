// Each escaping context fed the breakout strings of the security issue: the page's stylesheet
// (the running head), HTML and SVG text, the terminal. For the stylesheet, the whole <style> a
// hostile name produces is the one a plain name produces, but for the running-head strings,
// which read back as exactly the name.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeTahun } from '../../src/compute/index.ts';
import { Diagnostics } from '../../src/diagnostics/index.ts';
import { cssString } from '../../src/escape/css.ts';
import { escapeHtml } from '../../src/escape/html.ts';
import { terminalText } from '../../src/escape/terminal.ts';
import { loadInstansi } from '../../src/load/index.ts';
import { renderIsi, renderPk, renderRencanaAksi } from '../../src/render/index.ts';
import { validate } from '../../src/validate/index.ts';

export const BREAKOUTS = [
  '"; } </style><script>document.title="x"</script>',
  '"; } table { display: none } @page { x: "',
  '"',
  "'",
  '\\',
  '\\"; } body { color: red } x { content: "',
  '</style><img src=x onerror=alert(1)>',
  '";}@import url(http://127.0.0.1:9/a.css);x{content:"',
  '"; } * { background: url(http://127.0.0.1:9/) } x { content: "',
  '/* tidak ditutup',
  '*/ } body { display: none } /*',
  '}}}}}',
  '{{{{',
  ';;;;',
  '<!--',
  ']]>',
  '\\22 ; } body { display:none }',
  '\\000022',
  'Setda\u0000Paser',
  'Setda\nPaser',
  'Setda\r\nPaser',
  'Setda\u2028Paser',
  'Setda\fPaser',
  'Setda Pa\u00adser — “Kab.” (2024)',
  '@media print { body { display: none } }',
  'expression(alert(1))',
  'url(javascript:alert(1))',
  '\ud83d\ude00 emoji',
  'a'.repeat(500),
  '%22%3B%7D',
];

/** Decodes one CSS string token (the escapes cssString writes, and plain characters). */
function decodeCss(token: string): string {
  expect(token.startsWith('"') && token.endsWith('"')).toBe(true);
  return token.slice(1, -1).replace(/\\([0-9a-f]{1,6}) ?/g, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

const STRING = /content: ("(?:[^"\\]|\\.)*")/g;

describe('CSS strings', () => {
  for (const s of BREAKOUTS)
    it(`cssString ${JSON.stringify(s).slice(0, 40)}`, () => {
      const token = cssString(s);
      // Nothing in it can end the string, the rule or the <style> element.
      const inner = token.slice(1, -1);
      expect(inner).not.toMatch(/["'\n\r\f<>;{}]|\/\*|\*\//);
      expect(inner.replace(/\\[0-9a-f]{1,6} /g, '')).not.toContain('\\');
      expect(decodeCss(token)).toBe(s);
    });
});

const dir = mkdtempSync(join(tmpdir(), 'kinerja-css-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function modelWith(singkatan: string) {
  const data = join(dir, 'dinas');
  rmSync(data, { recursive: true, force: true });
  cpSync('test/fixtures/minimal', data, { recursive: true });
  const f = join(data, 'instansi.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace('nama: Dinas Contoh Kabupaten Uji', `nama: Dinas Contoh Kabupaten Uji\nsingkatan: ${JSON.stringify(singkatan)}`));
  const diags = new Diagnostics();
  const valid = validate(loadInstansi(data, diags), diags);
  return valid ? computeTahun(valid.data, 2024) : undefined;
}

/** Every document's <style> from data, with its running-head strings decoded apart. */
function styles(singkatan: string): { rest: string; heads: string[] } {
  const m = modelWith(singkatan);
  expect(m, 'data valid').toBeDefined();
  const css = [renderIsi(m!), renderPk(m!), renderRencanaAksi(m!)].map((p) => /<style>([\s\S]*?)<\/style>/.exec(p.html)![1]!).join('\n');
  return { rest: css.replace(STRING, 'content: STRING'), heads: [...css.matchAll(STRING)].map((x) => decodeCss(x[1]!)) };
}

describe('running heads from a hostile singkatan', () => {
  const plain = () => styles('SINGKATAN');
  // Characters that load refuses (controls) are left to its own tests.
  for (const s of BREAKOUTS.filter((b) => !/[\u0000-\u001f\u2028]/.test(b)))
    it(JSON.stringify(s).slice(0, 60), () => {
      const hostile = styles(s);
      const ref = plain();
      expect(hostile.rest).toBe(ref.rest);
      expect(hostile.heads).toEqual(ref.heads.map((h) => h.replace('SINGKATAN', s)));
    });
});

describe('HTML and SVG text', () => {
  for (const s of BREAKOUTS)
    it(JSON.stringify(s).slice(0, 60), () => {
      const e = escapeHtml(s);
      expect(e).not.toMatch(/[<>"'`]/);
      expect(e.replace(/&(amp|lt|gt|quot|#x27|#x60|#x3D);/g, (_m, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#x60': '`', '#x3D': '=' })[n]!)).toBe(s);
    });
});

describe('terminal', () => {
  it('control and bidi characters are shown as escapes; our own line breaks and tabs stay', () => {
    expect(terminalText('a\u001b[2K\u001b[32mOK\u001b[0m')).toBe('a\\x1b[2K\\x1b[32mOK\\x1b[0m');
    expect(terminalText('nama\u202eabc\u2066')).toBe('nama\\u202eabc\\u2066');
    expect(terminalText('baris\rtimpa\u0000\u0007\u009b')).toBe('baris\\x0dtimpa\\x00\\x07\\x9b');
    expect(terminalText('satu\n\tdua')).toBe('satu\n\tdua');
  });
});
