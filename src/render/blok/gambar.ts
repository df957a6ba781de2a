// An image of the agency's own (an organisation chart, a pohon kinerja, a photo): a PNG, JPEG or
// SVG from its folder, numbered as a Gambar with its caption and source, as wide as the text (or
// `lebar` % of it), or alone on a landscape page. The file is checked by src/util/gambar-berkas.ts;
// the page is given the bytes that were checked (an SVG cleaned) under a name of ours, never a path.
import { KinerjaError } from '../../diagnostics/index.ts';
import {
  adalahMasalah,
  bacaGambar,
  letakGambar,
  TIPE_GAMBAR,
  type Gambar,
  type MasalahGambar,
} from '../../util/gambar-berkas.ts';
import type { Assets } from '../../print/index.ts';
import type { Blok, BlokKonteks, PeriksaKonteks } from './types.ts';

export type OpsiGambar = {
  berkas: string;
  judul: string;
  sumber?: string;
  lebar?: number;
  halaman?: 'lebar';
};

/** The narrowest a figure may be set: below a tenth of the text width nothing in it can be read. */
const LEBAR_MIN = 10;

/** How many of its removals a warning names before "dan N lainnya". */
const SEBUT = 5;

/** The file named by the outline, found and checked (year folder first), or why not. */
function baca(folder: string, tahunFolder: string, berkas: string): { gambar: Gambar; tampil: string; abs: string } | MasalahGambar {
  const letak = letakGambar(folder, String(berkas ?? ''), tahunFolder);
  if (adalahMasalah(letak)) return letak;
  const gambar = bacaGambar(letak.abs, letak.tampil);
  return adalahMasalah(gambar) ? gambar : { gambar, ...letak };
}

function periksaGambar(k: PeriksaKonteks, opsi: OpsiGambar): void {
  const at = k.at('berkas');
  const hasil = baca(k.folder, k.tahunFolder, opsi.berkas);
  if (adalahMasalah(hasil)) k.diags.error(hasil.code, hasil.message, at, hasil.hint);
  else if (hasil.gambar.dibuang.length > 0) {
    const d = hasil.gambar.dibuang;
    const sebut = d.slice(0, SEBUT).join('; ') + (d.length > SEBUT ? `; dan ${d.length - SEBUT} lainnya` : '');
    k.diags.warn('gambar/svg-dibersihkan', `SVG "${hasil.tampil}" dibersihkan sebelum dicetak, yang dibuang: ${sebut}`, at,
      'bagian itu tidak ikut tercetak (gambar tidak boleh menjalankan skrip atau mengambil apa pun dari luar berkasnya); agar peringatan ini hilang, ekspor ulang sebagai "Plain SVG" atau PNG');
  }
  if (typeof opsi.judul !== 'string' || opsi.judul.trim() === '')
    k.diags.error('gambar/judul', 'gambar harus berjudul: judul kosong', k.at('judul'), 'tulis judul gambarnya, mis. `judul: Struktur Organisasi Sekretariat DPRD`');
  if (opsi.lebar !== undefined && !(typeof opsi.lebar === 'number' && opsi.lebar >= LEBAR_MIN && opsi.lebar <= 100))
    k.diags.error('gambar/lebar', `lebar gambar adalah persen dari lebar teks, ${LEBAR_MIN} sampai 100: tertulis ${JSON.stringify(opsi.lebar)}`, k.at('lebar'),
      'tulis angka tanpa tanda %, mis. `lebar: 80`; tanpa lebar, gambar selebar teks');
}

/** Each file is given to the page once per document, as /gambar/<n>.<ext>. */
const terdaftar = new WeakMap<Assets, Map<string, string>>();

function daftarkan(assets: Assets, abs: string, g: Gambar): string {
  let milik = terdaftar.get(assets);
  if (!milik) terdaftar.set(assets, (milik = new Map()));
  const ada = milik.get(abs);
  if (ada) return ada;
  let n = milik.size + 1;
  const ext = g.jenis === 'jpeg' ? 'jpg' : g.jenis;
  while (assets.has(`/gambar/${n}.${ext}`)) n++;
  const nama = `/gambar/${n}.${ext}`;
  assets.set(nama, { type: TIPE_GAMBAR[g.jenis], body: g.bytes });
  milik.set(abs, nama);
  return nama;
}

function viewGambar(k: BlokKonteks, opsi: OpsiGambar): Record<string, unknown> {
  const hasil = baca(k.folder, k.tahunFolder, opsi.berkas);
  // check refuses these before any rendering; one that appears meanwhile stops the build, it never prints a hole.
  if (adalahMasalah(hasil))
    throw new KinerjaError(`gambar "${opsi.berkas}" tidak dapat dicetak`, [{ severity: 'galat', code: hasil.code, message: hasil.message, hint: hasil.hint }]);
  const src = daftarkan(k.assets, hasil.abs, hasil.gambar);
  const { nomor, id } = k.gambar(opsi.judul);
  const lebar = typeof opsi.lebar === 'number' && opsi.lebar >= LEBAR_MIN && opsi.lebar <= 100 ? opsi.lebar : undefined;
  return {
    src,
    judul: opsi.judul,
    sumber: opsi.sumber,
    nomor,
    id,
    lebarPx: hasil.gambar.lebar,
    tinggiPx: hasil.gambar.tinggi,
    lebar,
    halamanLebar: opsi.halaman === 'lebar',
  };
}

export const gambar: Blok<OpsiGambar> = {
  nama: 'gambar',
  dokumen: ['lkjip', 'rkt', 'survei'],
  ringkas:
    'Gambar instansi sendiri (bagan struktur organisasi, pohon kinerja, foto) dari folder instansi, bernomor "Gambar" dengan judul dan sumber, selebar teks atau di halaman mendatar tersendiri.',
  butuh:
    'berkas PNG, JPEG atau SVG di folder instansi (paling besar 10 MB dan 40 megapiksel); berkas dengan jalur yang sama di folder tahun didahulukan',
  opsi: {
    berkas: { jenis: 'teks', wajib: true, keterangan: 'jalur berkas gambar dari folder instansi, mis. gambar/struktur-organisasi.png (ditulis sebagai `gambar:`)' },
    judul: { jenis: 'teks', wajib: true, keterangan: 'judul gambar, dicetak di bawahnya setelah nomornya dan masuk Daftar Gambar' },
    sumber: { jenis: 'teks', keterangan: 'asal gambar, dicetak "Sumber: …" di bawah judul' },
    lebar: { jenis: 'angka', keterangan: `lebar gambar dalam persen dari lebar teks (${LEBAR_MIN}–100)`, bawaan: 'selebar teks, dan tidak lebih tinggi dari satu halaman' },
    halaman: { jenis: 'pilihan', pilihan: ['lebar'], keterangan: '`lebar`: gambar dicetak sendiri di halaman mendatar (landscape)', bawaan: 'di halaman tegak, di antara teks' },
  },
  contoh: [
    '- gambar: gambar/struktur-organisasi.png',
    '  judul: Struktur Organisasi Sekretariat DPRD',
    '  sumber: Peraturan Bupati Luwu Timur Nomor 41 Tahun 2022',
    '  lebar: 80',
  ].join('\n'),
  periksa: periksaGambar,
  view: viewGambar,
};
