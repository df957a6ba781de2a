// Figures typed in narrative (issue 14). Runs after compute, on the narrative sources. Every
// figure that reads as a measurement is reported unless a helper prints it or the author marks
// it as from outside the data with its source right after it: `8,2 % (sumber: BPS 2024)`.
// - a typed figure for something the sentence names, that differs from what the model computes:
//   an error (`narasi/angka-beda`), with both values and the helper that prints the right one;
// - the same figure the model computes, typed: a warning (`narasi/angka-diketik`), since a copy
//   goes stale when the data changes;
// - a measurement neither from a helper nor marked: a warning (`narasi/angka-tanpa-sumber`);
// - a number and its words that disagree, "3 (empat)": an error (`narasi/terbilang-beda`).
import type { Diagnostics, Location } from '../diagnostics/index.ts';
import { terbilang, terbilangRupiah } from '../format/index.ts';
import type { TahunModel } from '../model/model.ts';
import { narasiHelpers } from '../render/narasi.ts';
import { cariAngka, type AngkaKetik } from './prose/angka.ts';
import { baca, bacaUnit, sama, tahunSebelum, type Konteks } from './prose/cocok.ts';
import { buatIndeks, tulisPanggil, type AngkaModel, type Panggil } from './prose/rujukan.ts';
import { bacaTeks, lokasiDari } from './prose/teks.ts';

const huruf = (s: string) => s.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();

export function checkProseFigures(m: TahunModel, files: Record<string, { file: string; text: string }>, diags: Diagnostics): void {
  const idx = buatIndeks(m);
  const helpers = narasiHelpers(m);
  const cetak = (p: Panggil) => helpers[p.nama]!(...p.args);
  const semua = [...idx.rujukan.values()].flatMap((r) => r.angka).filter((a) => a.tahun === idx.tahun);
  for (const [nama, { file, text }] of Object.entries(files)) {
    const t = bacaTeks(text);
    const ketik = cariAngka(t.polos, { benda: idx.benda, batas: idx.batas });
    const perSasaran = /^bab3-analisis-sasaran-(.+)$/.exec(nama)?.[1];
    const ctx: Konteks = { idx, sasaranBerkas: perSasaran && m.sasaran.some((s) => s.id === `sasaran-${perSasaran}`) ? `sasaran-${perSasaran}` : undefined };
    const lokasi = lokasiDari(text);
    const at = (f: AngkaKetik): Location => ({ file, ...lokasi(f.start) });
    const sumber = new Set(t.sumber.map((x) => x.start));
    // `(sumber: …)` right after a figure (bold and spaces between allowed): that one figure is from outside the data.
    const bersumber = (f: AngkaKetik) => sumber.has(f.end + (/^[\s\u00a0*_]*/.exec(t.polos.slice(f.end, f.end + 40))?.[0].length ?? 0));
    const typed = (f: AngkaKetik, a?: AngkaModel) => (a?.predikat && f.predikat ? text.slice(f.predikat.start, f.predikat.end) : text.slice(f.start, f.end));
    const luar = (f: AngkaKetik) => `bila angka ini dari luar data, tulis sumbernya tepat sesudahnya: ${typed(f)} (sumber: …)`;
    const salinan = (f: AngkaKetik, label: string, p: Panggil, a?: AngkaModel) =>
      diags.warn('narasi/angka-diketik', `angka ${f.angka} diketik di narasi; angka ini dihitung dari data (${label})`, at(f),
        `ganti "${typed(f, a)}" dengan ${tulisPanggil(p)} agar narasi selalu sama dengan tabel`);

    let fi = 0;
    let ci = 0;
    for (const range of t.unit) {
      const inUnit: AngkaKetik[] = [];
      for (; fi < ketik.length && ketik[fi]!.start < range[1]; fi++) if (ketik[fi]!.start >= range[0]) inUnit.push(ketik[fi]!);
      const calls = [];
      for (; ci < t.pemanggil.length && t.pemanggil[ci]!.start < range[1]; ci++) if (t.pemanggil[ci]!.start >= range[0]) calls.push(t.pemanggil[ci]!);
      if (!inUnit.length) continue;
      const u = bacaUnit(t.polos, range, calls, inUnit, ctx);
      for (const f of inUnit) {
        if (bersumber(f)) continue;

        if (f.terbilang && f.nilai.toFixed(2).endsWith('.00')) {
          const int = BigInt(f.nilai.toFixed(0));
          const words = f.jenis === 'rupiah' ? terbilangRupiah(Number(int)) : terbilang(int);
          if (huruf(f.terbilang) !== huruf(words)) {
            diags.error('narasi/terbilang-beda', `${f.angka} ditulis dengan huruf "${f.terbilang}", padahal ${f.angka} adalah "${words.toLowerCase()}"`, at(f),
              `samakan angka dan hurufnya${f.jenis === 'jumlah' && idx.hitungan.get(f.benda!)?.length ? `, atau tulis ${tulisPanggil(idx.hitungan.get(f.benda!)![0]!.pemanggil)}` : ''}`);
            continue;
          }
        }

        if (f.jenis === 'jumlah') {
          const lama = (tahunSebelum(u, f.start) ?? idx.tahun) < idx.tahun;
          const h = [...(idx.hitungan.get(f.benda!) ?? [])].sort((a, b) => Number(!!b.lama === lama) - Number(!!a.lama === lama));
          const same = h.find((x) => BigInt(x.nilai) === BigInt(f.nilai.toFixed(0)));
          if (same) salinan(f, `jumlah ${f.benda}`, same.pemanggil);
          else
            diags.warn('narasi/angka-tanpa-sumber', `angka ${typed(f)} ${f.benda} diketik di narasi tanpa pemanggil angka dan tanpa sumber`, at(f),
              h.length ? `bila yang dimaksud jumlah seluruhnya, tulis ${tulisPanggil(h[0]!.pemanggil)} (${cetak(h[0]!.pemanggil)}); ${luar(f)}` : luar(f));
          continue;
        }

        const b = baca(f, u, ctx);
        const equal = b.jenis === 'tidak' ? undefined : b.angka.find((a) => sama(f, a));
        if (equal) {
          salinan(f, equal.label, equal.pemanggil, equal);
          continue;
        }
        const values = new Set(b.jenis === 'tentu' ? b.angka.map((a) => cetak(a.pemanggil)) : []);
        if (b.jenis === 'tentu' && values.size === 1 && !u.berpasangan && !f.banding) {
          const a = b.angka[0]!;
          diags.error('narasi/angka-beda', `${a.label} ditulis ${typed(f, a)}, sedangkan menurut data ${cetak(a.pemanggil)}`, at(f),
            `ganti "${typed(f, a)}" dengan ${tulisPanggil(a.pemanggil)}`);
          continue;
        }
        // Nothing named: a figure of this year's tables typed exactly (not a round 100 % by chance) is still a copy.
        const global = b.jenis === 'tidak' && (f.desimal > 0 || f.nilai.toNumber() >= 1000) ? semua.find((a) => sama(f, a)) : undefined;
        if (global) {
          salinan(f, global.label, global.pemanggil, global);
          continue;
        }
        const maybe = b.jenis === 'tidak' ? [] : b.angka.slice(0, 3);
        diags.warn('narasi/angka-tanpa-sumber', `angka ${typed(f)} diketik di narasi tanpa pemanggil angka dan tanpa sumber`, at(f),
          maybe.length
            ? `bila yang dimaksud ${maybe.map((a) => `${a.label} (${cetak(a.pemanggil)}), tulis ${tulisPanggil(a.pemanggil)}`).join('; bila ')}; ${luar(f)}`
            : `bila angka ini ada di data, tulis pemanggil angkanya (mis. {{capaian "…"}}, {{pagu}}: daftarnya di README); ${luar(f)}`);
      }
    }
  }
}
