// The `kinerja-jabatan-triwulan` block: what it shows and needs is its spec below (also `kinerja blok kinerja-jabatan-triwulan`).
import type { Blok } from './types.ts';
import { judul } from './judul.ts';

type O = { judul?: string };

/** The notes of the quarters that have one, each with its quarter ("TW III: …"). */
function catatan(tw: { label: string; dataDukung?: string; kendala?: string; tindakLanjut?: string }[], key: 'dataDukung' | 'kendala' | 'tindakLanjut') {
  return tw.filter((t) => t[key]).map((t) => ({ label: t.label, teks: t[key]! }));
}

export const kinerjaJabatanTriwulan: Blok<O> = {
  nama: 'kinerja-jabatan-triwulan',
  dokumen: ['lkjip'],
  ringkas: 'Tabel lebar hasil kinerja triwulanan setiap jabatan (e-Kinerja): target, realisasi TW I–IV, realisasi tahunan, capaian, data dukung, kendala dan tindak lanjut. Taruh di bagian `halaman: lebar`.',
  butuh: 'instansi.yaml (`jabatan`, `pegawai`), <tahun>/jabatan.yaml (`triwulan`)',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
  },
  contoh: ['- halaman: lebar', '  isi: [kinerja-jabatan-triwulan]'].join('\n'),
  judulBagian: (m) => `Hasil Kinerja Triwulanan Setiap Jabatan Tahun ${m.tahun}`,
  view: (k, o) => {
    const jabatan = k.m.jabatan.daftar.filter((j) => !j.kepala && j.indikator.length);
    if (!jabatan.length) return undefined;
    let no = 0;
    return {
      t: judul(k, o.judul ?? `Realisasi Kinerja Jabatan per Triwulan Tahun ${k.m.tahun}`),
      tw: ['TW I', 'TW II', 'TW III', 'TW IV'],
      jabatan: jabatan.map((j) => ({
        ...j,
        baris: j.indikator.map((i) => ({ ...i, nomor: ++no, dataDukung: catatan(i.triwulan, 'dataDukung'), kendala: catatan(i.triwulan, 'kendala'), tindakLanjut: catatan(i.triwulan, 'tindakLanjut') })),
      })),
    };
  },
};
