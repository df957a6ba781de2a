// Parse one YAML file keeping the position of every node, so that every later
// diagnostic (schema, rule, computed figure) can name file:line:col.
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';
import { Diagnostics as DiagnosticList, type Diagnostics, type Location } from '../diagnostics/index.ts';
import { simpananAktif, type Parsed } from './simpanan-yaml.ts';
import { translateYamlError } from './yaml-messages.ts';
import { checkDirectives, checkNodes, tooDeep } from './yaml-guards.ts';

export type PathSegment = string | number;

export interface YamlFile {
  /** Path as shown to the author (relative to the working directory). */
  file: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

export function parseYaml(text: string, file: string, diags: Diagnostics): YamlFile | undefined {
  const simpanan = simpananAktif();
  const p = simpanan ? simpanan.ambil(file, text, () => parseDoc(text, file)) : parseDoc(text, file);
  for (const d of p.said) diags.add({ ...d });
  if (!p.parsed) return undefined;
  const f: YamlFile = { file, doc: p.parsed.doc, lines: p.parsed.lines, data: undefined };
  try {
    // Anchors and aliases are refused above, so nothing here can multiply; the bound stays as a second wall.
    f.data = p.parsed.doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    diags.error('yaml/tak-terbaca', `YAML tidak dapat dibaca: ${e instanceof Error ? e.message : String(e)}`, { file, line: 1, col: 1 },
      'tulis data sebagai kunci: nilai dan daftar "- " biasa');
    return undefined;
  }
  return f;
}

/** The document with its positions, and what its parse and the guards said of it. */
function parseDoc(text: string, file: string): Parsed {
  const diags = new DiagnosticList();
  const said = { text, said: diags.list };
  if (tooDeep(text, file, diags)) return said;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  const before = diags.errors.length;
  const directiveLines = checkDirectives(text, file, diags);
  for (const err of doc.errors) {
    const pos = lines.linePos(err.pos[0]);
    if (directiveLines.has(pos.line)) continue; // said once, by checkDirectives
    const at = { file, line: pos.line, col: pos.col };
    const { message, hint } = translateYamlError(err.code, err.message, text, err.pos[0]);
    diags.error(`yaml/${err.code.toLowerCase()}`, message, at, hint);
  }
  for (const w of doc.warnings) {
    const pos = lines.linePos(w.pos[0]);
    if (directiveLines.has(pos.line) || w.code === 'TAG_RESOLVE_FAILED') continue; // tags are refused below
    const at = { file, line: pos.line, col: pos.col };
    diags.warn(`yaml/${w.code.toLowerCase()}`, `YAML: ${w.message.split('\n')[0]}`, at);
  }
  if (diags.errors.length > before) return said;
  checkNodes({ file, doc, lines, data: undefined }, text, diags);
  if (diags.errors.length > before) return said;
  return { ...said, parsed: { doc, lines } };
}

function positionOf(f: YamlFile, offset: number): Location {
  const p = f.lines.linePos(offset);
  return { file: f.file, line: p.line, col: p.col };
}

/** The node at `path`, or the deepest ancestor that exists. */
function walk(f: YamlFile, path: readonly PathSegment[]): { node: Node | null; key: Node | null; depth: number } {
  let node = f.doc.contents as Node | null;
  let key: Node | null = null;
  let depth = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
      if (!pair) break;
      key = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof seg === 'number' || isSeq(node) && /^\d+$/.test(String(seg))) {
      const item = (node as { items: unknown[] }).items[Number(seg)] as Node | undefined;
      if (!item) break;
      key = null;
      node = item;
    } else break;
    depth++;
  }
  return { node, key, depth };
}

/** Where the value at `path` starts (or its key, with `which = 'key'`); falls back to the nearest ancestor. */
export function locate(f: YamlFile, path: readonly PathSegment[], which: 'value' | 'key' = 'value'): Location {
  const { node, key, depth } = walk(f, path);
  const target = which === 'key' && key && depth === path.length ? key : node ?? key;
  const offset = target?.range?.[0] ?? 0;
  return positionOf(f, offset);
}

/** The source text of the scalar at `path`, as the author typed it (e.g. `6.738.935.695`). */
export function sourceText(f: YamlFile, path: readonly PathSegment[]): string | undefined {
  const { node, depth } = walk(f, path);
  if (depth !== path.length || !isScalar(node)) return undefined;
  const src = (node as { source?: string }).source;
  return typeof src === 'string' ? src : String(node.value);
}
