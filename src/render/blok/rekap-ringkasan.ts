// The `rekap-ringkasan` block: what it shows and needs is its spec below (also `kinerja blok rekap-ringkasan`).
import type { Sebaran } from '../../compute/rekap.ts';
import type { Blok } from './types.ts';
import { judul } from './judul.ts';
import { angka, diPemda, persen, rekapDari, rupiah, STRIP } from './rekap-umum.ts';

type O = { judul?: string };

const sebaran = (s: Sebaran[]): string => s.map((x) => `${x.judul}: ${x.jumlah}`).join('; ') || STRIP;

export const rekapRingkasan: Blok<O> = {
  nama: 'rekap-ringkasan',
  dokumen: ['rekap'],
  ringkas: 'Tabel ringkasan: jumlah perangkat daerah yang dimuat dan tidak, rata-rata capaian IKU dan sebaran kategorinya, jumlah pagu, realisasi dan penyerapan, rata-rata nilai AKIP dan sebaran predikat, rata-rata IKM dan sebaran mutu.',
  butuh: 'data setiap instansi di folder data (seperti blok rekap lainnya)',
  opsi: {
    judul: { jenis: 'teks', keterangan: 'judul tabel (pengganti judul bawaan)' },
  },
  contoh: '- rekap-ringkasan',
  view: (k, o) => {
    const r = rekapDari(k);
    const n = (f: (i: (typeof r.instansi)[number]) => unknown) => r.instansi.filter(f).length;
    const baris = [
      { uraian: 'Perangkat daerah yang dimuat', nilai: String(r.instansi.length) },
      { uraian: 'Perangkat daerah yang tidak dimuat', nilai: String(r.tertinggal.length) },
      { uraian: `Rata-rata capaian IKU (${n((i) => i.capaian)} perangkat daerah)`, nilai: `${persen(r.rataRata.capaian)}${r.rataRata.kategori ? ` (${r.rataRata.kategori.kategori})` : ''}` },
      { uraian: 'Sebaran kategori capaian', nilai: sebaran(r.sebaran.kategori) },
      { uraian: 'Jumlah pagu anggaran', nilai: rupiah(r.jumlah.pagu) },
      { uraian: `Jumlah realisasi (${r.jumlah.dilaporkan} perangkat daerah yang melaporkan)`, nilai: r.jumlah.dilaporkan ? rupiah(r.jumlah.realisasi) : STRIP },
      { uraian: 'Penyerapan anggaran', nilai: persen(r.jumlah.serapan) },
      { uraian: `Rata-rata nilai AKIP (${n((i) => i.lhe)} perangkat daerah)`, nilai: angka(r.rataRata.lhe) },
      { uraian: 'Sebaran predikat AKIP', nilai: sebaran(r.sebaran.predikat) },
      { uraian: `Rata-rata IKM (${n((i) => i.ikm)} perangkat daerah)`, nilai: angka(r.rataRata.ikm) },
      { uraian: 'Sebaran mutu pelayanan', nilai: sebaran(r.sebaran.mutu) },
    ];
    return { tahun: r.tahun, t: judul(k, o.judul ?? `Ringkasan Kinerja Perangkat Daerah${diPemda(r)} Tahun ${r.tahun}`), baris };
  },
};
