// The `narasi` block: what it shows and needs is its spec below (also `kinerja blok narasi`).
import type { Blok } from './types.ts';

type O = { berkas: string; opsional?: boolean };

export const narasi: Blok<O> = {
  nama: 'narasi',
  dokumen: ['lkjip', 'rkt', 'survei'],
  ringkas: 'Satu berkas narasi Markdown tahun ini, dengan angka dari data (`{{capaian "iku-x"}}`); judul Markdown di dalamnya masuk Daftar Isi satu tingkat di bawah bagiannya.',
  butuh: '<tahun>/narasi/<berkas>.md',
  opsi: {
    berkas: { jenis: 'teks', wajib: true, keterangan: 'nama berkas di <tahun>/narasi/ tanpa .md, mis. `bab1-maksud`' },
    opsional: { jenis: 'ya-tidak', keterangan: '`true`: berkas boleh belum ada (bagian itu lalu tidak mencetak apa pun dari narasi)', bawaan: '`false`: berkas wajib ada' },
  },
  contoh: '- narasi: bab1-latar-belakang',
  view: (k, o) => ({ html: k.narasi(o.berkas) }),
  tanpaTemplat: true,
  narasi: (o) => [o.berkas],
};
