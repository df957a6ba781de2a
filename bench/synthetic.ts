// A synthetic agency of any size, written as the YAML an author would keep: for benchmarks of
// the quarterly lampiran (rows = sub kegiatan) and for scale tests.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, isPair, isScalar, stringify, visit } from 'yaml';

/**
 * YAML with each sub kegiatan's indicator and quarters on one line (`{ tw1: { k: 3, rp: … } }`),
 * as an author of a large agency would keep them: block style throughout makes 10,000 rows a
 * 6 MB file, over the loader's 5 MB bound for one data file.
 */
function compact(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && ['indikator', 'realisasi'].includes(String(pair.key.value)) && isMap(pair.value)) pair.value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/** Writes data/<id> under `root` with about `rows` sub kegiatan; returns the folder. */
export function writeSynthetic(root: string, rows: number): string {
  const dir = join(root, `sintetis-${rows}`);
  mkdirSync(join(dir, '2024'), { recursive: true });
  cpSync('test/fixtures/minimal/instansi.yaml', join(dir, 'instansi.yaml'));
  cpSync('test/fixtures/minimal/2024/pk.yaml', join(dir, '2024', 'pk.yaml'));
  cpSync('test/fixtures/minimal/2024/dokumen.yaml', join(dir, '2024', 'dokumen.yaml'));
  cpSync('test/fixtures/minimal/2024/realisasi.yaml', join(dir, '2024', 'realisasi.yaml'));
  const programs = 4;
  const kegiatanPer = Math.max(1, Math.round(rows / programs / 25));
  const subPer = Math.ceil(rows / programs / kegiatanPer);
  let pagu = 0;
  let realisasi = 0;
  let n = 0;
  const program = Array.from({ length: programs }, (_, p) => ({
    id: `prog-${p + 1}`,
    kegiatan: Array.from({ length: kegiatanPer }, (_, k) => ({
      id: `keg-${p + 1}-${k + 1}`,
      nama: `Kegiatan ${p + 1}.${k + 1} Penyelenggaraan Urusan Pemerintahan`,
      indikator: { uraian: 'Persentase kegiatan terlaksana', satuan: 'Persen', target: 100 },
      sub_kegiatan: Array.from({ length: subPer }, (_, s) => {
        const base = 1_000_000 + ((n++ * 7919) % 50_000_000);
        const rp = [0.2, 0.25, 0.25, 0.2].map((f) => Math.floor(base * f));
        pagu += base;
        realisasi += rp.reduce((a, b) => a + b, 0);
        return {
          id: `sub-${p + 1}-${k + 1}-${s + 1}`,
          nama: `Sub Kegiatan ${p + 1}.${k + 1}.${s + 1} Penyediaan Layanan Administrasi`,
          penanggung_jawab: s % 2 ? 'sekretariat' : 'bidang-satu',
          indikator: { uraian: 'Jumlah dokumen yang diselesaikan', satuan: 'Dokumen', target: 12, agregasi: 'jumlah' },
          pagu: base,
          realisasi: Object.fromEntries(rp.map((r, i) => [`tw${i + 1}`, { k: 3, rp: r }])),
        };
      }),
    })),
  }));
  const renstra = {
    dokumen: 'Renstra sintetis 2022–2026',
    periode: { awal: 2022, akhir: 2026 },
    tujuan: [{ id: 'tujuan-satu', uraian: 'Tujuan', sasaran: [{ id: 'sasaran-satu', uraian: 'Meningkatnya layanan', indikator: [
      { id: 'iku-satu', uraian: 'Persentase layanan tuntas', satuan: '%', polaritas: 'naik', target: { 2024: 90, 2026: 95 } },
      { id: 'iku-dua', uraian: 'Jumlah aduan', satuan: 'Aduan', polaritas: 'turun', target: { 2024: 10 } },
    ] }] }],
    program: program.map((p, i) => ({ id: p.id, nama: `Program ${i + 1}`, sasaran: 'sasaran-satu', indikator: i === 0 ? [{ id: 'ikp-satu', uraian: 'Persentase kegiatan terlaksana', satuan: '%', polaritas: 'naik', target: { 2024: 100 } }] : [] })),
  };
  writeFileSync(join(dir, 'renstra.yaml'), stringify(renstra));
  writeFileSync(join(dir, '2024', 'realisasi.yaml'), stringify({ indikator: { 'iku-satu': { nilai: 99 }, 'iku-dua': { nilai: 8 }, 'ikp-satu': { dari: 'capaian-kegiatan' } } }));
  writeFileSync(join(dir, '2024', 'anggaran.yaml'), compact({ program }));
  writeFileSync(join(dir, '2024', 'belanja.yaml'), stringify({ kelompok: [{ id: 'operasi', uraian: 'Belanja Operasi', jenis: [{ id: 'barang-jasa', uraian: 'Belanja Barang dan Jasa', anggaran: pagu, realisasi }] }] }));
  return dir;
}
