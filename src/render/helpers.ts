// Formatting helpers for the document templates. Templates never compute: they format model values.
import Handlebars from 'handlebars';
import { Rational } from '../compute/rational.ts';
import type { Capaian } from '../compute/capaian.ts';
import {
  formatAngka,
  formatCapaian,
  formatNilai,
  formatNip,
  formatPersen,
  formatRupiah,
  formatTanggal,
  namaLengkap,
  terbilangRupiah,
} from '../format/index.ts';
import type { Isian, NilaiHasil } from '../model/model.ts';
import type { InstansiInput, Pejabat } from '../model/input.ts';

type Hbs = typeof Handlebars;

/** Numbering of tables per chapter ("Tabel 3.2"), reset for every document. */
export class TableCounter {
  constructor(private readonly kind: 'tabel' | 'gambar' = 'tabel') {}
  private bab = '';
  private n = 0;
  readonly list: { nomor: string; judul: string; id: string }[] = [];
  next(bab: string, judul: string): { nomor: string; id: string } {
    if (bab !== this.bab) [this.bab, this.n] = [bab, 0];
    this.n++;
    const nomor = `${bab}.${this.n}`;
    const id = `${this.kind}-${nomor.replace(/\./g, '-')}`;
    this.list.push({ nomor, judul, id });
    return { nomor, id };
  }
}

export function registerHelpers(hbs: Hbs, tables: TableCounter, figures: TableCounter = new TableCounter('gambar')): void {
  const opt = (args: unknown[]) => args.slice(0, -1);
  hbs.registerHelper('rp', (n: number | undefined) => (n === undefined ? '–' : formatRupiah(n)));
  hbs.registerHelper('uang', (n: number | undefined) => (n === undefined ? '–' : formatAngka(n, 0)));
  hbs.registerHelper('angka', (x: Rational | number | undefined, ...rest: unknown[]) => {
    const [d] = opt(rest) as [number?];
    return x === undefined || x === null ? '–' : formatAngka(x, typeof d === 'number' ? d : undefined);
  });
  hbs.registerHelper('persen', (x: Rational | undefined) => (x ? formatAngka(x, 2) : '–'));
  hbs.registerHelper('persenTanda', (x: Rational | undefined) => formatPersen(x));
  // A sum over cells the data holds only some of: blank when it holds none (not yet reported is
  // no 0), marked * when some (the table's source line says what * means).
  const isi = (isian: Isian, text: () => string) => (isian === 'kosong' ? '' : isian === 'sebagian' ? `${text()}*` : text());
  hbs.registerHelper('uangIsi', (n: number | undefined, isian: Isian) => isi(isian, () => (n === undefined ? '' : formatAngka(n, 0))));
  hbs.registerHelper('persenIsi', (x: Rational | undefined, isian: Isian) => isi(isian, () => (x ? formatAngka(x, 2) : '–')));
  hbs.registerHelper('kontak', (i: InstansiInput) =>
    [i.telepon && `Telepon ${i.telepon}`, i.surel && `Surel ${i.surel}`, i.laman && `Laman ${i.laman}`].filter(Boolean).join(' · '));
  hbs.registerHelper('nilai', (n: NilaiHasil | null | undefined) => (n === undefined ? '–' : formatNilai(n)));
  hbs.registerHelper('capaian', (c: Capaian) => (c.ada ? formatAngka(c.persen, 2) : formatCapaian(c)));
  hbs.registerHelper('tanggal', (iso: string) => formatTanggal(iso));
  hbs.registerHelper('nip', (nip: string) => formatNip(nip));
  hbs.registerHelper('namaPejabat', (p: Pejabat) => namaLengkap(p));
  hbs.registerHelper('terbilang', (n: number) => terbilangRupiah(n));
  hbs.registerHelper('no', (i: number) => i + 1);
  hbs.registerHelper('huruf', (i: number) => String.fromCharCode(65 + i));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('gambar', (bab: string, judul: string, svg: string) => {
    const g = figures.next(String(bab), judul);
    return new hbs.SafeString(`<figure class="gambar">${svg}<figcaption id="${g.id}"><span class="nomor">Gambar ${g.nomor}</span> ${hbs.escapeExpression(judul)}</figcaption></figure>`);
  });
  hbs.registerHelper('tabel', (bab: string, judul: string) => {
    const t = tables.next(String(bab), judul);
    return new hbs.SafeString(`<caption id="${t.id}"><span class="nomor">Tabel ${t.nomor}</span><br>${hbs.escapeExpression(judul)}</caption>`);
  });
}
