// Schemas that travel (issue 18): every property says in Indonesian what it is, so an editor's
// hover explains it wherever the schemas are installed.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Node = unknown;

function properties(node: Node, path: string, out: { path: string; description?: unknown }[]): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n, i) => properties(n, `${path}[${i}]`, out));
  const o = node as Record<string, Node>;
  for (const key of ['properties', 'patternProperties'])
    if (o[key] && typeof o[key] === 'object')
      for (const [name, p] of Object.entries(o[key] as Record<string, Record<string, unknown>>)) out.push({ path: `${path}/${key}/${name}`, description: p.description });
  for (const [k, v] of Object.entries(o)) properties(v, `${path}/${k}`, out);
}

describe('schemas', () => {
  const files = readdirSync('schemas').filter((f) => f.endsWith('.schema.json'));

  it('give every property a description, in Indonesian', () => {
    const all: { path: string; description?: unknown }[] = [];
    for (const f of files) properties(JSON.parse(readFileSync(`schemas/${f}`, 'utf8')), f, all);
    console.log(`skema: ${all.length} properti, ${all.filter((p) => typeof p.description === 'string' && p.description.trim()).length} berdeskripsi`);
    expect(all.length).toBeGreaterThan(300);
    expect(all.filter((p) => typeof p.description !== 'string' || !p.description.trim()).map((p) => p.path)).toEqual([]);
    // Indonesian, not English: none starts with an English article or says "The …".
    expect(all.filter((p) => /^(The|A|An|List|Name|Number|Date)\b/.test(String(p.description))).map((p) => p.path)).toEqual([]);
  });

  // A map's keys are the author's own (an indicator's id, a year, a position): hovering one shows
  // the description of the value schema, directly or through its $ref.
  it('describe the value of every map (additionalProperties), for the hover on its keys', () => {
    const docs = new Map(files.map((f) => [f, JSON.parse(readFileSync(`schemas/${f}`, 'utf8')) as Record<string, unknown>]));
    const lihat = (ref: string, from: string): Record<string, unknown> | undefined => {
      const [file, pointer] = ref.split('#');
      let node: unknown = docs.get(file || from);
      for (const part of (pointer ?? '').split('/').filter(Boolean)) node = (node as Record<string, unknown> | undefined)?.[part];
      return node as Record<string, unknown> | undefined;
    };
    const tanpa: string[] = [];
    let maps = 0;
    const walk = (node: Node, path: string, file: string): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`, file));
      const ap = (node as Record<string, unknown>).additionalProperties as Record<string, unknown> | boolean | undefined;
      if (ap && typeof ap === 'object') {
        maps++;
        const d = ap.description ?? (typeof ap.$ref === 'string' ? lihat(ap.$ref, file)?.description : undefined);
        if (typeof d !== 'string' || !d.trim()) tanpa.push(`${path}/additionalProperties`);
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`, file);
    };
    for (const [f, s] of docs) walk(s, f, f);
    console.log(`skema: ${maps} peta (additionalProperties), ${maps - tanpa.length} berdeskripsi`);
    expect(maps).toBeGreaterThan(15);
    expect(tanpa).toEqual([]);
  });

  it('are each a whole document with an Indonesian title and description', () => {
    for (const f of files) {
      const s = JSON.parse(readFileSync(`schemas/${f}`, 'utf8')) as { title?: string; description?: string; $schema?: string };
      expect(s.$schema, f).toMatch(/json-schema\.org/);
      expect(s.title, f).toBeTruthy();
    }
  });
});
