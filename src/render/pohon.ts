// The pohon kinerja as SVG, drawn from the model: a tree laid out left to right (one column per
// level, leaves stacked), so a wide plan grows down the page, not off it; each node boxed in the
// colour of its capaian category. Geometry only: every figure is formatted by the format module.
import { formatCapaian } from '../format/index.ts';
import type { Capaian } from '../compute/capaian.ts';
import type { Rational } from '../compute/rational.ts';
import { pitaUntuk } from '../compute/skala.ts';
import { escapeHtml as esc } from '../escape/html.ts';
import { namaLengkap } from '../format/index.ts';
import type { SkalaPita } from '../model/input.ts';
import type { TahunModel } from '../model/model.ts';

export interface Simpul {
  jenis: string;
  teks: string;
  /** A second line of text under the name (the holder of a position). */
  sub?: string;
  capaian?: Capaian;
  kategori?: SkalaPita;
  anak: Simpul[];
}

/** The text width of a landscape A4 page, in points: the tree is drawn at print size, never shrunk. */
const LEBAR_HALAMAN = 728;
const JARAK_KOLOM = 18;
const BARIS = 10;
/** The house floor for print (issue 13): a tree's lettering is read like a table's. */
const HURUF = 8;
const PAD = 3;
const JARAK = 6;

const WARNA: Record<string, [string, string]> = {
  hijau: ['#dcf1e0', '#2e9d4a'],
  biru: ['#dde8f7', '#2f6fbf'],
  kuning: ['#fcf1c6', '#b38f00'],
  merah: ['#f8dad7', '#d23a2e'],
};

/** Words broken into lines; never cut: a word longer than a line stands alone. */
export function bungkus(teks: string, lebar: number): string[] {
  const lines: string[] = [];
  for (const w of teks.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + w).length <= lebar) lines[lines.length - 1] = last + ' ' + w;
    else lines.push(w);
  }
  return lines;
}

interface Letak {
  s: Simpul;
  lines: string[];
  h: number;
  /** Height of the whole subtree's band. */
  band: number;
  anak: Letak[];
}

function ukur(s: Simpul, huruf: number): Letak {
  const lines = [...bungkus(s.teks, huruf), ...(s.sub ? bungkus(s.sub, huruf) : [])];
  const h = PAD * 2 + BARIS + lines.length * BARIS + (s.capaian ? BARIS : 0);
  const anak = s.anak.map((a) => ukur(a, huruf));
  const kids = anak.reduce((n, a) => n + a.band, 0) + Math.max(0, anak.length - 1) * JARAK;
  return { s, lines, h, band: Math.max(h, kids), anak };
}

function kedalaman(s: Simpul): number {
  return 1 + Math.max(0, ...s.anak.map(kedalaman));
}

function tata(akar: Simpul): { depth: number; KOLOM: number; root: Letak } {
  // Columns share the page's width; the characters a line holds follow (Arimo ≈ 0,55 em a character).
  const depth = kedalaman(akar);
  const KOLOM = Math.min(200, (LEBAR_HALAMAN - 2 - (depth - 1) * JARAK_KOLOM) / depth);
  return { depth, KOLOM, root: ukur(akar, Math.floor((KOLOM - 2 * PAD) / (HURUF * 0.55))) };
}

/** The height of the tree drawn at print size, in points. */
export function tinggiPohon(akar: Simpul): number {
  return tata(akar).root.band + 2;
}

/**
 * A tree taller than `maks` points (inside `luar`, the tree it will hang in) split into trees that each fit: below the chain of single
 * children (tujuan → sasaran → program), the first node with several children keeps that chain
 * as its root and takes its children a page's worth at a time; a child too tall on its own is
 * split the same way. A tree that cannot be split is left whole (and scaled to its page).
 */
export function pecahPohon(akar: Simpul, maks: number, luar: (s: Simpul) => Simpul = (x) => x): Simpul[] {
  const tinggi = (s: Simpul) => tinggiPohon(luar(s));
  if (tinggi(akar) <= maks) return [akar];
  // The chain down to the first node with several children, rebuilt around a chosen set of its children.
  const chain: Simpul[] = [];
  let cur = akar;
  while (cur.anak.length === 1) {
    chain.push(cur);
    cur = cur.anak[0]!;
  }
  if (!cur.anak.length) return [akar];
  const node = cur;
  const dengan = (anak: Simpul[]): Simpul => chain.reduceRight<Simpul>((inner, s) => ({ ...s, anak: [inner] }), { ...node, anak });
  const out: Simpul[] = [];
  let kelompok: Simpul[] = [];
  for (const a of node.anak) {
    if (kelompok.length && tinggi(dengan([...kelompok, a])) > maks) {
      out.push(dengan(kelompok));
      kelompok = [];
    }
    if (!kelompok.length && tinggi(dengan([a])) > maks) {
      // Too tall alone: its own subtree split, each piece under the same chain (measured inside it).
      const sendiri = pecahPohon(a, maks, (x) => luar(dengan([x])));
      if (sendiri.length > 1) {
        out.push(...sendiri.map((x) => dengan([x])));
        continue;
      }
    }
    kelompok.push(a);
  }
  if (kelompok.length) out.push(dengan(kelompok));
  return out;
}

/** The tree as one SVG; `maksTinggi` (CSS) keeps it on its page, scaled as a whole. */
export function pohonSvg(akar: Simpul, maksTinggi = '125mm'): string {
  const { depth, KOLOM, root } = tata(akar);
  const w = depth * (KOLOM + JARAK_KOLOM) - JARAK_KOLOM + 2;
  const parts: string[] = [];
  const gambar = (l: Letak, depth: number, top: number): number => {
    const x = +(1 + depth * (KOLOM + JARAK_KOLOM)).toFixed(2);
    const y = top + (l.band - l.h) / 2;
    const [fill, stroke] = (l.s.kategori?.warna && WARNA[l.s.kategori.warna]) || ['#ffffff', '#555555'];
    parts.push(`<g><rect x="${x}" y="${y}" width="${KOLOM}" height="${l.h}" rx="3" fill="${fill}" stroke="${stroke}" stroke-width="0.8"/>`);
    parts.push(`<text x="${x + PAD}" y="${y + PAD + HURUF}" font-size="${HURUF}" font-weight="700" fill="#333">${esc(l.s.jenis.toUpperCase())}</text>`);
    l.lines.forEach((line, i) => parts.push(`<text x="${x + PAD}" y="${y + PAD + HURUF + (i + 1) * BARIS}" font-size="${HURUF}">${esc(line)}</text>`));
    if (l.s.capaian)
      parts.push(`<text x="${x + PAD}" y="${y + PAD + HURUF + (l.lines.length + 1) * BARIS}" font-size="${HURUF}" font-weight="700">Capaian ${esc(formatCapaian(l.s.capaian))}${l.s.kategori ? ` · ${esc(l.s.kategori.kategori)}` : ''}</text>`);
    parts.push('</g>');
    const kids = l.anak.reduce((n, a) => n + a.band, 0) + Math.max(0, l.anak.length - 1) * JARAK;
    let t = top + (l.band - kids) / 2;
    const cy = y + l.h / 2;
    for (const a of l.anak) {
      const childY = gambar(a, depth + 1, t);
      const mid = x + KOLOM + JARAK_KOLOM / 2;
      parts.push(`<path d="M${x + KOLOM} ${cy} H${mid} V${childY} H${x + KOLOM + JARAK_KOLOM}" fill="none" stroke="#555" stroke-width="0.7"/>`);
      t += a.band + JARAK;
    }
    return cy;
  };
  gambar(root, 0, 1);
  const h = root.band + 2;
  // At print size (1 unit = 1 pt); only a tree taller than its page is scaled to fit.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w.toFixed(2)} ${h}" width="${w.toFixed(2)}pt" height="${h}pt" style="max-width:100%;max-height:${maksTinggi}" font-family="Arimo, sans-serif" role="img">${parts.join('')}</svg>`;
}


/**
 * Tujuan → sasaran → program → kegiatan → sub kegiatan: one tree per program (a sasaran without
 * one: the sasaran alone), its sasaran and tujuan as the root, so each fits its page at print size.
 */
export function pohonRenstra(m: TahunModel, sasaranId?: string): { judul: string; akar: Simpul }[] {
  const persen = (x: Rational | undefined): Capaian | undefined => (x ? { ada: true, persen: x } : undefined);
  const kat = (c: Capaian | undefined) => (c?.ada ? pitaUntuk(m.skala.capaian, c.persen) : undefined);
  return m.sasaran
    .filter((s) => sasaranId === undefined || s.id === sasaranId)
    .flatMap((s) => {
      const tujuan = m.renstra.tujuan.find((t) => t.id === s.tujuan)!;
      const akar = (anak: Simpul[]): Simpul => ({ jenis: 'Tujuan', teks: tujuan.uraian, anak: [{ jenis: 'Sasaran', teks: s.uraian, capaian: persen(s.capaian), kategori: s.kategori, anak }] });
      if (!s.program.length) return [{ judul: s.uraian, akar: akar([]) }];
      return s.program.map((p) => ({
        judul: p.nama,
        akar: akar([
          {
            jenis: 'Program',
            teks: p.nama,
            capaian: persen(p.capaianK),
            kategori: kat(persen(p.capaianK)),
            anak: p.kegiatan.map((k) => ({
              jenis: 'Kegiatan',
              teks: k.nama,
              capaian: persen(k.capaianK),
              kategori: kat(persen(k.capaianK)),
              anak: k.sub.map((sub) => ({ jenis: 'Sub Kegiatan', teks: sub.nama, capaian: sub.capaianK.ada ? sub.capaianK : undefined, kategori: kat(sub.capaianK), anak: [] })),
            })),
          },
        ]),
      }));
    });
}

/**
 * The positions from the head down, each position's indicators as its leaves: one tree per
 * position directly below the head (the head as its root, for reference), so each stays readable.
 */
export function pohonJabatan(m: TahunModel): { judul: string; akar: Simpul }[] {
  const daftar = m.jabatan.daftar;
  const head = daftar.find((j) => j.kepala);
  if (!head || !daftar.some((j) => j.indikator.length)) return [];
  const simpul = (id: string): Simpul => {
    const j = daftar.find((x) => x.id === id)!;
    return {
      jenis: j.kepala ? 'Kepala' : j.eselon.startsWith('I') ? `Eselon ${j.eselon}` : 'Jabatan fungsional',
      teks: j.nama,
      sub: namaLengkap(j.pemegang),
      anak: [
        ...j.indikator.map((i) => ({ jenis: 'Indikator', teks: i.uraian, capaian: i.capaian, kategori: i.kategori, anak: [] })),
        ...daftar.filter((x) => x.atasan === id).map((x) => simpul(x.id)),
      ],
    };
  };
  const top = simpul(head.id);
  return top.anak.filter((a) => a.jenis !== 'Indikator').map((a) => ({ judul: a.teks, akar: { ...top, anak: [a] } }));
}

/** Every text a tree prints, for tests and for the reference. */
export function teksPohon(s: Simpul): string[] {
  return [s.teks, ...(s.sub ? [s.sub] : []), ...s.anak.flatMap(teksPohon)];
}
