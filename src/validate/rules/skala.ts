// A scale written by the agency (skala.yaml) is checked like any other data: every band reachable
// and in order, no two bands with one label, and a last band that takes whatever is below, so
// every value falls in exactly one band. The default scales (src/model/skala-bawaan.yaml) pass
// the same rule in a test.
import type { Diagnostics, Location } from '../../diagnostics/index.ts';
import type { SkalaPita } from '../../model/input.ts';
import type { RuleContext } from './context.ts';

const batas = (p: SkalaPita) => p.minimal ?? p.lebih_dari;
const tampil = (p: SkalaPita) => (p.minimal !== undefined ? `minimal ${p.minimal}` : p.lebih_dari !== undefined ? `lebih_dari ${p.lebih_dari}` : 'tanpa batas');
const label = (p: SkalaPita) => p.kode ?? p.kategori;

/** Whether band `b`, below band `a`, can still take a value that `a` does not. */
function reachable(a: SkalaPita, b: SkalaPita): boolean {
  const x = batas(a);
  const y = batas(b);
  if (x === undefined) return false; // nothing is left below a band without a bound
  if (y === undefined) return true;
  // ≥ y below > x: reachable when y ≤ x; ≥ y below ≥ x, or > y below either: when y < x.
  return y < x || (y === x && a.lebih_dari !== undefined && b.minimal !== undefined);
}

export function checkSkalaBands(nama: string, pita: SkalaPita[], diags: Diagnostics, at: (path: (string | number)[]) => Location | undefined): void {
  const seen = new Map<string, number>();
  pita.forEach((p, i) => {
    const l = label(p);
    const first = seen.get(l);
    if (first !== undefined)
      diags.error('aturan/skala-label-ganda', `skala ${nama}: label ${l} dipakai dua pita (pita ${first + 1} dan ${i + 1})`, at([nama, i, p.kode ? 'kode' : 'kategori']),
        'beri setiap pita label sendiri, atau gabungkan kedua pita itu', at([nama, first]));
    else seen.set(l, i);
    if (p.minimal !== undefined && p.lebih_dari !== undefined)
      diags.error('aturan/skala-dua-batas', `skala ${nama}: pita ${l} memakai minimal dan lebih_dari sekaligus`, at([nama, i]), 'tulis salah satu saja');
    const prev = pita[i - 1];
    if (prev && !reachable(prev, p))
      diags.error('aturan/skala-urutan', `skala ${nama}: pita ${l} (${tampil(p)}) tidak pernah terpakai di bawah pita ${label(prev)} (${tampil(prev)})`, at([nama, i]),
        'tulis pita dari batas tertinggi ke terendah, setiap batas lebih rendah dari pita di atasnya');
  });
  const last = pita.at(-1);
  if (last && batas(last) !== undefined)
    diags.error('aturan/skala-celah', `skala ${nama}: nilai di bawah ${batas(last)} tidak masuk pita mana pun`, at([nama, pita.length - 1]),
      'tambahkan pita terakhir tanpa `minimal` atau `lebih_dari` untuk nilai terendah');
}

/** The agency's own scales (skala.yaml), at their lines. */
export function checkSkala(ctx: RuleContext): void {
  const file = ctx.src.file('skala');
  if (!file) return;
  const own = (file.data ?? {}) as Record<string, SkalaPita[]>;
  for (const [nama, pita] of Object.entries(own)) if (Array.isArray(pita)) checkSkalaBands(nama, pita, ctx.diags, (path) => ctx.src.at('skala', path));
}
