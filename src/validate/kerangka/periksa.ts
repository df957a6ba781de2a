// One outline against one year's data: the narrative files it names, the blocks' own checks,
// the helpers in its headings, and the headings that would print with nothing under them.
import { join } from 'node:path';
import { display, locate, type LoadedInstansi, type YamlFile } from '../../load/index.ts';
import type { Location } from '../../diagnostics/index.ts';
import type { BagianKerangka, BlokKerangka, ItemKerangka, Kerangka } from '../../model/kerangka.ts';
import type { TahunInput } from '../../model/input.ts';
import { NARASI_HELPERS } from '../../model/narasi-spec.ts';
import { BLOK } from '../../render/blok/index.ts';
import { nomori, polaTingkat } from '../../render/kerangka/penomoran.ts';
import { didYouMean } from '../../util/suggest.ts';
import type { RuleContext } from '../rules/context.ts';

const NAMA = { lkjip: 'LKjIP', rkt: 'RKT', survei: 'Laporan Hasil SKM', rekap: 'rekap' } as const;

/** Checks the outline for year `t`; returns the narrative files it prints. */
export function periksaIsi(ctx: RuleContext, loaded: LoadedInstansi, t: TahunInput, k: Kerangka, sasaran: string[]): string[] {
  const p = new Pemeriksa(ctx, loaded, t, k, sasaran);
  k.bab.forEach((b) => p.judul(b.judul, [...b.path, 'judul']));
  jalanStatis(k, p);
  return p.dipakai;
}

/** What a static walk of an outline tells its visitor: each section with its numbered path, each block. */
export interface Pengunjung {
  bagian?(b: BagianKerangka, jejak: string[]): void;
  blok?(b: BlokKerangka): void;
}

/** The outline walked as render walks it, with the same numbers (render/kerangka/jalan.ts), without data. */
export function jalanStatis(k: Kerangka, v: Pengunjung): void {
  const isi = (items: ItemKerangka[], jejak: string[], t: Tempat): void => {
    let n = 0;
    for (const item of items) {
      if (item.jenis === 'blok') {
        v.blok?.(item);
        continue;
      }
      const first = item.isi.find((i): i is BlokKerangka => i.jenis === 'blok');
      const berjudul = item.judul !== undefined || !!(first && BLOK[first.nama]?.judulBagian);
      const nomor = t.bernomor && item.bernomor && berjudul ? ++n : undefined;
      const tingkat = t.nomor.length + 2;
      const pola = polaTingkat(k.penomoran, tingkat, t.lampiran);
      const counters = nomor !== undefined ? [...t.nomor, nomor] : t.nomor;
      const here = [...jejak, `${nomor !== undefined ? `${nomori(pola, counters, t.bab)} ` : ''}${item.judul ?? ''}`.trim()];
      isi(item.isi, here, { ...t, nomor: counters });
      v.bagian?.(item, here);
    }
  };
  isi(k.depan, [], { lampiran: false, nomor: [], bernomor: false });
  k.bab.forEach((b, i) => {
    const jejak = [`${nomori(k.penomoran.bab, [i + 1])} ${b.judul}`];
    isi(b.isi, jejak, { lampiran: false, nomor: [], bernomor: true, bab: i + 1 });
    // A chapter whose items are only narratives stands bare like a section (the RKT's Penutup).
    v.bagian?.({ jenis: 'bagian', judul: b.judul, bernomor: true, halamanBaru: false, lebar: false, isi: b.isi, path: b.path }, jejak);
  });
  if (k.lampiran) isi(k.lampiran.isi, [k.lampiran.judul], { lampiran: true, nomor: [], bernomor: true });
}

/** A section printing only narratives (and a signature): their files, or its heading stands bare. */
export function narasiSaja(b: BagianKerangka): string[] {
  if (!b.judul || !b.isi.length) return [];
  const narasi = b.isi.filter((i): i is BlokKerangka => i.jenis === 'blok' && i.nama === 'narasi');
  const isi = b.isi.filter((i) => i.jenis === 'bagian' || !BLOK[i.nama]?.bukanIsi);
  return narasi.length && isi.length === narasi.length ? narasi.map((i) => i.opsi.berkas as string) : [];
}

interface Tempat {
  lampiran: boolean;
  /** The chapter's number, for `{bab}` in a pattern. */
  bab?: number;
  nomor: number[];
  bernomor: boolean;
}

class Pemeriksa {
  readonly dipakai: string[] = [];
  private readonly file: YamlFile | undefined;

  constructor(
    private readonly ctx: RuleContext,
    private readonly loaded: LoadedInstansi,
    private readonly t: TahunInput,
    private readonly k: Kerangka,
    private readonly sasaran: string[],
  ) {
    this.file = [...Object.values(loaded.ganda.kerangka).flatMap((x) => Object.values(x))].find((f) => f.file === k.berkas);
  }

  private at(path: (string | number)[]): Location {
    return this.file ? locate(this.file, path) : { file: this.k.berkas, line: 1, col: 1 };
  }

  judul(teks: string | undefined, path: (string | number)[]): void {
    for (const m of (teks ?? '').matchAll(/\{\{\s*([^\s}]+)[^}]*\}\}/g)) {
      const nama = m[1]!;
      if (NARASI_HELPERS[nama]?.args.length === 0) continue;
      const tanpaArg = Object.keys(NARASI_HELPERS).filter((h) => NARASI_HELPERS[h]!.args.length === 0);
      this.ctx.diags.error('kerangka/judul-isian', `judul memakai \`{{${nama}}}\`, yang tidak dapat diisi di judul`, this.at(path),
        didYouMean(nama, tanpaArg) ?? `isian di judul: ${tanpaArg.map((h) => `{{${h}}}`).join(', ')}`);
    }
  }

  bagian(b: BagianKerangka, jejak: string[]): void {
    this.judul(b.judul, [...b.path, 'bagian']);
    this.kosong(b, jejak);
  }

  /** A heading whose items are only narratives that are absent (and a signature) prints bare. */
  private kosong(b: BagianKerangka, jejak: string[]): void {
    const narasi = narasiSaja(b);
    if (!narasi.length || narasi.some((n) => this.t.narasi[n] !== undefined)) return;
    const berkas = narasi[0]!;
    const file = display(join(this.ctx.data.folder, String(this.t.tahun), 'narasi', `${berkas}.md`));
    this.ctx.diags.warn('narasi/kosong', `berkas narasi \`${berkas}.md\` belum ada: ${NAMA[this.k.dokumen]} ${this.t.tahun} mencetak judul "${jejak.at(-1)}" tanpa isi`, { file, line: 1, col: 1 },
      `tulis isinya di ${this.t.tahun}/narasi/${berkas}.md (${jejak.join(' › ')}), atau hapus bagian itu dari kerangka (${this.k.berkas})`);
  }

  blok(b: BlokKerangka): void {
    const spec = BLOK[b.nama]!;
    if (typeof b.opsi.judul === 'string') this.judul(b.opsi.judul, [...b.path, 'judul']);
    const names = spec.narasi?.(b.opsi as never, this.sasaran) ?? [];
    this.dipakai.push(...names);
    if (b.nama === 'narasi' && b.opsi.opsional !== true && this.t.narasi[names[0]!] === undefined) {
      const ada = Object.keys(this.t.narasi);
      this.ctx.diags.error('narasi/tidak-ada', `kerangka mencetak narasi \`${names[0]}.md\`, tetapi berkas itu tidak ada di ${this.t.tahun}/narasi/`, this.at([...b.path, 'narasi']),
        didYouMean(names[0]!, ada) ?? `buat ${this.t.tahun}/narasi/${names[0]}.md, atau tulis \`opsional: true\` di bawahnya bila bagian itu boleh kosong`);
    }
    spec.periksa?.(
      {
        data: this.ctx.data,
        tahun: this.t.tahun,
        folder: this.ctx.data.folder,
        tahunFolder: join(this.ctx.data.folder, String(this.t.tahun)),
        diags: this.ctx.diags,
        at: (opsi) => this.at(opsi ? [...b.path, opsi] : b.path),
        tabelSendiri: { ...this.loaded.ganda.tabel[''], ...this.loaded.ganda.tabel[String(this.t.tahun)] },
      },
      b.opsi as never,
    );
  }
}
