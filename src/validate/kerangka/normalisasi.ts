// An outline file (already schema-valid) → a Kerangka. The schema says the shape of the whole;
// this says what a schema cannot say well: which block a list item names (with "maksud Anda"),
// whether its options are the block's, and the defaults of every setting.
import type { Diagnostics } from '../../diagnostics/index.ts';
import { locate, type PathSegment, type YamlFile } from '../../load/index.ts';
import type { BabKerangka, DokumenKerangka, ItemKerangka, Kerangka, TampilDaftar } from '../../model/kerangka.ts';
import { BLOK } from '../../render/blok/index.ts';
import type { Blok, OpsiSpec } from '../../render/blok/types.ts';
import { didYouMean } from '../../util/suggest.ts';

type Raw = Record<string, unknown>;

/** Items written as `<kunci>: <nilai>`: the key names the block, the value is its first option. */
const BENTUK_SINGKAT: Record<string, { blok: string; opsi: string }> = {
  narasi: { blok: 'narasi', opsi: 'berkas' },
  gambar: { blok: 'gambar', opsi: 'berkas' },
  tabel: { blok: 'tabel', opsi: 'id' },
  ttd: { blok: 'ttd', opsi: 'pejabat' },
};
const KUNCI_BAGIAN = ['bagian', 'isi', 'halaman-baru', 'halaman', 'nomor'];

const BAWAAN: Record<DokumenKerangka, Pick<Kerangka, 'sampul' | 'penomoran'>> = {
  lkjip: {
    sampul: { judul: 'LAPORAN KINERJA INSTANSI PEMERINTAH', singkatan: 'LKjIP', baris: [], alamat: true },
    penomoran: { bab: 'BAB {I}', bagian: ['{A}.', '{A}.{1}', '{a}.'], lampiran: 'Lampiran {1}.' },
  },
  rkt: {
    sampul: { judul: 'RENCANA KERJA TAHUNAN', singkatan: 'RKT', baris: [], alamat: false },
    penomoran: { bab: 'BAB {I}', bagian: ['{A}.', '{A}.{1}', '{a}.'], lampiran: 'Lampiran {1}.' },
  },
  survei: {
    sampul: { judul: 'LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT', singkatan: 'SKM', baris: [], alamat: true },
    penomoran: { bab: 'BAB {I}', bagian: ['{A}.', '{A}.{1}', '{a}.'], lampiran: 'Lampiran {1}.' },
  },
  rekap: {
    sampul: { judul: 'REKAPITULASI KINERJA PERANGKAT DAERAH', singkatan: 'Rekap', baris: [], alamat: false },
    penomoran: { bab: 'BAB {I}', bagian: ['{A}.', '{A}.{1}', '{a}.'], lampiran: 'Lampiran {1}.' },
  },
};

const NAMA_DOK: Record<DokumenKerangka, string> = { lkjip: 'LKjIP', rkt: 'RKT', survei: 'Laporan Hasil SKM', rekap: 'rekap' };

const daftar = (v: unknown): TampilDaftar => (v === true ? 'ya' : v === false ? 'tidak' : ((v as TampilDaftar | undefined) ?? 'otomatis'));

export function normalisasiKerangka(f: YamlFile, dokumen: DokumenKerangka, diags: Diagnostics): Kerangka {
  const data = f.data as Raw;
  const n = new Normaliser(f, dokumen, diags);
  const sampul = (data.sampul ?? {}) as Raw;
  const nomor = (data.penomoran ?? {}) as Raw;
  const bawaan = BAWAAN[dokumen];
  const bagianPola = [...((nomor.bagian as string[] | undefined) ?? bawaan.penomoran.bagian)];
  while (bagianPola.length < 3) bagianPola.push('');
  const lampiran = data.lampiran as Raw | undefined;
  return {
    dokumen,
    berkas: f.file,
    sampul: {
      judul: (sampul.judul as string | undefined) ?? bawaan.sampul.judul,
      singkatan: (sampul.singkatan as string | undefined) ?? bawaan.sampul.singkatan,
      baris: (sampul.baris as string[] | undefined) ?? [],
      alamat: (sampul.alamat as boolean | undefined) ?? bawaan.sampul.alamat,
    },
    penomoran: {
      bab: (nomor.bab as string | undefined) ?? bawaan.penomoran.bab,
      bagian: bagianPola as [string, string, string],
      lampiran: (nomor.lampiran as string | undefined) ?? bawaan.penomoran.lampiran,
    },
    daftar: { tabel: daftar((data.daftar as Raw | undefined)?.tabel), gambar: daftar((data.daftar as Raw | undefined)?.gambar) },
    depan: n.isi(data.depan as unknown[] | undefined, ['depan']),
    bab: ((data.bab as Raw[] | undefined) ?? []).map((b, i): BabKerangka => ({
      judul: b.judul as string,
      kepala: b.kepala as string | undefined,
      isi: n.isi(b.isi as unknown[], ['bab', i, 'isi']),
      path: ['bab', i],
    })),
    lampiran: lampiran && {
      judul: (lampiran.judul as string | undefined) ?? 'LAMPIRAN',
      kepala: (lampiran.kepala as string | undefined) ?? 'Lampiran',
      isi: n.isi(lampiran.isi as unknown[], ['lampiran', 'isi']),
      path: ['lampiran'],
    },
  };
}

class Normaliser {
  constructor(
    private readonly f: YamlFile,
    private readonly dokumen: DokumenKerangka,
    private readonly diags: Diagnostics,
  ) {}

  private at(path: PathSegment[], which: 'value' | 'key' = 'value') {
    return locate(this.f, path, which);
  }

  isi(items: unknown[] | undefined, path: PathSegment[]): ItemKerangka[] {
    return (items ?? []).flatMap((item, i) => {
      const p = [...path, i];
      const out = typeof item === 'string' ? this.blok(item, {}, p) : this.peta(item as Raw, p);
      return out ? [out] : [];
    });
  }

  private peta(item: Raw, path: PathSegment[]): ItemKerangka | undefined {
    if ('isi' in item || 'bagian' in item) return this.bagian(item, path);
    const [kunci, nilai] = Object.entries(item)[0]!;
    const singkat = BENTUK_SINGKAT[kunci];
    const { [kunci]: _, ...lain } = item;
    if (singkat) return this.blok(singkat.blok, { [singkat.opsi]: nilai, ...lain }, path);
    if (kunci === 'blok') {
      if (typeof nilai === 'string') return this.blok(nilai, lain, path, 'blok');
      this.diags.error('kerangka/blok', '`blok:` memerlukan nama blok', this.at([...path, 'blok']), 'tulis mis. `blok: pengukuran-iku`; daftar blok: `npx kinerja blok`');
      return undefined;
    }
    // `- pengukuran-iku:` with its options below it.
    if (nilai === null || typeof nilai === 'object') return this.blok(kunci, { ...((nilai as Raw | null) ?? {}), ...lain }, path, kunci, 'key');
    return this.blok(kunci, lain, path, kunci, 'key');
  }

  private bagian(item: Raw, path: PathSegment[]): ItemKerangka {
    for (const k of Object.keys(item))
      if (!KUNCI_BAGIAN.includes(k))
        this.diags.error('kerangka/kunci', `\`${k}\` bukan kunci bagian`, this.at([...path, k], 'key'),
          didYouMean(k, KUNCI_BAGIAN) ?? `kunci bagian: ${KUNCI_BAGIAN.map((x) => `\`${x}\``).join(', ')}; blok ditulis sebagai butir tersendiri di \`isi:\``);
    if (!Array.isArray(item.isi))
      this.diags.error('kerangka/isi', 'bagian tanpa `isi:`', this.at(path), 'tulis `isi:` berisi daftar blok dan subbagian, mis. `isi: [{ narasi: bab1-maksud }]`');
    if (item.halaman !== undefined && item.halaman !== 'lebar')
      this.diags.error('kerangka/halaman', `\`halaman: ${String(item.halaman)}\` tidak dikenal`, this.at([...path, 'halaman']), 'tulis `halaman: lebar` untuk halaman mendatar, atau hapus kunci itu');
    for (const k of ['halaman-baru', 'nomor'])
      if (item[k] !== undefined && typeof item[k] !== 'boolean')
        this.diags.error('kerangka/ya-tidak', `\`${k}\` diisi \`true\` atau \`false\``, this.at([...path, k]), `tulis \`${k}: true\``);
    if (item.bagian !== undefined && (typeof item.bagian !== 'string' || !item.bagian.trim()))
      this.diags.error('kerangka/judul', '`bagian:` memerlukan judul', this.at([...path, 'bagian']), 'tulis judul bagian, mis. `bagian: Latar Belakang`');
    return {
      jenis: 'bagian',
      judul: typeof item.bagian === 'string' ? item.bagian : undefined,
      bernomor: item.nomor !== false,
      halamanBaru: item['halaman-baru'] === true,
      lebar: item.halaman === 'lebar',
      isi: Array.isArray(item.isi) ? this.isi(item.isi, [...path, 'isi']) : [],
      path,
    };
  }

  private blok(nama: string, opsi: Raw, path: PathSegment[], namaDi?: string, which: 'value' | 'key' = 'value'): ItemKerangka | undefined {
    const spec = BLOK[nama];
    const at = this.at(namaDi ? [...path, namaDi] : path, which);
    if (!spec) {
      this.diags.error('kerangka/blok-tak-dikenal', `blok \`${nama}\` tidak dikenal`, at,
        didYouMean(nama, Object.keys(BLOK)) ?? 'daftar blok dan opsinya: `npx kinerja blok`; bagian ditulis `bagian: <judul>` dengan `isi:`');
      return undefined;
    }
    if (!spec.dokumen.includes(this.dokumen)) {
      this.diags.error('kerangka/blok-dokumen', `blok \`${nama}\` tidak dapat dipakai di ${NAMA_DOK[this.dokumen]}`, at,
        `blok \`${nama}\` untuk ${spec.dokumen.map((d) => NAMA_DOK[d]).join(' dan ')}; daftar blok: \`npx kinerja blok\``);
      return undefined;
    }
    const ok = this.opsi(spec, opsi, path);
    return ok ? { jenis: 'blok', nama, opsi, path } : undefined;
  }

  private opsi(spec: Blok, opsi: Raw, path: PathSegment[]): boolean {
    const before = this.diags.errors.length;
    const names = Object.keys(spec.opsi);
    for (const [k, v] of Object.entries(opsi)) {
      const o = spec.opsi[k];
      if (!o) {
        this.diags.error('kerangka/opsi-tak-dikenal', `blok \`${spec.nama}\` tidak mempunyai opsi \`${k}\``, this.at([...path, k], 'key'),
          didYouMean(k, names) ?? (names.length ? `opsi blok \`${spec.nama}\`: ${names.map((x) => `\`${x}\``).join(', ')}` : `blok \`${spec.nama}\` tidak mempunyai opsi`));
        continue;
      }
      const salah = salahJenis(o, v);
      if (salah) this.diags.error('kerangka/opsi-jenis', `opsi \`${k}\` blok \`${spec.nama}\` ${salah}`, this.at([...path, k]), o.keterangan);
    }
    for (const [k, o] of Object.entries(spec.opsi))
      if (o.wajib && opsi[k] === undefined)
        this.diags.error('kerangka/opsi-wajib', `blok \`${spec.nama}\` memerlukan opsi \`${k}\``, this.at(path), `tulis \`${k}:\` (${o.keterangan})`);
    return this.diags.errors.length === before;
  }
}

function salahJenis(o: OpsiSpec, v: unknown): string | undefined {
  switch (o.jenis) {
    case 'teks':
      return typeof v === 'string' && v.trim() ? undefined : 'diisi teks';
    case 'angka':
      return typeof v === 'number' && Number.isFinite(v) ? undefined : 'diisi angka';
    case 'ya-tidak':
      return typeof v === 'boolean' ? undefined : 'diisi `true` atau `false`';
    case 'pilihan':
      return o.pilihan!.includes(String(v)) ? undefined : `diisi salah satu dari ${o.pilihan!.map((p) => `\`${p}\``).join(', ')}`;
    case 'daftar-teks':
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? undefined : 'diisi daftar teks, mis. `[a, b]`';
  }
}
