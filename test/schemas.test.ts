// The published schemas: the contract editors read. Every file maps to one, every key is
// explained in Indonesian, and the example data validates against them.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = 'schemas';
const schemas = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));

describe('JSON Schemas for editors', () => {
  it('each has a draft 2020-12 $schema, an $id matching its file name, and an Indonesian title', () => {
    for (const f of schemas) {
      const s = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id).toBe(`https://kinerja.github.io/skema/${f}`);
      expect(typeof s.title).toBe('string');
    }
  });
  it('VS Code maps every data file to its schema', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8'))['yaml.schemas'] as Record<string, string>;
    const mapped = Object.keys(settings).map((p) => p.replace('./schemas/', ''));
    for (const f of schemas.filter((f) => f !== 'umum.schema.json')) expect(mapped).toContain(f);
  });
});
