// JSON Schema validation (ajv, all errors) of each data file against its published schema.
import { ROOT } from '../util/root.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Ganda, Role } from '../load/index.ts';

// ajv itself is loaded only when the schemas are compiled here: the CLI brings them compiled.
const require = createRequire(import.meta.url);
type Standalone = (ajv: Ajv2020, refs: Record<string, string>) => string;
type AddFormats = (ajv: Ajv2020, formats: string[]) => void;
const orDefault = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;

const SCHEMA_DIR = join(ROOT, 'schemas');
const BASE = 'https://kinerja.github.io/skema/';

type Skema = Role | Ganda;
const ROLES: Skema[] = ['instansi', 'renstra', 'skala', 'dokumen', 'pk', 'realisasi', 'anggaran', 'belanja', 'evaluasi', 'koreksi', 'survei', 'jabatan', 'kerangka', 'tabel'];

let validators: Map<Skema, ValidateFunction> | undefined;

export function schemaFor(role: Skema): ValidateFunction {
  validators ??= compileAll();
  const v = validators.get(role);
  if (!v) throw new Error(`tidak ada skema untuk ${role}`);
  return v;
}

function newAjv(source: boolean): Ajv2020 {
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true, code: { source, esm: source } });
  orDefault<AddFormats>(require('ajv-formats'))(ajv, ['date']);
  // `errorMessage` in a schema: the Indonesian text the YAML editor shows too (see pesanSkema).
  orDefault<(ajv: Ajv2020) => void>(require('ajv-errors'))(ajv);
  for (const f of readdirSync(SCHEMA_DIR).filter((n) => n.endsWith('.schema.json')))
    ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8')));
  return ajv;
}

function compileAll(): Map<Skema, ValidateFunction> {
  const ajv = newAjv(false);
  const out = new Map<Skema, ValidateFunction>();
  for (const role of ROLES) {
    const v = ajv.getSchema(`${BASE}${role}.schema.json`);
    if (!v) throw new Error(`skema ${role} tidak ditemukan`);
    out.set(role, v);
  }
  return out;
}

/**
 * The same validators as JavaScript source, for the CLI's bundle to keep beside it (compiling
 * the schemas is a tenth of a second at every start). Same ajv, same options, same schemas.
 */
export function validatorSource(): string {
  const code = orDefault<Standalone>(require('ajv/dist/standalone/index.js'))(newAjv(true), Object.fromEntries(ROLES.map((r) => [r, `${BASE}${r}.schema.json`])));
  // ajv's standalone output requires its runtime helpers even as a module.
  return `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${code}`;
}

/** Uses validators compiled ahead (validatorSource, loaded by the CLI) instead of compiling. */
export function usePrecompiled(mod: Record<string, ValidateFunction>): void {
  if (ROLES.every((r) => typeof mod[r] === 'function')) validators = new Map(ROLES.map((r) => [r, mod[r]!]));
}

export function validateSchema(role: Skema, data: unknown): ErrorObject[] {
  const v = schemaFor(role);
  return v(data) ? [] : unwrap(v.errors ?? []);
}

const PESAN = new WeakMap<ErrorObject, string>();

/**
 * ajv-errors puts the errors an `errorMessage` covers inside one error of its own; they are taken
 * out again, as ajv gave them (the messages are told from them, at their own paths), each
 * remembering the schema's text for pesanSkema.
 */
function unwrap(errors: ErrorObject[]): ErrorObject[] {
  return errors.flatMap((e) => {
    if (e.keyword !== 'errorMessage') return [e];
    const inner = (e.params as { errors?: ErrorObject[] }).errors ?? [];
    // Only the schema's own keywords: an error deeper inside (a property of it) keeps its own words.
    const own = e.schemaPath.replace(/errorMessage$/, '');
    for (const i of inner) if (i.schemaPath === own + i.keyword) PESAN.set(i, String(e.message));
    return inner;
  });
}

/**
 * The schema's own message for an error (its `errorMessage`, the text the YAML editor shows):
 * what is wrong, then after "; " what to write. One text for check and the editor.
 */
export function pesanSkema(e: ErrorObject): { salah: string; tulis?: string } | undefined {
  const text = PESAN.get(e);
  if (text === undefined) return undefined;
  const at = text.indexOf('; ');
  return at < 0 ? { salah: text } : { salah: text.slice(0, at), tulis: text.slice(at + 2) };
}
