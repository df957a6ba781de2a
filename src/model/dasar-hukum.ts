// The types of a legal basis (`dasar_hukum[].tipe`): the kinds of regulation of UU 12/2011 (as
// amended by UU 13/2022) art. 7–8 that a SAKIP document cites, with the long name each is
// written with and its usual short form. The long name is what `jenis` must start with, and
// what prose abbreviations ("Perbup", "Permendagri") are read back to.

export interface TipeDasarHukum {
  /** The long name, as the title of the regulation begins: "Peraturan Bupati". */
  nama: string;
  /** How `jenis` begins for this type. */
  awal: RegExp;
  /** Short forms typed in prose: "Perbup", "Permendagri". */
  singkatan: RegExp;
}

export const TIPE_DASAR_HUKUM = {
  uu: { nama: 'Undang-Undang', awal: /^Undang-Undang(?!\s+Dasar)\b/i, singkatan: /^UU$/ },
  perppu: { nama: 'Peraturan Pemerintah Pengganti Undang-Undang', awal: /^Peraturan\s+Pemerintah\s+Pengganti\b/i, singkatan: /^Perppu$/i },
  pp: { nama: 'Peraturan Pemerintah', awal: /^Peraturan\s+Pemerintah(?!\s+(?:Pengganti|Daerah|Provinsi|Kabupaten|Kota))\b/i, singkatan: /^PP$/ },
  perpres: { nama: 'Peraturan Presiden', awal: /^Peraturan\s+Presiden\b/i, singkatan: /^Perpres$/i },
  keppres: { nama: 'Keputusan Presiden', awal: /^Keputusan\s+Presiden\b/i, singkatan: /^Keppres$/i },
  inpres: { nama: 'Instruksi Presiden', awal: /^Instruksi\s+Presiden\b/i, singkatan: /^Inpres$/i },
  permen: { nama: 'Peraturan Menteri', awal: /^Peraturan\s+Menteri\b/i, singkatan: /^Permen\p{L}*$/iu },
  kepmen: { nama: 'Keputusan Menteri', awal: /^Keputusan\s+Menteri\b/i, singkatan: /^Kepmen\p{L}*$/iu },
  perlem: { nama: 'Peraturan Lembaga', awal: /^Peraturan\s+(?:Lembaga|Badan|Kepala|Komisi|Mahkamah|Jaksa|Kepolisian|Otoritas|Bank)\b/i, singkatan: /^Per(?:lem|ka|ban)\p{L}*$/iu },
  perda: { nama: 'Peraturan Daerah', awal: /^Peraturan\s+Daerah\b/i, singkatan: /^Perda$/i },
  pergub: { nama: 'Peraturan Gubernur', awal: /^Peraturan\s+Gubernur\b/i, singkatan: /^Pergub$/i },
  perbup: { nama: 'Peraturan Bupati', awal: /^Peraturan\s+Bupati\b/i, singkatan: /^Perbup$/i },
  perwali: { nama: 'Peraturan Wali Kota', awal: /^Peraturan\s+Wali\s*kota\b/i, singkatan: /^Perwal[i]?$/i },
  kepgub: { nama: 'Keputusan Gubernur', awal: /^Keputusan\s+Gubernur\b/i, singkatan: /^Kepgub$/i },
  kepbup: { nama: 'Keputusan Bupati', awal: /^Keputusan\s+Bupati\b/i, singkatan: /^Kepbup$/i },
  kepwali: { nama: 'Keputusan Wali Kota', awal: /^Keputusan\s+Wali\s*kota\b/i, singkatan: /^Kepwal[i]?$/i },
  se: { nama: 'Surat Edaran', awal: /^Surat\s+Edaran\b/i, singkatan: /^SE$/ },
} satisfies Record<string, TipeDasarHukum>;

export type TipeDasarHukumKode = keyof typeof TIPE_DASAR_HUKUM;

const ENTRIES = Object.entries(TIPE_DASAR_HUKUM) as [TipeDasarHukumKode, TipeDasarHukum][];

/** The type a title begins with ("Peraturan Bupati Paser" → perbup); undefined for none. */
export function tipeDariJudul(jenis: string): TipeDasarHukumKode | undefined {
  return ENTRIES.find(([, t]) => t.awal.test(jenis.trim()))?.[0];
}

/** The type a word of prose names, long ("Peraturan Daerah") or short ("Perda"). */
export function tipeDariKata(kata: string): TipeDasarHukumKode | undefined {
  return tipeDariJudul(kata) ?? ENTRIES.find(([, t]) => t.singkatan.test(kata.trim()))?.[0];
}

/** "Peraturan Bupati Paser Nomor 1 Tahun 2023 tentang …": as the dasar-hukum block lists it. */
export function judulDasarHukum(d: { jenis: string; nomor: string; tahun: number; tentang?: string }): string {
  return `${d.jenis} Nomor ${d.nomor} Tahun ${d.tahun}${d.tentang ? ` tentang ${d.tentang}` : ''}`;
}
