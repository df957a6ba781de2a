// The parts of YAML no author of this data needs and every attacker likes, refused at their
// place before the document becomes data:
// - directives (`%YAML 1.1` switches to a schema that reads 0x1F, 1_000 and `yes` otherwise);
// - anchors and aliases, all of them: one fact is written on one line, a value borrowed from
//   elsewhere hides where a figure comes from, and refusing them makes an alias bomb or an
//   alias to nothing impossible instead of merely bounded;
// - explicit tags (`!!binary`, `!!float`, `!tidak-dikenal`);
// - numbers the core schema reads from another notation (0x1F, 0o17, 1e6, +5, .inf, 012);
// - control characters written as escapes in double quotes ("\e", "\u202E");
// - nesting deep enough to exhaust the parser's stack (checked on the text, before parsing).
import { isAlias, isNode, isScalar, visit, type Node, type Scalar } from 'yaml';
import type { Diagnostics, Location } from '../diagnostics/index.ts';
import { HIDDEN, sayHidden } from './hidden-chars.ts';
import type { YamlFile } from './yaml-file.ts';

/** Deeper than any real data file (anggaran.yaml indents ~16 columns); far below the parser's stack. */
const MAX_INDENT = 120;
const MAX_FLOW = 50;

function positionIn(text: string, offset: number): { line: number; col: number } {
  const line = text.slice(0, offset).split('\n').length;
  return { line, col: offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1 };
}

/** Refuses, on the text alone, nesting so deep that parsing it would be the problem. */
export function tooDeep(text: string, file: string, diags: Diagnostics): boolean {
  let line = 1;
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0, start = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === start) {
      // Indentation and compact nesting (`- - - x`, `? ? x`) both cost a level each.
      const lead = /^(?: |[-?:](?=[ \n]|$))*/.exec(text.slice(start, start + MAX_INDENT + 2))![0].length;
      if (lead > MAX_INDENT) {
        diags.error('yaml/terlalu-dalam', `susunan YAML terlalu dalam: lebih dari ${MAX_INDENT} kolom indentasi`, { file, line, col: 1 },
          'data ini hanya beberapa tingkat dalamnya: periksa indentasi baris ini (2 spasi per tingkat)');
        return true;
      }
    }
    if (c === undefined) break;
    if (c === '\n') {
      line++;
      start = i + 1;
    } else if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if ((c === '"' || c === "'") && /[\s\[{,:-]/.test(text[i - 1] ?? ' ')) quote = c;
    else if (c === '#' && /\s/.test(text[i - 1] ?? ' ')) i = (text.indexOf('\n', i) + 1 || text.length + 1) - 2;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW) {
        diags.error('yaml/terlalu-dalam', `kurung [ atau { bersarang lebih dari ${MAX_FLOW} tingkat`, { file, line, col: i - start + 1 },
          'tulis daftar bertingkat sebagai baris-baris "- " berindentasi; teks yang memuat [ atau { ditulis di antara tanda petik');
        return true;
      }
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return false;
}

/** `%YAML` and `%TAG` lines; returns their line numbers so the parser's own word on them is not repeated. */
export function checkDirectives(text: string, file: string, diags: Diagnostics): Set<number> {
  const lines = new Set<number>();
  for (const m of text.matchAll(/^%[^\r\n]*/gm)) {
    const { line } = positionIn(text, m.index);
    lines.add(line);
    const yaml = /^%YAML\b/.test(m[0]);
    diags.error('yaml/petunjuk', `petunjuk YAML "${m[0].trim().slice(0, 40)}" tidak dipakai: data ini ditulis dalam YAML 1.2 biasa`, { file, line, col: 1 },
      yaml
        ? 'hapus baris ini (dan baris --- sesudahnya): di bawah %YAML 1.1, 0x1F, 1_000 dan yes dibaca sebagai angka atau ya/tidak'
        : 'hapus baris ini (dan baris --- sesudahnya): data ini tidak memakai tanda tipe YAML');
  }
  return lines;
}

/** Plain decimals only: 12, -3, 98.5, 0.25. */
const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

function numberForm(src: string): string {
  const s = src.replace(/^[-+]/, '');
  if (/^0x/i.test(s)) return 'dalam heksadesimal';
  if (/^0o/i.test(s)) return 'dalam oktal';
  if (/^\.inf$/i.test(s)) return 'sebagai tak hingga';
  if (/^\.nan$/i.test(s)) return 'sebagai bukan-angka (NaN)';
  if (/e/i.test(s)) return 'dengan pangkat (eksponen)';
  if (src.startsWith('+')) return 'dengan tanda +';
  if (/^0\d/.test(s)) return 'dengan nol di depan';
  if (s.startsWith('.')) return 'tanpa 0 di depan titik';
  return 'dengan titik di akhir';
}

function numberHint(src: string, value: number): string {
  if (!Number.isFinite(value)) return 'tulis angka desimal biasa, misalnya 1500000; bila belum ada nilainya, tulis null';
  const plain = value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  if (/^[-+]?0\d/.test(src)) return `tulis angka desimal biasa, misalnya ${plain}; bila ini kode, tulis di antara tanda petik: "${src}"`;
  return `tulis angka desimal biasa, misalnya ${plain}`;
}

/** Where the property (`&name`, `!tag`) written before a node starts. */
function propertyAt(text: string, node: Node, prefix: string): number {
  const at = text.lastIndexOf(prefix, node.range?.[0] ?? 0);
  return at === -1 ? node.range?.[0] ?? 0 : at;
}

function escapedHidden(f: YamlFile, text: string, node: Scalar, report: (at: Location, code: string, message: string, hint: string, warn: boolean) => void): void {
  const [from, to] = node.range ?? [0, 0];
  const src = text.slice(from, to);
  const SIMPLE: Record<string, number> = { '0': 0, a: 7, b: 8, v: 11, f: 12, e: 27, N: 0x85, L: 0x2028, P: 0x2029 };
  for (const m of src.matchAll(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gs)) {
    const e = m[1]!;
    const cp = e.length > 1 ? parseInt(e.slice(1), 16) : SIMPLE[e];
    if (cp === undefined || !String.fromCodePoint(cp).match(HIDDEN)) continue;
    const said = sayHidden(cp);
    const p = f.lines.linePos(from + m.index);
    report({ file: f.file, line: p.line, col: p.col }, said.code, `${said.name} ditulis sebagai escape "${m[0]}"`,
      'hapus escape ini: teks di data ditulis apa adanya, tanpa karakter tak terlihat', said.severity === 'peringatan');
  }
}

/** Anchors, aliases, tags, numbers in other notations and escaped control characters, each at its place. */
export function checkNodes(f: YamlFile, text: string, diags: Diagnostics): void {
  const at = (offset: number): Location => {
    const p = f.lines.linePos(offset);
    return { file: f.file, line: p.line, col: p.col };
  };
  const report = (where: Location, code: string, message: string, hint: string, warn = false) =>
    warn ? diags.warn(code, message, where, hint) : diags.error(code, message, where, hint);
  const anchors = new Set<string>();
  let told = 0;
  // An alias bomb is hundreds of aliases: the first few places tell the author enough.
  const tell = (where: Location, code: string, message: string, hint: string) => {
    if (++told <= 10) report(where, code, message, hint);
  };
  visit(f.doc, (_key, node) => {
    if (!isNode(node)) return;
    if (isAlias(node)) {
      const name = node.source;
      if (anchors.has(name))
        tell(at(node.range?.[0] ?? 0), 'yaml/alias', `alias YAML *${name} tidak dipakai di data ini`,
          `tulis nilainya langsung di sini: setiap fakta ditulis sekali, di barisnya sendiri`);
      else
        tell(at(node.range?.[0] ?? 0), 'yaml/alias', `alias *${name} menunjuk jangkar &${name} yang tidak ada`,
          `teks yang diawali * ditulis di antara tanda petik, mis. "*${name}"; alias YAML tidak dipakai di data ini`);
      return;
    }
    if (node.anchor) {
      anchors.add(node.anchor);
      tell(at(propertyAt(text, node, `&${node.anchor}`)), 'yaml/jangkar', `jangkar YAML &${node.anchor} tidak dipakai di data ini`,
        'hapus &' + node.anchor + ' dan tulis nilainya langsung di setiap tempat yang memerlukannya');
    }
    if (node.tag) {
      const written = /^tag:yaml\.org,2002:/.test(node.tag) ? `!!${node.tag.slice(18)}` : node.tag;
      const bang = written.startsWith('!!') ? '!!' : '!';
      report(at(propertyAt(text, node, bang)), 'yaml/tanda-tipe', `tanda tipe YAML ${written} tidak dipakai di data ini`,
        'hapus tandanya; teks yang harus tetap teks (mis. kode "012") ditulis di antara tanda petik');
      return;
    }
    if (!isScalar(node)) return;
    if (typeof node.value === 'number' && node.type === 'PLAIN') {
      const src = String((node as { source?: unknown }).source ?? text.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0));
      if (!DECIMAL.test(src))
        report(at(node.range?.[0] ?? 0), 'yaml/angka', `angka ditulis ${numberForm(src)}: tertulis "${src}"`, numberHint(src, node.value));
    }
    if (node.type === 'QUOTE_DOUBLE') escapedHidden(f, text, node, report);
  });
  if (told > 10) diags.error('yaml/alias', `dan ${told - 10} jangkar atau alias YAML lainnya di berkas ini`, { file: f.file, line: 1, col: 1 },
    'hapus semua & dan *: tulis setiap nilai langsung di tempatnya');
}
