// Figures typed in narrative that read as measurements: percentages, rupiah, decimals, numbers
// grouped in thousands, counts of a unit the data counts, and a bare number right after
// "target", "realisasi", "nilai", "sebesar"…. What is not one is left alone: years, dates, NIP,
// regulation numbers (Nomor 12 Tahun 2023, 29/2014), list numbering, kode (4.01.01), section
// numbers (Tabel 3.1), a bound of a scale in a rule ("di bawah 100 %") and the × 100 % of a formula.
import { Rational } from '../../compute/rational.ts';

export type JenisAngka = 'persen' | 'rupiah' | 'angka' | 'jumlah';

export interface AngkaKetik {
  /** The whole figure as typed, unit, `Rp` and a predikat around it included: what to replace. */
  start: number;
  end: number;
  /** The number as typed, `94,68`. */
  angka: string;
  /** Its value in its own unit: percent for persen, rupiah for rupiah (scale word applied). */
  nilai: Rational;
  /** Decimals typed; for `Rp 1,2 miliar` the decimals of 1,2 at the scale of a miliar. */
  desimal: number;
  skala: bigint;
  jenis: JenisAngka;
  /** The counted noun of a count (`sasaran`, `dokumen`). */
  benda?: string;
  /** Words typed in brackets after the figure: `3 (tiga)`, `Rp 1.000 (seribu rupiah)`. */
  terbilang?: string;
  /** `B (68,95)`: the predikat typed around the number, and the span with it. */
  predikat?: { kode: string; start: number; end: number };
  /** After "di atas", "lebih dari", "<": a bound stated, not a value measured. */
  banding?: boolean;
}

const SP = '[\\s\\u00a0\\u202f]';
const NUM = /(?<![\p{L}\p{N}/_])\d+(?:[.,]\d+)*/gu;
const SKALA: Record<string, bigint> = { ribu: 10n ** 3n, juta: 10n ** 6n, miliar: 10n ** 9n, milyar: 10n ** 9n, triliun: 10n ** 12n, M: 10n ** 9n, T: 10n ** 12n };
/** Words after which a number is a reference, not a measurement. */
const RUJUKAN = /(?:^|[^\p{L}])(?:nomor|no\.?|pasal|ayat|huruf|bab|tabel|gambar|grafik|lampiran|halaman|hal\.?|misi|tahun|ta\.?|triwulan|tw|semester|level|eselon|golongan|tipe|versi|nip\.?|kode|ke-|pukul|jam|lantai|rt|rw|km)[\s\u00a0]*$/iu;
/** A bare number that follows one of these is a measurement: "target 90", "nilai 75". */
const SESUDAH_UKURAN = /(?:^|[^\p{L}])(?:target(?:nya)?|realisasi(?:nya)?|terealisasi|capaian(?:nya)?|nilai(?:nya)?|skor|indeks|sebesar|senilai|mencapai|memperoleh)[\s\u00a0]*(?::|adalah|yaitu|hanya|sebanyak|sebesar)?[\s\u00a0*_]*$/iu;
const BUKAN_UKURAN_SESUDAH = /^[\s\u00a0]*(?:tahun|bulan|hari|minggu|kali|jam|menit|triwulan|semester|orang\s+per)\b/iu;
const PEMBANDING = /(?:≥|≤|<|>|=|lebih\s+dari|kurang\s+dari|di\s?bawah|di\s?atas|minimal|maksimal|paling\s+(?:sedikit|rendah|tinggi|kurang)|sekurang-kurangnya|setidak-tidaknya|setidaknya|sama\s+dengan|hingga|sampai(?:\s+dengan)?|s\.?d\.?|antara|batas|[–—-])[\s\u00a0*_]*$/iu;
const RUMUS = /(?:×|\bx|\bkali|\bdikali(?:kan)?)[\s\u00a0]*$/iu;
const NIP = /\b\d{8}[\s\u00a0]?\d{6}[\s\u00a0]?\d[\s\u00a0]?\d{3}\b/g;
const PERSEN = new RegExp(`^${SP}?(%|persen(?![\\p{L}]))`, 'iu');
const RUPIAH_SESUDAH = new RegExp(`^${SP}*(?:(?:ribu|juta|miliar|milyar|triliun)${SP}+)?rupiah\\b`, 'iu');
const SKALA_SESUDAH = new RegExp(`^${SP}*(?:(ribu|juta|miliar|milyar|triliun)\\b|(M|T)(?![\\p{L}]))`, 'iu');
const EKOR_RUPIAH = new RegExp(`^(?:,-|,00\\b|${SP}*rupiah\\b)`, 'iu');
const TERBILANG_RUPIAH = new RegExp(`^${SP}*\\(${SP}*([\\p{L} ]+?rupiah)${SP}*\\)`, 'iu');
const RENTANG_SESUDAH = new RegExp(`^(?:${SP}*%)?${SP}*(?:[–—-]|s\\.?d\\.?|sampai|hingga)`, 'iu');
/** Enough text after a figure for its unit, scale, words and what follows. */
const SESUDAH = 80;

function parse(tok: string, persen: boolean): { nilai: Rational; desimal: number } | undefined {
  let int: string;
  let frac = '';
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(tok)) [int, frac = ''] = tok.replace(/\./g, '').split(',') as [string, string?];
  else if (/^\d+(?:,\d+)?$/.test(tok)) [int, frac = ''] = tok.split(',') as [string, string?];
  else if (persen && /^\d+\.\d{1,2}$/.test(tok)) [int, frac = ''] = tok.split('.') as [string, string?];
  else return undefined;
  return { nilai: Rational.of(BigInt(int + frac), 10n ** BigInt(frac.length)), desimal: frac.length };
}

export interface Opsi {
  /** Counted nouns, longest first (`sub kegiatan` before `kegiatan`). */
  benda: string[];
  /** Bounds of every scale: "di bawah 100 %" states a rule, not a measurement. */
  batas: number[];
}

export function cariAngka(polos: string, opsi: Opsi): AngkaKetik[] {
  const text = polos.replace(NIP, (m) => m.replace(/\d/g, ' '));
  const out: AngkaKetik[] = [];
  const bendaRe = new RegExp(`^(?:${SP}*\\((${SP}*[*_]*[\\p{L} ]+?[*_]*${SP}*)\\))?${SP}*[*_]*${SP}*(${opsi.benda.map((b) => b.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, `${SP}+`)).join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'iu');
  for (const m of text.matchAll(NUM)) {
    const tok = m[0];
    let start = m.index;
    let end = start + tok.length;
    const before = text.slice(Math.max(0, start - 60), start);
    const after = text.slice(end, end + SESUDAH);
    if (/^[\p{L}\p{N}/]/u.test(after) || /^[.,]\d/.test(after)) continue; // 10x, 2/3, a kode cut short
    if (/[\p{L}\p{N}]\.$/u.test(before) && !/Rp\.$/i.test(before)) continue; // A.2, 3.a.1: a section number
    if (/^[.)]\s/.test(after) && /(?:^|\n)[ \t]*$/.test(before)) continue; // list numbering
    if (/\d[–—-]$/.test(before) || /^[–—-]\d/.test(after)) continue; // 2022–2026
    const pm = PERSEN.exec(after);
    const parsed = parse(tok, !!pm);
    if (!parsed) continue;
    const rp = /Rp\.?[\s\u00a0]*$/i.exec(before);
    let jenis: JenisAngka | undefined;
    let skala = 1n;
    let benda: string | undefined;
    let terbilang: string | undefined;
    if (pm) {
      jenis = 'persen';
      end += pm[0].length;
    } else if (rp || RUPIAH_SESUDAH.test(after)) {
      jenis = 'rupiah';
      if (rp) start -= rp[0].length;
      const sk = SKALA_SESUDAH.exec(after);
      if (sk) {
        skala = sk[1] ? SKALA[sk[1].toLowerCase()]! : SKALA[sk[2]!.toUpperCase()]!;
        end += sk[0].length;
      }
      const tail = EKOR_RUPIAH.exec(text.slice(end, end + SESUDAH));
      if (tail) end += tail[0].length;
      const words = TERBILANG_RUPIAH.exec(text.slice(end, end + SESUDAH));
      if (words) terbilang = words[1];
    } else if (RUJUKAN.test(before) || /^[\s\u00a0]*kali[\s\u00a0]+lipat/i.test(after)) {
      continue; // a reference, or a ratio ("2 kali lipat")
    } else {
      const b = parsed.desimal === 0 ? bendaRe.exec(after) : null;
      if (b) {
        jenis = 'jumlah';
        benda = b[2]!.toLowerCase().replace(/[\s\u00a0]+/g, ' ');
        terbilang = b[1]?.replace(/[*_]/g, '').trim();
        if (terbilang) end += after.indexOf(')') + 1;
      } else if (parsed.desimal > 0 || /\./.test(tok)) jenis = 'angka';
      else if (SESUDAH_UKURAN.test(before) && !BUKAN_UKURAN_SESUDAH.test(after) && !(Number(tok) >= 1900 && Number(tok) <= 2100)) jenis = 'angka';
    }
    if (!jenis) continue;
    const v = parsed.nilai.toNumber();
    const bound = v === 0 || v === 100 || opsi.batas.includes(v);
    if (jenis !== 'rupiah' && RUMUS.test(before)) continue;
    const banding = PEMBANDING.test(before);
    if (bound && (banding || RENTANG_SESUDAH.test(after))) continue;
    const pred = /\b(AA|A|BB|B|CC|C|D)[\s\u00a0]*\($/.exec(text.slice(Math.max(0, start - 6), start));
    const predikat = pred && text[end] === ')' ? { kode: pred[1]!, start: start - pred[0].length, end: end + 1 } : undefined;
    const nilai = parsed.nilai.mul(Rational.of(skala));
    out.push({ start, end, angka: tok, nilai, desimal: parsed.desimal, skala, jenis, benda, terbilang, predikat, banding: banding || undefined });
  }
  return out;
}
