// JSON Schema validation (ajv, all errors) of each data file against its published schema.
import { ROOT } from '../util/root.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Role } from '../load/index.ts';

const SCHEMA_DIR = join(ROOT, 'schemas');
const BASE = 'https://kinerja.github.io/skema/';

let validators: Map<Role, ValidateFunction> | undefined;

export function schemaFor(role: Role): ValidateFunction {
  validators ??= compileAll();
  const v = validators.get(role);
  if (!v) throw new Error(`tidak ada skema untuk ${role}`);
  return v;
}

function compileAll(): Map<Role, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
  const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
  (addFormats as unknown as (a: Ajv2020, f: string[]) => void)(ajv, ['date']);
  for (const f of readdirSync(SCHEMA_DIR).filter((n) => n.endsWith('.schema.json')))
    ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8')));
  const out = new Map<Role, ValidateFunction>();
  for (const role of ['instansi', 'renstra', 'skala', 'dokumen', 'pk', 'realisasi', 'anggaran', 'belanja', 'evaluasi', 'koreksi'] as Role[]) {
    const v = ajv.getSchema(`${BASE}${role}.schema.json`);
    if (!v) throw new Error(`skema ${role} tidak ditemukan`);
    out.set(role, v);
  }
  return out;
}

export function validateSchema(role: Role, data: unknown): ErrorObject[] {
  const v = schemaFor(role);
  return v(data) ? [] : [...(v.errors ?? [])];
}
