// ajv's errors, said for an author: one message per problem, at the line of the YAML that
// holds it, with what to write instead. Of the branches of an anyOf, only the deepest is told.
import type { ErrorObject } from 'ajv';
import type { Diagnostics } from '../diagnostics/index.ts';
import { locate, sourceText, type PathSegment, type YamlFile } from '../load/index.ts';
import { didYouMean } from '../util/suggest.ts';
import { pesanSkema } from './schema.ts';

const BULAN = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];

function pathOf(instancePath: string): PathSegment[] {
  if (!instancePath) return [];
  return instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function fieldName(path: PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return 'nilai';
}

/** An Indonesian-written number (`6.738.935.695`, `92,10`, `Rp 1.000`) as the JSON number it means. */
export function indonesianNumber(text: string): string | undefined {
  // `1_000_000`: YAML 1.1's digit grouping, a string in the 1.2 core schema the data is read with.
  const t = text.replace(/^rp\.?\s*/i, '').replace(/,-$/, '').replace(/\s/g, '').replace(/(?<=\d)_(?=\d)/g, '').trim();
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return t.replace(/\./g, '').replace(',', '.').replace(/\.0+$/, '');
  if (/^-?\d+,\d+$/.test(t)) return t.replace(',', '.');
  if (/^-?\d+$/.test(t)) return t;
  return undefined;
}

function predikatHint(text: string): string | undefined {
  const m = /^([A-E]{1,2})\s*\(\s*(\d+(?:[.,]\d+)?)\s*\)$/.exec(text.trim());
  return m ? `tulis {predikat: ${m[1]}, nilai: ${m[2]!.replace(',', '.')}}` : undefined;
}

function dateHint(text: string): string | undefined {
  // "Januari 2024", "01/2024": a month and year, written as the schema reads them.
  const bulan = /^([A-Za-z]+|\d{1,2})[\s/-]+(\d{4})$/.exec(text.trim());
  if (bulan) {
    const month = /^\d+$/.test(bulan[1]!) ? Number(bulan[1]) : BULAN.indexOf(bulan[1]!.toLowerCase()) + 1;
    return month >= 1 && month <= 12 ? `tulis ${bulan[2]}-${String(month).padStart(2, '0')}` : undefined;
  }
  const m = /^(\d{1,2})[\s/-]+([A-Za-z]+|\d{1,2})[\s/-]+(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = /^\d+$/.test(m[2]!) ? Number(m[2]) : BULAN.indexOf(m[2]!.toLowerCase()) + 1;
  if (month < 1 || month > 12) return undefined;
  return `tulis ${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

function typeDescription(e: ErrorObject): string {
  const t = String((e.params as { type: string }).type);
  const ref = String((e.parentSchema as { title?: string } | undefined)?.title ?? '');
  if (t === 'integer' && /rupiah/i.test(ref + e.schemaPath)) return 'angka bulat rupiah';
  return { integer: 'bilangan bulat', number: 'angka', string: 'teks', array: 'daftar (baris-baris diawali "- ")', object: 'kumpulan kunci: nilai', boolean: 'true atau false', null: 'kosong' }[t] ?? t;
}

interface Told {
  code: string;
  message: string;
  hint?: string;
  keyOf?: boolean;
}

/**
 * The schema's `errorMessage` (what the editor shows) as check says it: a predicate ("harus …",
 * "bukan …") after the field's name, anything else as it is; then what is written there.
 */
function dariSkema(said: { salah: string }, field: string, shown: string): string {
  const subject = /^(harus|bukan|tidak)\b/.test(said.salah) ? `${field} ` : '';
  return `${subject}${said.salah}${shown ? `: ${shown}` : ''}`;
}

function tell(e: ErrorObject, f: YamlFile, path: PathSegment[]): Told {
  const field = fieldName(path);
  const src = sourceText(f, path);
  const shown = src !== undefined ? `tertulis "${src}"` : '';
  const said = pesanSkema(e);
  switch (e.keyword) {
    case 'required': {
      const key = (e.params as { missingProperty: string }).missingProperty;
      return { code: 'skema/wajib', message: `kunci \`${key}\` wajib ada${path.length ? ` di \`${field}\`` : ''}`, hint: `tambahkan baris \`${key}: …\`` };
    }
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const hint = didYouMean(key, known) ?? (known.length ? `kunci yang dikenal: ${known.join(', ')}` : undefined);
      return { code: 'skema/kunci-tak-dikenal', message: `kunci \`${key}\` tidak dikenal`, hint, keyOf: true };
    }
    case 'type': {
      const want = typeDescription(e);
      const asNumber = src !== undefined ? indonesianNumber(src) : undefined;
      const types = String((e.params as { type: string }).type);
      // A target or realisasi (umum.schema.json#/$defs/nilai): a number, or a predikat with its number.
      if (said && /number/.test(types) && /object/.test(types))
        return { code: 'skema/nilai', message: dariSkema(said, field, shown), hint: (src !== undefined ? predikatHint(src) : undefined) ?? (asNumber !== undefined ? `tulis ${asNumber}` : said.tulis) };
      if (asNumber !== undefined && /angka|bilangan/.test(want))
        return { code: 'skema/angka-indonesia', message: `${said ? dariSkema(said, field, shown) : `${field} harus ${want}: ${shown}`}, tulis ${asNumber}`, hint: said?.tulis ?? 'angka ditulis tanpa titik ribuan, dengan titik sebagai desimal' };
      if (said) return { code: 'skema/tipe', message: dariSkema(said, field, shown), hint: said.tulis };
      return { code: 'skema/tipe', message: `${field} harus ${want}${shown ? `: ${shown}` : ''}` };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return { code: 'skema/pilihan', message: `${field} harus salah satu dari: ${allowed.join(', ')}${shown ? ` (${shown})` : ''}`, hint: src ? didYouMean(src, allowed) : undefined };
    }
    case 'pattern': {
      const pattern = (e.params as { pattern: string }).pattern;
      // The words come from the schema's errorMessage (umum.schema.json); the hints from what is written.
      const message = said ? dariSkema(said, field, shown) : `${field} tidak sesuai bentuk yang diminta${shown ? `: ${shown}` : ''}`;
      if (pattern.includes('{18}')) {
        const digits = (src ?? '').replace(/\D/g, '');
        return { code: 'skema/nip', message, hint: digits.length === 18 ? `tulis "${digits}"` : `NIP ini berisi ${digits.length} angka` };
      }
      if (pattern.includes('(0[1-9]|1[0-2])$')) // a date of month and year only (umum.schema.json#/$defs/tanggal)
        return { code: 'skema/tanggal', message, hint: said?.tulis };
      if (pattern.startsWith('^[a-z0-9]')) {
        const fixed = (src ?? '').toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
        return { code: 'skema/pengenal', message, hint: fixed ? `tulis ${fixed}` : said?.tulis };
      }
      return { code: 'skema/pola', message, hint: said?.tulis };
    }
    case 'propertyNames':
      return { code: 'skema/kunci-tahun', message: `kunci di \`${field}\` harus tahun empat angka, mis. 2024`, keyOf: true };
    case 'format':
      return { code: 'skema/tanggal', message: said ? dariSkema(said, field, shown) : `${field} tidak sesuai bentuk ${(e.params as { format: string }).format}: ${shown}`, hint: (src && dateHint(src)) ?? said?.tulis };
    case 'minimum':
    case 'exclusiveMinimum':
      return { code: 'skema/minimum', message: `${field} tidak boleh kurang dari ${(e.params as { limit: number }).limit}${shown ? `: ${shown}` : ''}` };
    case 'maximum':
      return { code: 'skema/maksimum', message: `${field} tidak boleh lebih dari ${(e.params as { limit: number }).limit}${shown ? `: ${shown}` : ''}` };
    case 'minItems':
      return { code: 'skema/daftar-kosong', message: `daftar \`${field}\` tidak boleh kosong`, hint: 'isi paling sedikit satu butir' };
    case 'minLength':
      return { code: 'skema/teks-kosong', message: `${field} tidak boleh kosong` };
    case 'not': {
      const keys = ((e.schema as { required?: string[] } | undefined)?.required ?? []).map((k) => `\`${k}\``);
      return { code: 'skema/pilih-satu', message: `tulis salah satu saja: ${keys.join(' atau ')}` };
    }
    default:
      return { code: `skema/${e.keyword}`, message: `${field}: ${e.message ?? 'tidak sah'}` };
  }
}

type Pesan = ReturnType<typeof pesanSkema>;

/** Of an anyOf's branches, keep the errors that went deepest; a shallow mismatch becomes one message. */
function resolveAnyOf(errors: ErrorObject[]): { e: ErrorObject; anyOfValue?: Pesan | true }[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const out: { e: ErrorObject; anyOfValue?: Pesan | true }[] = [];
  const consumed = new Set<ErrorObject>();
  for (const a of anyOfs.sort((x, y) => x.schemaPath.length - y.schemaPath.length)) {
    if (consumed.has(a)) continue; // an inner anyOf, told with its outer one
    const prefix = a.schemaPath.replace(/\/(anyOf|oneOf)$/, '');
    // A branch that is a $ref reports its errors at the referenced schema's own path.
    const refs = (Array.isArray(a.schema) ? (a.schema as { $ref?: string }[]) : []).flatMap((b) => (b?.$ref ? [`${b.$ref}/`] : []));
    const inBranch = (p: string) => p.startsWith(prefix + '/' + a.keyword + '/') || refs.some((r) => p.startsWith(r));
    const branch = errors.filter((e) => e !== a && inBranch(e.schemaPath) && e.instancePath.startsWith(a.instancePath));
    branch.forEach((e) => consumed.add(e));
    const deep = branch.filter((e) => e.instancePath.length > a.instancePath.length || e.keyword === 'required' || e.keyword === 'additionalProperties');
    const other = branch.filter((e) => !['type', 'anyOf', 'oneOf'].includes(e.keyword));
    if (deep.length) out.push(...deep.map((e) => ({ e })));
    else if (other.length) out.push(...other.map((e) => ({ e })));
    // A value none of whose kinds fit: said with a branch's errorMessage (the editor's words).
    else out.push({ e: a, anyOfValue: branch.map(pesanSkema).find(Boolean) ?? true });
  }
  for (const e of errors) if (!consumed.has(e) && e.keyword !== 'anyOf' && e.keyword !== 'oneOf') out.push({ e });
  return out;
}

/** A missing key beside an unknown key that is its typo is one mistake: tell only the typo. */
function dropTypoRequired<T extends { e: ErrorObject }>(list: T[]): T[] {
  const unknown = list.filter(({ e }) => e.keyword === 'additionalProperties');
  return list.filter(({ e }) => {
    if (e.keyword !== 'required') return true;
    const missing = (e.params as { missingProperty: string }).missingProperty;
    return !unknown.some(({ e: u }) => u.instancePath === e.instancePath && didYouMean((u.params as { additionalProperty: string }).additionalProperty, [missing]));
  });
}

export function reportSchemaErrors(errors: ErrorObject[], f: YamlFile, diags: Diagnostics): void {
  const seen = new Set<string>();
  // An if/then/else says only "must match then"; the branch's own error, beside it, says what.
  const told = errors.filter((e) => e.keyword !== 'if');
  for (const { e, anyOfValue } of dropTypoRequired(resolveAnyOf(told))) {
    const path = pathOf(e.instancePath);
    let told: Told;
    if (anyOfValue) {
      const src = sourceText(f, path) ?? '';
      const num = indonesianNumber(src);
      const said = anyOfValue === true ? { salah: 'tidak sesuai jenis mana pun yang diterima' } : anyOfValue;
      told = {
        code: 'skema/nilai',
        message: dariSkema(said, fieldName(path), src ? `tertulis "${src}"` : ''),
        hint: predikatHint(src) ?? (num !== undefined ? `tulis ${num}` : said.tulis),
      };
    } else told = tell(e, f, path);
    const keyPath = told.keyOf && e.keyword === 'additionalProperties' ? [...path, (e.params as { additionalProperty: string }).additionalProperty] : path;
    const at = locate(f, keyPath, told.keyOf ? 'key' : 'value');
    const sig = `${at.line}:${at.col}:${told.message}`;
    if (seen.has(sig)) continue;
    seen.add(sig);
    diags.error(told.code, told.message, at, told.hint);
  }
}
