// The block `tabel: <id>`: one of the agency's own tables (`tabel/<id>.yaml` in the year's folder,
// else the agency's), numbered in its chapter and listed in the Daftar Tabel. Its figures are
// computed by src/compute/tabel-sendiri.ts into `TahunModel.tabelSendiri`; the view only picks.
import { join, relative } from 'node:path';
import { didYouMean } from '../../util/suggest.ts';
import type { Blok } from './types.ts';

export type OpsiTabel = { id: string; judul?: string; lebar?: number };

const LEBAR = { min: 20, max: 100 };


export const tabel: Blok<OpsiTabel> = {
  nama: 'tabel',
  dokumen: ['lkjip', 'rkt', 'survei'],
  ringkas: 'Tabel milik instansi (pegawai, Propemperda, daftar periksa…) dari tabel/<id>.yaml: kolom, baris, kelompok, total yang dihitung; bernomor dan masuk Daftar Tabel.',
  butuh: '`<tahun>/tabel/<id>.yaml` (tahun itu saja) atau `tabel/<id>.yaml` (setiap tahun) di folder instansi; bentuknya: schemas/tabel.schema.json.',
  opsi: {
    id: { jenis: 'teks', wajib: true, keterangan: 'Nama berkas tabel tanpa .yaml, ditulis sebagai nilai blok: `tabel: pegawai` untuk tabel/pegawai.yaml.' },
    judul: { jenis: 'teks', keterangan: 'Judul tabel di dokumen ini, menggantikan `judul` di berkas tabel.', bawaan: '`judul` di berkas tabel' },
    lebar: { jenis: 'angka', keterangan: `Lebar tabel dalam persen lebar teks (${LEBAR.min}–${LEBAR.max}), untuk tabel yang sempit; tabelnya diletakkan di tengah.`, bawaan: '100' },
  },
  contoh: ['- tabel: pegawai', '- tabel: propemperda', '  judul: Program Pembentukan Peraturan Daerah Tahun 2024', '  lebar: 90'].join('\n'),

  view(k, opsi) {
    const t = k.m.tabelSendiri[opsi.id];
    if (!t) return undefined;
    const judul = opsi.judul ?? t.judul;
    return { t, judul, nomor: k.tabel(judul), lebar: opsi.lebar, adaKeterangan: Boolean(t.sumber || t.catatan || t.sebagian) };
  },

  periksa(k, opsi) {
    if (opsi.lebar !== undefined && (typeof opsi.lebar !== 'number' || opsi.lebar < LEBAR.min || opsi.lebar > LEBAR.max))
      k.diags.error('blok/tabel-lebar', `lebar tabel harus angka ${LEBAR.min} sampai ${LEBAR.max} (persen lebar teks): tertulis ${String(opsi.lebar)}`, k.at('lebar'),
        'mis. `lebar: 70`; tanpa `lebar` tabel selebar teks');
    if (typeof opsi.id !== 'string') return;
    const f = k.tabelSendiri[opsi.id];
    // Every table file is checked once by validate (validate/kerangka), used or not.
    if (f) return;
    const ada = Object.keys(k.tabelSendiri).sort();
    const tempat = [join(k.tahunFolder, 'tabel'), join(k.folder, 'tabel')].map((d) => relative(process.cwd(), d) || d);
    k.diags.error('blok/tabel-tak-ada', `tabel \`${opsi.id}\` tidak ada: tidak ada berkas ${opsi.id}.yaml di ${tempat.join(' atau ')}`, k.at(),
      didYouMean(opsi.id, ada) ?? (ada.length ? `tabel yang ada: ${ada.join(', ')}` : `buat ${join(tempat[1]!, `${opsi.id}.yaml`)}; contoh: test/fixtures/tabel/pegawai.yaml`));
  },
};
