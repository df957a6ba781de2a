// Figures written into a YAML file in place. The yaml library's Document API finds each node
// and its exact source range; the new figure replaces only that range's text, and a key that is
// missing is inserted as new lines at its place (tw3 between tw2 and tw4, realisasi after pagu).
// Every other byte stays as it was: comments, quoting, order, long lines. (The Document's own
// toString re-lays some lines: it moves a comment written after `rencana:` in
// data/setwan-paser/2024/anggaran.yaml and folds long lines unless told not to.) The result is
// parsed again and must hold exactly the data asked for, or nothing is written.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';

export type Jalur = (string | number)[];

export interface Ubah {
  jalur: Jalur;
  nilai: number;
}

// Where a new key goes among its siblings: realisasi after pagu and rencana, quarters in order, k before rp.
const URUTAN = ['pagu', 'rencana', 'realisasi', 'tw1', 'tw2', 'tw3', 'tw4', 'k', 'rp'];

interface Sisip {
  at: number;
  urut: number;
  teks: string;
}

function kunci(p: Pair): string {
  return String(isScalar(p.key) ? p.key.value : p.key);
}

function kolomDari(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function akhirBaris(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  if (/^[ \t]*$/.test(text.slice(start, offset))) return start; // already at the start of the next line
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** The text with every figure set; throws if a change cannot be made in place. */
export function sunting(text: string, ubah: Ubah[]): string {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const ganti: { from: number; to: number; teks: string }[] = [];
  const sisip = new Map<string, { map: YAMLMap; key: string; indent: number; step: number; isi: Record<string, unknown> }>();
  for (const u of ubah) {
    let node = doc.contents as Node | null;
    let i = 0;
    let indent = 0;
    let step = 2;
    let dariPeta: number | undefined; // the indent of the map this one is directly the value of
    for (; i < u.jalur.length; i++) {
      const seg = u.jalur[i]!;
      let next: Node | null | undefined;
      if (typeof seg === 'number') {
        next = (node as { items?: Node[] })?.items?.[seg];
        dariPeta = undefined;
      } else if (isMap(node)) {
        const first = node.items[0]?.key as Node | undefined;
        indent = first?.range ? kolomDari(text, first.range[0]) : indent;
        if (dariPeta !== undefined && indent > dariPeta) step = indent - dariPeta;
        dariPeta = indent;
        const pair = node.items.find((p) => kunci(p) === seg);
        if (!pair) break;
        next = pair.value as Node | null;
      }
      if (next === undefined) throw new Error(`jalur ${u.jalur.join('.')} tidak ada`);
      node = next;
    }
    if (i === u.jalur.length) {
      if (!isScalar(node) || !node.range) throw new Error(`${u.jalur.join('.')} bukan angka tunggal`);
      ganti.push({ from: node.range[0], to: node.range[1], teks: String(u.nilai) });
      continue;
    }
    if (!isMap(node) || node.flow || !node.items.length) throw new Error(`${u.jalur.slice(0, i).join('.')} bukan peta blok: tidak dapat disisipi`);
    const key = String(u.jalur[i]);
    const id = `${u.jalur.slice(0, i).join('.')}#${key}`;
    const s = sisip.get(id) ?? { map: node, key, indent, step, isi: {} };
    let o = s.isi;
    const rest = u.jalur.slice(i + 1).map(String);
    for (const k of rest.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
    if (rest.length) o[rest[rest.length - 1]!] = u.nilai;
    else s.isi = { '': u.nilai };
    sisip.set(id, s);
  }
  const inserts: Sisip[] = [];
  for (const s of sisip.values()) {
    const urut = URUTAN.indexOf(s.key);
    const items = s.map.items as Pair[];
    const sesudah = items.find((p) => URUTAN.indexOf(kunci(p)) > urut);
    let at: number;
    if (sesudah && (sesudah.key as Node).range) {
      const k = (sesudah.key as Node).range![0];
      at = text.lastIndexOf('\n', k - 1) + 1;
    } else {
      const sebelum = [...items].reverse().find((p) => URUTAN.indexOf(kunci(p)) >= 0 && URUTAN.indexOf(kunci(p)) < urut) ?? items[items.length - 1]!;
      const end = (sebelum.value as Node | null)?.range?.[1] ?? (sebelum.key as Node).range![1];
      at = akhirBaris(text, end);
    }
    inserts.push({ at, urut, teks: blok(s.key, s.isi, s.indent, s.step) });
  }
  const all = [...ganti.map((g) => ({ ...g, urut: 0 })), ...inserts.map((s) => ({ from: s.at, to: s.at, teks: s.teks, urut: s.urut }))];
  all.sort((a, b) => b.from - a.from || b.urut - a.urut);
  let out = text;
  for (const e of all) {
    const lead = e.from === e.to && e.from === out.length && !out.endsWith('\n') ? '\n' : '';
    out = out.slice(0, e.from) + lead + e.teks + out.slice(e.to);
  }
  // The result must be exactly the data asked for.
  const want = parseDocument(text).toJS() as unknown;
  for (const u of ubah) setIn(want, u.jalur, u.nilai);
  const got = parseDocument(out);
  if (got.errors.length || !isDeepStrictEqual(got.toJS(), want)) throw new Error('hasil suntingan YAML tidak sama dengan data yang dimaksud');
  return out;
}

function blok(key: string, isi: Record<string, unknown>, indent: number, step: number): string {
  const pad = ' '.repeat(indent);
  if ('' in isi) return `${pad}${key}: ${isi['']}\n`;
  const keys = Object.keys(isi).sort((a, b) => URUTAN.indexOf(a) - URUTAN.indexOf(b));
  return `${pad}${key}:\n` + keys.map((k) => (typeof isi[k] === 'object' ? blok(k, isi[k] as Record<string, unknown>, indent + step, step) : `${pad}${' '.repeat(step)}${k}: ${isi[k]}\n`)).join('');
}

function setIn(o: unknown, jalur: Jalur, v: number): void {
  let cur = o as Record<string | number, unknown>;
  for (const seg of jalur.slice(0, -1)) cur = (cur[seg] ??= {}) as Record<string | number, unknown>;
  cur[jalur[jalur.length - 1]!] = v;
}
