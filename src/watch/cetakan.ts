// The preview's printer: the build's own print path, with every piece it printed kept by what
// went into it (HTML, files, options). A save changes a few chapters; the others, the page
// numbers of pieces that did not move and an unchanged front matter come from here, so Chromium
// prints only what changed. What comes back for a piece is the PDF Chromium printed for exactly
// that input, so the preview is the document a full build makes (test/cli/watch-cepat.test.ts),
// less its structure tree (below).
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import type { Pencetak } from '../build.ts';
import type { Assets, PrintOptions } from '../print/index.ts';
import { POTONG } from '../render/potong.ts';
import { Kolam } from '../util/kolam.ts';

/** Prints at once: more renderers than this only compete for two cores (as in potong.ts). */
const SERENTAK = 3;

/** A piece with nothing to print but its chapter's wrapper (a continuation closed at once). */
const KOSONG = /^(?:\s|<\/?section\b[^>]*>)*$/;

/**
 * A piece is closed once it holds this much HTML: each print costs a page load whatever its size
 * (fonts, layout; 0.2–0.3 s on two cores), so short chapters go together rather than each paying
 * it, and a long chapter is a piece of its own.
 */
const BAGIAN_MIN = 16_000;

/**
 * The body cut at the marks (a chapter, a landscape section, a continued lampiran table): each
 * piece starts on a new page, as in one print, and a save reprints only the pieces that changed.
 * A piece that would print only an empty wrapper goes with its neighbour: alone it would print
 * a blank page the whole document does not have.
 */
export function potongBab(html: string, min = BAGIAN_MIN): string[] {
  const bodyAt = html.indexOf('>', html.indexOf('<body')) + 1;
  const end = html.lastIndexOf('</body>');
  const blocks: string[] = [];
  let terbuka = false; // the last piece may take more
  for (const b of html.slice(bodyAt, end).split(POTONG)) {
    const ikut = blocks.length > 0 && (terbuka || KOSONG.test(b) || KOSONG.test(blocks.at(-1)!));
    if (ikut) blocks[blocks.length - 1] += POTONG + b;
    else blocks.push(b);
    terbuka = blocks.at(-1)!.length < min;
  }
  return blocks.map((b) => html.slice(0, bodyAt) + b + html.slice(end));
}

const sha = (...parts: (string | Uint8Array)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

/** The files a piece loads, by content (inline) or by path, size and time (fonts, images). */
function sidikAset(assets: Assets): string {
  const parts = [...assets].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, a]) => {
    if (a.body !== undefined) return `${path} ${a.type} ${sha(a.body)}`;
    const s = statSync(a.file!, { throwIfNoEntry: false });
    return `${path} ${a.type} ${a.file} ${s?.size}:${s?.mtimeMs}`;
  });
  return sha(parts.join('\n'));
}

/**
 * The preview is printed without the structure tree. Tags are for the delivered file's readers
 * (screen readers, PDF/UA checks), which `kinerja build` writes; nobody reads them in a preview,
 * and Chromium builds them from the whole page's accessibility tree: more than half of its print
 * time (the reference LKjIP's body, 2 cores: 1.5 s tagged, 0.6 s without), with the same pixels
 * on every page.
 */
const PRATINJAU: PrintOptions = { tagged: false };

/** A held front matter: the real tab if it was printed now, else what to print to hold it again. */
interface Tahanan {
  kunci: string;
  html: string;
  assets: Assets;
  opts: PrintOptions;
  asli?: number;
}

export interface StatistikCetak {
  /** Prints Chromium made. */
  dicetak: number;
  /** Prints taken from what was kept. */
  disimpan: number;
}

export class CetakanTersimpan implements Pencetak {
  private simpanan = new Map<string, Uint8Array>();
  /** The keys used since the last `selesai`: what the document printed last needs. */
  private dipakai = new Set<string>();
  private tahanan = new Map<number, Tahanan>();
  private handles = 0;
  /** One print at a time per slot: a first build of many pieces does not open a renderer each. */
  private readonly giliran = new Kolam(SERENTAK);
  readonly statistik: StatistikCetak = { dicetak: 0, disimpan: 0 };

  constructor(private readonly printer: Pencetak) {}

  private ambil(kunci: string): Uint8Array | undefined {
    const pdf = this.simpanan.get(kunci);
    if (pdf) {
      this.dipakai.add(kunci);
      this.statistik.disimpan++;
    }
    return pdf;
  }

  private taruh(kunci: string, pdf: Uint8Array): Uint8Array {
    this.simpanan.set(kunci, pdf);
    this.dipakai.add(kunci);
    this.statistik.dicetak++;
    return pdf;
  }

  /**
   * The options a preview prints with, and the fingerprint of its files: a tab that printed a
   * piece with the same head and files takes the next one and only replaces its body.
   */
  private pilihan(assets: Assets, diminta: PrintOptions): { aset: string; opts: PrintOptions } {
    const aset = sidikAset(assets);
    return { aset, opts: { ...diminta, ...PRATINJAU, pakaiUlang: aset } };
  }

  async print(html: string, assets: Assets, diminta: PrintOptions = {}): Promise<Uint8Array> {
    const { aset, opts } = this.pilihan(assets, diminta);
    const kunci = sha('print', html, aset, JSON.stringify(opts));
    return this.ambil(kunci) ?? this.taruh(kunci, await this.giliran.dengan(() => this.printer.print(html, assets, opts)));
  }

  async printHeld(html: string, assets: Assets, diminta: PrintOptions = {}): Promise<{ pdf: Uint8Array; handle: number }> {
    const { aset, opts } = this.pilihan(assets, diminta);
    const kunci = sha('held', html, aset, JSON.stringify(opts));
    const handle = ++this.handles;
    const kept = this.ambil(kunci);
    if (kept) {
      this.tahanan.set(handle, { kunci, html, assets, opts });
      return { pdf: kept, handle };
    }
    const r = await this.giliran.dengan(() => this.printer.printHeld(html, assets, opts));
    this.tahanan.set(handle, { kunci, html, assets, opts, asli: r.handle });
    return { pdf: this.taruh(kunci, r.pdf), handle };
  }

  async reprint(handle: number, selector: string, texts: string[], diminta: PrintOptions = {}): Promise<Uint8Array> {
    const opts = { ...diminta, ...PRATINJAU };
    const t = this.tahanan.get(handle);
    this.tahanan.delete(handle);
    if (!t) throw new Error('dokumen yang ditahan sudah tidak ada');
    const kunci = sha('reprint', t.kunci, selector, JSON.stringify(texts), JSON.stringify(opts));
    // A tab held now is printed again even when the result is known: that frees the tab.
    if (t.asli === undefined) {
      const kept = this.ambil(kunci);
      if (kept) return kept;
    }
    return this.taruh(
      kunci,
      await this.giliran.dengan(async () => {
        const asli = t.asli ?? (await this.printer.printHeld(t.html, t.assets, t.opts)).handle;
        return this.printer.reprint(asli, selector, texts, opts);
      }),
    );
  }

  async lepas(handle: number): Promise<void> {
    const t = this.tahanan.get(handle);
    this.tahanan.delete(handle);
    if (t?.asli !== undefined) await this.printer.lepas(t.asli);
  }

  /**
   * After a document came out whole: only what it used is kept, so the store holds one document
   * (what an undo needs again is printed again).
   */
  selesai(): void {
    for (const k of this.simpanan.keys()) if (!this.dipakai.has(k)) this.simpanan.delete(k);
    this.dipakai.clear();
  }
}
