// One outline against one year's data: the narrative files it names, the blocks' own checks,
// the helpers in its headings, and the headings that would print with nothing under them.
import { join } from 'node:path';
import { display, locate, type LoadedInstansi, type YamlFile } from '../../load/index.ts';
import type { Location } from '../../diagnostics/index.ts';
import type { BagianKerangka, BlokKerangka, ItemKerangka, Kerangka } from '../../model/kerangka.ts';
import type { TahunInput } from '../../model/input.ts';
import { NARASI_HELPERS } from '../../model/narasi-spec.ts';
import { BLOK } from '../../render/blok/index.ts';
import { nomori } from '../../render/kerangka/penomoran.ts';
import { didYouMean } from '../../util/suggest.ts';
import type { RuleContext } from '../rules/context.ts';

const NAMA = { lkjip: 'LKjIP', rkt: 'RKT' } as const;

/** Checks the outline for year `t`; returns the narrative files it prints. */
export function periksaIsi(ctx: RuleContext, loaded: LoadedInstansi, t: TahunInput, k: Kerangka, sasaran: string[]): string[] {
  const p = new Pemeriksa(ctx, loaded, t, k, sasaran);
  p.isi(k.depan, [], { lampiran: false, nomor: [], bernomor: false });
  k.bab.forEach((b, i) => {
    const judul = `${nomori(k.penomoran.bab, [i + 1])}`;
    p.judul(b.judul, [...b.path, 'judul']);
    p.isi(b.isi, [judul], { lampiran: false, nomor: [], bernomor: true });
  });
  if (k.lampiran) p.isi(k.lampiran.isi, [k.lampiran.judul], { lampiran: true, nomor: [], bernomor: true });
  return p.dipakai;
}

interface Tempat {
  lampiran: boolean;
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

  isi(items: ItemKerangka[], jejak: string[], t: Tempat): void {
    let n = 0;
    for (const item of items) {
      if (item.jenis === 'blok') this.blok(item);
      else {
        const first = item.isi.find((i): i is BlokKerangka => i.jenis === 'blok');
        const berjudul = item.judul !== undefined || !!(first && BLOK[first.nama]?.judulBagian);
        const bernomor = t.bernomor && item.bernomor && berjudul;
        if (bernomor) n++;
        this.bagian(item, jejak, t, bernomor ? n : undefined);
      }
    }
  }

  judul(teks: string | undefined, path: (string | number)[]): void {
    for (const m of (teks ?? '').matchAll(/\{\{\s*([^\s}]+)[^}]*\}\}/g)) {
      const nama = m[1]!;
      if (NARASI_HELPERS[nama]?.args.length === 0) continue;
      this.ctx.diags.error('kerangka/judul-isian', `judul memakai \`{{${nama}}}\`, yang tidak dapat diisi di judul`, this.at(path),
        didYouMean(nama, Object.keys(NARASI_HELPERS).filter((h) => NARASI_HELPERS[h]!.args.length === 0)) ??
          `isian di judul: ${Object.keys(NARASI_HELPERS).filter((h) => NARASI_HELPERS[h]!.args.length === 0).map((h) => `{{${h}}}`).join(', ')}`);
    }
  }

  private bagian(b: BagianKerangka, jejak: string[], t: Tempat, nomor: number | undefined): void {
    this.judul(b.judul, [...b.path, 'bagian']);
    const tingkat = t.nomor.length + 2;
    const pola = t.lampiran && tingkat === 2 ? this.k.penomoran.lampiran : this.k.penomoran.bagian[Math.min(tingkat, 4) - 2]!;
    const counters = nomor !== undefined ? [...t.nomor, nomor] : t.nomor;
    const judul = `${nomor !== undefined ? `${nomori(pola, counters)} ` : ''}${b.judul ?? ''}`.trim();
    const here = [...jejak, judul];
    this.isi(b.isi, here, { ...t, nomor: counters });
    this.kosong(b, here);
  }

  /** A heading whose items are only narratives that are absent (and a signature) prints bare. */
  private kosong(b: BagianKerangka, jejak: string[]): void {
    if (!b.judul || !b.isi.length) return;
    const narasi = b.isi.filter((i): i is BlokKerangka => i.jenis === 'blok' && i.nama === 'narasi');
    const isi = b.isi.filter((i) => i.jenis === 'bagian' || !BLOK[i.nama]?.bukanIsi);
    if (!narasi.length || isi.length !== narasi.length || narasi.some((i) => this.t.narasi[i.opsi.berkas as string] !== undefined)) return;
    const berkas = narasi[0]!.opsi.berkas as string;
    const file = display(join(this.ctx.data.folder, String(this.t.tahun), 'narasi', `${berkas}.md`));
    this.ctx.diags.warn('narasi/kosong', `berkas narasi \`${berkas}.md\` belum ada: ${NAMA[this.k.dokumen]} ${this.t.tahun} mencetak judul "${jejak.at(-1)}" tanpa isi`, { file, line: 1, col: 1 },
      `tulis isinya di ${this.t.tahun}/narasi/${berkas}.md (${jejak.join(' › ')}), atau hapus bagian itu dari kerangka (${this.k.berkas})`);
  }

  private blok(b: BlokKerangka): void {
    const spec = BLOK[b.nama]!;
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
