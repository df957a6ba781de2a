// The `evaluasi-lkjip` block: what it shows and needs is its spec below (also `kinerja blok evaluasi-lkjip`).
import type { Blok } from './types.ts';

type O = Record<string, never>;

export const evaluasiLkjip: Blok<O> = {
  nama: 'evaluasi-lkjip',
  dokumen: ['lkjip'],
  ringkas: 'Rekomendasi evaluator atas LKjIP tahun lalu dan tindak lanjut yang telah dilaksanakan, sebagai daftar bernomor.',
  butuh: '<tahun>/evaluasi.yaml `evaluasi_lkjip`, `rekomendasi_lhe[].tindak_lanjut`',
  opsi: {},
  contoh: '- evaluasi-lkjip',
  view: (k) => {
    const ev = k.m.evaluasi?.input;
    const tindakLanjut = (ev?.rekomendasi_lhe ?? []).flatMap((r) => (r.tindak_lanjut ? [r.tindak_lanjut] : []));
    return ev?.evaluasi_lkjip || tindakLanjut.length ? { tindakLanjut } : undefined;
  },
};
