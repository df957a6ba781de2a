// The `kinerja-unit` block: what it shows and needs is its spec below (also `kinerja blok kinerja-unit`).
import { didYouMean } from '../../util/suggest.ts';
import type { Blok } from './types.ts';
import { judul } from './judul.ts';

type O = { judul?: string; unit?: string };

export const kinerjaUnit: Blok<O> = {
  nama: 'kinerja-unit',
  dokumen: ['lkjip'],
  ringkas: 'Tabel kinerja setiap unit kerja (cascading): per unit, jabatan dan pemegangnya, indikatornya dengan yang didukung, target, realisasi, capaian dan kategori.',
  butuh: 'instansi.yaml (`unit_kerja`, `jabatan`, `pegawai`), <tahun>/jabatan.yaml',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel yang dicetak di atasnya (pengganti judul bawaan)' },
    unit: { jenis: 'teks', keterangan: 'pengenal satu unit kerja di instansi.yaml: hanya jabatan unit itu', bawaan: 'semua unit yang jabatannya berindikator' },
  },
  contoh: ['- kinerja-unit', '- kinerja-unit:', '  unit: bidang-aptika', '  judul: Capaian Kinerja Bidang Aplikasi Informatika'].join('\n'),
  view: (k, o) => {
    const jabatan = k.m.jabatan.daftar.filter((j) => !j.kepala && j.indikator.length && (o.unit === undefined || j.unit.id === o.unit));
    if (!jabatan.length) return undefined;
    // Units in the order of their first position (top-down), each with its positions.
    const unit = [...new Set(jabatan.map((j) => j.unit.id))].map((id) => ({ nama: jabatan.find((j) => j.unit.id === id)!.unit.nama, jabatan: jabatan.filter((j) => j.unit.id === id) }));
    const satu = o.unit !== undefined ? unit[0]!.nama : undefined;
    return { t: judul(k, o.judul ?? (satu ? `Capaian Kinerja ${satu} Tahun ${k.m.tahun}` : `Capaian Kinerja Unit Kerja Tahun ${k.m.tahun}`)), unit };
  },
  periksa: (k, o) => {
    if (o.unit === undefined) return;
    const ada = (k.data.instansi.unit_kerja ?? []).map((u) => u.id);
    if (typeof o.unit !== 'string' || !ada.includes(o.unit))
      k.diags.error('blok/unit-tidak-ada', `unit kerja \`${String(o.unit)}\` tidak ada di instansi.yaml`, k.at('unit'), didYouMean(String(o.unit), ada) ?? `unit kerja yang ada: ${ada.join(', ') || 'belum ada'}`);
  },
};
