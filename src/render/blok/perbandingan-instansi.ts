// The `perbandingan-instansi` block: what it shows and needs is its spec below (also `kinerja blok perbandingan-instansi`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';

type O = { judul?: string };

export const perbandinganInstansi: Blok<O> = {
  nama: 'perbandingan-instansi',
  dokumen: ['lkjip'],
  ringkas: 'Tabel perbandingan dengan instansi sejenis, dengan nilai evaluasi SAKIP instansi sendiri dari LHE terakhir yang lengkap.',
  butuh: '<tahun>/evaluasi.yaml `pembanding`, `lhe`',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: '- perbandingan-instansi',
  view: (k, o) => {
    const ev = k.m.evaluasi;
    if (!ev?.input.pembanding) return undefined;
    // The comparison takes the last year whose total is over every component.
    const lastLhe = Object.keys(ev.lheTotal).filter((y) => !ev.lheSebagian[y]).at(-1);
    return { t: judul(k, o.judul ?? 'Perbandingan dengan Instansi Sejenis'), lheTerakhir: lastLhe ? { tahun: lastLhe, nilai: ev.lheTotal[lastLhe] } : undefined };
  },
};
