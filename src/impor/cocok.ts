// Rows of the export matched to the sub kegiatan of anggaran.yaml by kode, and the figures that
// would change. A row that matches nothing, a kode written twice in the YAML, a kode that is a
// kegiatan's: errors (nothing is written). A sub kegiatan the export lacks keeps its figures
// (a warning). A sub kegiatan without kode is matched by its exact name, with a warning asking
// for the kode.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostics, Location } from '../diagnostics/index.ts';
import { formatRupiah } from '../format/index.ts';
import { closest } from '../util/suggest.ts';
import { normal, type BarisAnggaran, type Kolom } from './baris.ts';
import type { Lembar } from '../util/lembar/index.ts';
import type { Jalur } from './sunting.ts';

interface SubYaml {
  id: string;
  kode?: string;
  nama: string;
  jalur: Jalur;
  node: Node;
}

export interface Perubahan {
  jalur: Jalur;
  sub: string;
  apa: string;
  lama?: number;
  baru: number;
  /** Where the figure is in anggaran.yaml (its parent, when the key is new). */
  at: Location;
  /** The export's row. */
  row: number;
}

const get = (n: Node | null | undefined, key: string): Node | undefined => (isMap(n) ? (n.items.find((p) => isScalar(p.key) && p.key.value === key)?.value as Node | undefined) : undefined);
const str = (n: Node | undefined): string | undefined => (isScalar(n) && n.value !== null ? String(n.value) : undefined);

export function bacaAnggaran(text: string): { doc: Document; lc: LineCounter } {
  const lc = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lc }), lc };
}

export function cocokkan(rows: BarisAnggaran[], kolom: Kolom, l: Lembar, text: string, file: string, diags: Diagnostics): Perubahan[] {
  const { doc, lc } = bacaAnggaran(text);
  const at = (n: Node | undefined): Location => {
    const p = lc.linePos(n?.range?.[0] ?? 0);
    return { file, line: p.line, col: p.col };
  };
  const subs: SubYaml[] = [];
  const kegiatanKode = new Map<string, string>();
  const program = get(doc.contents as Node, 'program');
  (isSeq(program) ? program.items : []).forEach((p, i) => {
    const kegiatan = get(p as Node, 'kegiatan');
    (isSeq(kegiatan) ? kegiatan.items : []).forEach((k, j) => {
      const kk = str(get(k as Node, 'kode'));
      if (kk) kegiatanKode.set(kk.replace(/\s+/g, ''), str(get(k as Node, 'id')) ?? '');
      const sub = get(k as Node, 'sub_kegiatan');
      (isSeq(sub) ? sub.items : []).forEach((s, n) => {
        subs.push({ id: str(get(s as Node, 'id')) ?? '?', kode: str(get(s as Node, 'kode'))?.replace(/\s+/g, ''), nama: str(get(s as Node, 'nama')) ?? '', jalur: ['program', i, 'kegiatan', j, 'sub_kegiatan', n], node: s as Node });
      });
    });
  });
  const byKode = new Map<string, SubYaml>();
  for (const s of subs) {
    if (!s.kode) continue;
    const first = byKode.get(s.kode);
    if (first) diags.error('impor/kode-ganda-yaml', `kode ${s.kode} ditulis untuk dua sub kegiatan: ${first.id} dan ${s.id}; baris ekspor tidak dapat dicocokkan`, at(get(s.node, 'kode')), 'betulkan kode salah satunya', at(get(first.node, 'kode')));
    else byKode.set(s.kode, s);
  }
  const byNama = new Map<string, SubYaml[]>();
  for (const s of subs) if (!s.kode) byNama.set(normal(s.nama), [...(byNama.get(normal(s.nama)) ?? []), s]);

  const out: Perubahan[] = [];
  const terpakai = new Set<SubYaml>();
  for (const r of rows) {
    let s = byKode.get(r.kode);
    if (!s && r.nama) {
      const sama = byNama.get(normal(r.nama)) ?? [];
      if (sama.length === 1) {
        s = sama[0]!;
        diags.warn('impor/tanpa-kode', `sub kegiatan ${s.id} tidak berkode: dicocokkan dengan baris ${r.row} ekspor menurut namanya`, at(s.node), `tulis kode: "${r.kode}" di sub kegiatan ini agar cocok menurut kode`);
      }
    }
    if (!s) {
      const keg = kegiatanKode.get(r.kode);
      const near = closest(r.kode, byKode.keys());
      diags.error('impor/tak-cocok', keg ? `kode ${r.kode} adalah kode kegiatan ${keg}, bukan sub kegiatan: ekspor tidak memuat rincian sub kegiatannya` : `kode ${r.kode}${r.nama ? ` (${r.nama})` : ''} tidak cocok dengan sub kegiatan mana pun di ${file}`, l.tempat(r.row, kolom.kode),
        keg ? 'ekspor per sub kegiatan, atau tambahkan sub kegiatannya ke anggaran.yaml' : `${near ? `maksud Anda ${near}? ` : ''}tambahkan sub kegiatan berkode ini ke ${file}, atau betulkan kodenya`);
      continue;
    }
    if (terpakai.has(s)) continue; // the same name twice: said as a duplicate kode already
    terpakai.add(s);
    const real = get(s.node, 'realisasi');
    const ubah = (jalur: Jalur, apa: string, baru: number | undefined) => {
      if (baru === undefined) return;
      let n: Node | undefined = s.node;
      let ada: Node | undefined = s.node;
      for (const k of jalur) {
        n = get(n, String(k));
        if (n) ada = n;
      }
      const lama = isScalar(n) && typeof n.value === 'number' ? n.value : undefined;
      if (lama === baru) return;
      out.push({ jalur: [...s.jalur, ...jalur], sub: s.id, apa, lama, baru, at: at(ada), row: r.row });
    };
    ubah(['pagu'], 'pagu', r.pagu);
    const setahun = get(real, 'rp');
    if (setahun && r.tw.some((v) => v !== undefined)) {
      diags.error('impor/rp-setahun', `sub kegiatan ${s.id} menulis realisasi setahun (realisasi.rp), ekspor memberi per triwulan`, at(setahun), 'hapus `rp` setahun dari realisasi sub kegiatan ini, lalu impor lagi: triwulannya akan ditulis');
      continue;
    }
    r.tw.forEach((v, q) => ubah(['realisasi', `tw${q + 1}`, 'rp'], `realisasi TW ${['I', 'II', 'III', 'IV'][q]}`, v));
  }
  for (const s of subs)
    if (!terpakai.has(s)) diags.warn('impor/tidak-di-ekspor', `sub kegiatan ${s.id}${s.kode ? ` (kode ${s.kode})` : ' (tanpa kode)'} tidak ada di ekspor: angkanya tidak diubah`, at(s.node), s.kode ? 'periksa apakah ekspornya lengkap' : 'tulis kode sub kegiatan ini agar dapat dicocokkan');
  return out;
}

export function uraikan(p: Perubahan): string {
  return `${p.sub} ${p.apa}: ${p.lama === undefined ? '(kosong)' : formatRupiah(p.lama)} → ${formatRupiah(p.baru)}`;
}
