// The outline walk: a Kerangka → the HTML of the front matter or of the body. Headings, their
// numbers, the chapters' page wrappers (one named page each, for its running head), and the
// order in which tables and figures take their numbers all come from here; each block only
// fills its place (render/blok/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Handlebars from 'handlebars';
import { escapeHtml } from '../../escape/html.ts';
import type { BabKerangka, BagianKerangka, BlokKerangka, ItemKerangka, Kerangka } from '../../model/kerangka.ts';
import type { TahunModel } from '../../model/model.ts';
import type { Assets } from '../../print/index.ts';
import { BLOK } from '../blok/index.ts';
import type { BlokKonteks, Daftar, Nomor } from '../blok/types.ts';
import { TEMPLATES } from '../engine.ts';
import type { TableCounter } from '../helpers.ts';
import { expandNarasi } from '../narasi.ts';
import { narasiHtml, TINGKAT_MAKS } from '../narasi-markdown.ts';
import { POTONG } from '../potong.ts';
import { nomori, polaTingkat } from './penomoran.ts';

export interface Jalan {
  m: TahunModel;
  kerangka: Kerangka;
  hbs: typeof Handlebars;
  assets: Assets;
  tables: TableCounter;
  figures: TableCounter;
  /** Every narrative of the year, its figures filled in (Markdown). */
  teks: Record<string, string>;
  /** The narrative helpers, for `{{tahun}}` in a heading. */
  helpers: Record<string, (...args: unknown[]) => string>;
  folder: string;
  tahunFolder: string;
  tempatTanggal: string;
  daftar: Daftar;
  /** The rekap's model, when the rekap is walked (its blocks read it; see BlokKonteks.rekap). */
  rekap?: import('../../compute/rekap.ts').RekapModel;
}

/** Where the walk is: the page wrapper it writes into and the numbers of the headings above. */
interface Tempat {
  /** The chapter's key for tables ("3" → Tabel 3.n); '' in the front matter (no numbers). */
  babTabel: string;
  /** The wrapper's `data-bab` (its named page) and class. */
  babKey: string;
  kelas: string;
  /** Counters of the numbered headings above, outermost first (the chapter's excluded). */
  nomor: number[];
  /** Heading level of the section holding the items (1 the chapter). */
  tingkat: number;
  lampiran: boolean;
}

const templates = new WeakMap<typeof Handlebars, Map<string, HandlebarsTemplateDelegate>>();

function template(hbs: typeof Handlebars, nama: string): HandlebarsTemplateDelegate {
  let cache = templates.get(hbs);
  if (!cache) templates.set(hbs, (cache = new Map()));
  let t = cache.get(nama);
  if (!t) cache.set(nama, (t = hbs.compile(readFileSync(join(TEMPLATES, 'blok', `${nama}.hbs`), 'utf8'), { strict: false })));
  return t;
}

/** A heading's text from the outline: `{{tahun}}` and the like filled in, then escaped. */
export function judulTeks(j: Jalan, judul: string): string {
  return escapeHtml(expandNarasi(judul, j.helpers));
}

class Penulis {
  private out: string[] = [];
  /** The open wrapper's opening tag, written once something goes into it. */
  private pending: string | undefined;
  private open = false;

  constructor(private readonly j: Jalan) {}

  buka(tag: string): void {
    this.tutup();
    this.pending = tag;
  }
  tulis(html: string): void {
    if (!html) return;
    if (this.pending) {
      this.out.push(this.pending);
      this.pending = undefined;
      this.open = true;
    }
    this.out.push(html);
  }
  /** Raw markup between wrappers (the cut mark). */
  mentah(html: string): void {
    this.tutup();
    this.out.push(html);
  }
  tutup(): void {
    if (this.open) this.out.push('</section>\n');
    this.open = false;
    this.pending = undefined;
  }
  selesai(): string {
    this.tutup();
    return this.out.join('');
  }

  // The walk proper.

  items(isi: ItemKerangka[], t: Tempat): void {
    let n = 0;
    for (const item of isi) {
      if (item.jenis === 'blok') this.blok(item, t);
      else {
        const berjudul = item.judul !== undefined || this.judulBlok(item) !== undefined;
        if (item.bernomor && berjudul) n++;
        this.bagian(item, t, item.bernomor && berjudul ? n : undefined);
      }
    }
  }

  private pola(t: Tempat, tingkat: number): string {
    const k = this.j.kerangka.penomoran;
    return polaTingkat(k, tingkat, t.lampiran);
  }

  heading(judulHtml: string, t: Tempat, tingkat: number, nomor: number | undefined, kelas = ''): string {
    const angka = nomor !== undefined && t.babTabel !== '' ? nomori(this.pola(t, tingkat), [...t.nomor, nomor], t.lampiran ? undefined : Number(t.babTabel)) : '';
    const h = Math.min(tingkat, TINGKAT_MAKS);
    return `<h${h}${kelas ? ` class="${kelas}"` : ''}>${angka ? `${escapeHtml(angka)} ` : ''}${judulHtml}</h${h}>\n`;
  }

  private bagian(b: BagianKerangka, t: Tempat, nomor: number | undefined): void {
    const tingkat = t.tingkat + 1;
    const judul = b.judul ?? this.judulBlok(b);
    const inner: Tempat = { ...t, tingkat, nomor: nomor !== undefined ? [...t.nomor, nomor] : t.nomor };
    if (b.lebar) {
      // Landscape pages of their own, printed as a piece apart: the wrapper is closed before
      // them and opened again after, as a continuation.
      this.mentah(POTONG);
      this.buka(`<section class="lampiran-lebar" data-bab="${t.babKey}">\n`);
      const lebar: Tempat = { ...inner, kelas: 'lampiran-lebar' };
      if (judul) this.tulis(this.heading(judulTeks(this.j, judul), t, tingkat, nomor));
      this.items(b.isi, lebar);
      // What follows (if anything) continues on a new piece.
      this.buka(`${POTONG}<section class="${t.kelas} lanjut" data-bab="${t.babKey}">\n`);
      return;
    }
    if (judul) this.tulis(this.heading(judulTeks(this.j, judul), t, tingkat, nomor, b.halamanBaru ? 'halaman-baru' : ''));
    else if (b.halamanBaru) this.tulis('<div class="halaman-baru-div"></div>\n');
    this.items(b.isi, inner);
  }

  /** A section without a title takes its first block's (the quarterly lampiran's, which depends on the data). */
  private judulBlok(b: BagianKerangka): string | undefined {
    const first = b.isi.find((i): i is BlokKerangka => i.jenis === 'blok');
    const spec = first && BLOK[first.nama];
    return spec?.judulBagian?.(this.j.m, first!.opsi);
  }

  private blok(item: BlokKerangka, t: Tempat): void {
    const spec = BLOK[item.nama];
    if (!spec) throw new Error(`blok ${item.nama} tidak terdaftar`);
    const k = this.konteks(t);
    // A title in the outline may hold `{{tahun}}` like a heading.
    const opsi = typeof item.opsi.judul === 'string' ? { ...item.opsi, judul: expandNarasi(item.opsi.judul, this.j.helpers) } : item.opsi;
    const view = spec.view(k, opsi);
    if (!view) return;
    this.tulis(spec.tanpaTemplat ? String(view.html ?? '') : template(this.j.hbs, item.nama)({ m: this.j.m, ...view }));
  }

  private konteks(t: Tempat): BlokKonteks {
    const j = this.j;
    let sub = 0;
    const nomor = (counter: TableCounter, judul: string): Nomor => (t.babTabel ? counter.next(t.babTabel, judul) : { id: '' });
    return {
      m: j.m,
      dokumen: j.kerangka.dokumen,
      rekap: j.rekap,
      folder: j.folder,
      tahunFolder: j.tahunFolder,
      assets: j.assets,
      tabel: (judul) => nomor(j.tables, judul),
      gambar: (judul) => nomor(j.figures, judul),
      subBagian: (judul) => this.heading(escapeHtml(judul), t, t.tingkat + 1, ++sub),
      narasi: (nama, dalamSub) => {
        const text = j.teks[nama];
        return text ? narasiHtml(text, { tingkat: t.tingkat + (dalamSub ? 1 : 0), bab: t.babTabel, tables: j.tables }) : '';
      },
      tempatTanggal: j.tempatTanggal,
      daftar: j.daftar,
      sambung: (baru) => `</section>\n${baru ? POTONG : ''}<section class="${t.kelas} ${baru ? 'lanjut' : 'sambung'}" data-bab="${t.babKey}">\n`,
    };
  }
}

/** The body: every chapter (numbered from 1, each its own named page) and the lampiran. */
export function jalanIsi(j: Jalan): string {
  const w = new Penulis(j);
  const k = j.kerangka;
  k.bab.forEach((bab, i) => {
    if (i > 0) w.mentah(POTONG);
    const key = String(i + 1);
    w.buka(`<section class="bab" data-bab="${key}">\n`);
    w.tulis(`<h1 class="judul-bab">${escapeHtml(nomori(k.penomoran.bab, [i + 1]))}<br>${judulTeks(j, bab.judul)}</h1>\n`);
    w.items(bab.isi, { babTabel: key, babKey: key, kelas: 'bab', nomor: [], tingkat: 1, lampiran: false });
  });
  if (k.lampiran) {
    w.mentah(POTONG);
    w.buka('<section class="lampiran" data-bab="L">\n');
    w.tulis(`<h1 class="judul-bab">${judulTeks(j, k.lampiran.judul)}</h1>\n`);
    w.items(k.lampiran.isi, { babTabel: 'L', babKey: 'L', kelas: 'lampiran', nomor: [], tingkat: 1, lampiran: true });
  }
  return w.selesai();
}

/** The front matter after the cover: each top-level item a section of its own (roman page numbers). */
export function jalanDepan(j: Jalan): string {
  const w = new Penulis(j);
  const t: Tempat = { babTabel: '', babKey: 'depan', kelas: 'depan', nomor: [], tingkat: 1, lampiran: false };
  for (const item of j.kerangka.depan) {
    w.buka('<section class="depan">\n');
    if (item.jenis === 'bagian') {
      if (item.judul) w.tulis(`<h1 class="judul-bab">${judulTeks(j, item.judul)}</h1>\n`);
      w.items(item.isi, t);
    } else w.items([item], { ...t, tingkat: 0 });
  }
  return w.selesai();
}

/** The running head of every chapter, by its wrapper's key. */
export function kepalaBab(k: Kerangka, judulKalimat: (s: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  k.bab.forEach((b: BabKerangka, i) => (out[String(i + 1)] = b.kepala ?? judulKalimat(`${nomori(k.penomoran.bab, [i + 1])} ${b.judul}`)));
  if (k.lampiran) out.L = k.lampiran.kepala;
  return out;
}
