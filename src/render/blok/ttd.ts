// The `ttd` block: what it shows and needs is its spec below (also `kinerja blok ttd`).
import type { Blok } from './types.ts';

type O = { pejabat?: string };

export const ttd: Blok<O> = {
  nama: 'ttd',
  dokumen: ['lkjip', 'rkt', 'survei'],
  ringkas: 'Blok tanda tangan kepala instansi: tempat dan tanggal dokumen, jabatan, nama, pangkat, NIP.',
  butuh: 'instansi.yaml `kepala`; <tahun>/dokumen.yaml `tanggal`',
  opsi: {
    pejabat: { jenis: 'pilihan', pilihan: ['kepala'], keterangan: 'yang menandatangani: `kepala` (kepala instansi)', bawaan: '`kepala`' },
  },
  contoh: '- ttd: kepala',
  bukanIsi: true,
  view: (k) => ({ tempatTanggal: k.tempatTanggal }),
};
