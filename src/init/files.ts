// The files of a new instansi: a small, complete example in the authors' own keys, with a
// comment on every block, that passes `kinerja check` and builds every document.
export interface Jawaban {
  id: string;
  nama: string;
  pemda: string;
  tempat: string;
  tahun: number;
  /** Without gelar; absent: a [[isi: …]] mark the check reports. */
  kepala?: string;
  gelarDepan?: string;
  gelarBelakang?: string;
  jabatan: string;
  pangkat?: string;
  golongan?: string;
  nip?: string;
  atasan?: string;
  atasanJabatan: string;
}

import { Diagnostics } from '../diagnostics/index.ts';
import { DOKUMEN_BAB, kerangkaBawaan } from '../validate/kerangka/index.ts';
import { jalanStatis, narasiSaja } from '../validate/kerangka/periksa.ts';
import { isi } from './penanda.ts';
import { ROOT } from '../util/root.ts';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The head of the pemda: `Kabupaten Paser` → `Bupati Paser`, `Kota Palu` → `Wali Kota Palu`. */
export function jabatanAtasan(pemda: string): string | undefined {
  const m = /^(Kabupaten|Kota|Provinsi)\s+(.+)$/i.exec(pemda.trim());
  if (!m) return undefined;
  const kepala = { kabupaten: 'Bupati', kota: 'Wali Kota', provinsi: 'Gubernur' }[m[1]!.toLowerCase()]!;
  return `${kepala} ${m[2]!.trim()}`;
}

/** A "# [[isi: …]]" line above example data: the data stays valid, the check says it is an example. */
const contoh = (indent: string, teks: string) => `${indent}# ${isi(`contoh — ${teks}, lalu hapus baris ini`)}\n`;

function pejabat(p: { nama?: string; gelarDepan?: string; gelarBelakang?: string; jabatan: string; pangkat?: string; golongan?: string; nip?: string }, kosong: string): string {
  const lines = [`  nama: ${q(p.nama || isi(kosong))}`];
  if (p.gelarDepan) lines.push(`  gelar_depan: ${q(p.gelarDepan)}`);
  if (p.gelarBelakang) lines.push(`  gelar_belakang: ${q(p.gelarBelakang)}`);
  lines.push(`  jabatan: ${q(p.jabatan)}`);
  if (p.pangkat) lines.push(`  pangkat: ${q(p.pangkat)}`);
  if (p.golongan) lines.push(`  golongan: ${q(p.golongan)}          # I–IV dengan a–e, mis. IV/c`);
  lines.push(p.nip ? `  nip: "${p.nip}"            # 18 angka tanpa spasi, di antara tanda petik` : '  # nip: "196612111986091002"  # 18 angka tanpa spasi, di antara tanda petik');
  return lines.join('\n') + '\n';
}

const q = (s: string) => JSON.stringify(s);

/**
 * `folder`: where the instansi is written. The editor's `$schema` lines then point at the schemas
 * of this very package, reached from there (in another repository: node_modules/kinerja/schemas),
 * or at `skemaDir` (a new data repository's node_modules/kinerja/schemas, installed by its setup).
 */
export function berkasInstansi(j: Jawaban, folder?: string, skemaDir = join(ROOT, 'schemas')): Record<string, string> {
  const t = j.tahun;
  const schema = (name: string, depth: number) => {
    const file = `${name}.schema.json`;
    if (folder === undefined) return `# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/${file}`;
    const from = resolve(folder, ...Array(depth - 2).fill(String(t)));
    let path = relative(from, join(skemaDir, file)).split(sep).join('/');
    if (!isAbsolute(path) && !path.startsWith('.')) path = `./${path}`;
    return `# yaml-language-server: $schema=${path}`;
  };
  const files: Record<string, string> = {
    'instansi.yaml': `${schema('instansi', 2)}
# Identitas instansi: berlaku lintas tahun. Nama pejabat ditulis tanpa gelar; gelar di kunci sendiri.
id: ${j.id}
nama: ${q(j.nama)}
pemerintah_daerah: ${q(j.pemda)}
tempat: ${q(j.tempat)}          # kota di atas tanda tangan
kepala:                         # pihak pertama Perjanjian Kinerja
${pejabat({ nama: j.kepala, gelarDepan: j.gelarDepan, gelarBelakang: j.gelarBelakang, jabatan: j.jabatan, pangkat: j.pangkat, golongan: j.golongan, nip: j.nip }, 'nama kepala instansi tanpa gelar')}atasan:                         # pihak kedua Perjanjian Kinerja
${pejabat({ nama: j.atasan, jabatan: j.atasanJabatan }, `nama ${j.atasanJabatan} tanpa gelar`)}${contoh('', 'ganti dengan unit kerja instansi')}unit_kerja:                     # daftar datar; "induk" menunjuk unit di atasnya
  - id: sekretariat
    nama: Sekretariat
  - id: subbag-program
    nama: Subbagian Program dan Keuangan
    induk: sekretariat
`,
    'renstra.yaml': `${schema('renstra', 2)}
# Renstra: tujuan → sasaran → indikator dengan target per tahun. Capaian dan predikat dihitung.
dokumen: ${q(`Renstra ${j.nama} ${t - 1}–${t + 3}`)}
periode:
  awal: ${t - 1}
  akhir: ${t + 3}
${contoh('', 'ganti dengan tujuan, sasaran dan indikator Renstra instansi')}tujuan:
  - id: tujuan-satu
    uraian: Meningkatnya kualitas pelayanan perangkat daerah
    sasaran:
      - id: sasaran-satu
        uraian: Meningkatnya akuntabilitas kinerja dan keuangan
        indikator:
          - id: iku-sakip
            uraian: Nilai evaluasi SAKIP
            satuan: Nilai
            polaritas: naik           # naik: makin tinggi makin baik; turun: makin rendah makin baik
            skala_predikat: akip      # target ditulis sebagai predikat dengan angkanya
            target:
              ${t}:
                predikat: BB
                nilai: 72
              ${t + 3}:
                predikat: A
                nilai: 81
          - id: iku-kepuasan
            uraian: Indeks kepuasan layanan
            satuan: Nilai
            polaritas: naik
            target:
              ${t}: 80
              ${t + 3}: 85
${contoh('', 'ganti dengan program dan indikator program Renstra')}program:
  - id: prog-penunjang
    nama: Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota
    sasaran: sasaran-satu
    indikator:
      - id: ikp-penunjang
        uraian: Persentase kegiatan penunjang yang terlaksana
        satuan: "%"
        polaritas: naik
        target:
          ${t}: 100
`,
    [`${t}/dokumen.yaml`]: `${schema('dokumen', 3)}
# Dokumen tahun ${t} dan pengaturan cetaknya (kertas A4 atau F4, huruf Arimo atau Tinos).
${contoh('', 'ganti tanggal penandatanganan setiap dokumen')}lkjip:
  tanggal: ${t + 1}-02-28
  kertas: A4
pk:
  tanggal: ${t}-01-15
rencana_aksi:
  tanggal: ${t}-01-31
rkt:
  tanggal: ${t}-01-02
`,
    [`${t}/pk.yaml`]: `${schema('pk', 3)}
# Perjanjian Kinerja: target yang diperjanjikan; harus sama dengan target Renstra tahun ini.
target:
  iku-sakip:
    predikat: BB
    nilai: 72
  iku-kepuasan: 80
  ikp-penunjang: 100
`,
    [`${t}/realisasi.yaml`]: `${schema('realisasi', 3)}
# Realisasi setiap indikator. Yang belum ada: tulis "nilai: null" (dicetak "belum tersedia", bukan 0).
indikator:
  iku-sakip:
    nilai: null
  iku-kepuasan:
    nilai: null
  ikp-penunjang:
    dari: capaian-kegiatan    # dihitung dari capaian kinerja kegiatan program ini
`,
    [`${t}/anggaran.yaml`]: `${schema('anggaran', 3)}
# Program → kegiatan → sub kegiatan. Pagu dalam rupiah penuh tanpa titik (1500000, bukan 1.500.000).
# Jumlah per kegiatan dan program, sisa dan penyerapan dihitung; jangan ditulis.
${contoh('', 'ganti dengan kegiatan, sub kegiatan, pagu dan realisasi DPA instansi')}program:
  - id: prog-penunjang
    kegiatan:
      - id: keg-perencanaan
        nama: Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah
        penanggung_jawab: sekretariat
        indikator:
          uraian: Persentase dokumen perencanaan yang tersusun tepat waktu
          satuan: "%"
          target: 100
        sub_kegiatan:
          - id: sub-dokumen-perencanaan
            nama: Penyusunan Dokumen Perencanaan Perangkat Daerah
            penanggung_jawab: subbag-program
            indikator:
              uraian: Jumlah Dokumen Perencanaan Perangkat Daerah
              satuan: Dokumen
              target: 4
              agregasi: jumlah        # jumlah: per triwulan dijumlahkan; tetap: tingkat yang dipertahankan
            pagu: 50000000
            rencana:                  # target dan rencana aksi per triwulan (Rencana Aksi)
              tw1:
                k: 1
              tw2:
                k: 1
              tw3:
                k: 1
              tw4:
                k: 1
            rencana_aksi:
              - Pengumpulan bahan dari setiap bidang
              - Penyusunan dan pembahasan rancangan
              - Penetapan dan penyampaian dokumen
            realisasi:                # isi setiap akhir triwulan: k = kinerja, rp = rupiah
              tw1:
                k: 1
                rp: 10000000
`,
    [`${t}/belanja.yaml`]: `${schema('belanja', 3)}
# Anggaran dan realisasi per jenis belanja; totalnya harus sama dengan pagu dan realisasi sub kegiatan.
${contoh('', 'ganti dengan anggaran dan realisasi per jenis belanja')}kelompok:
  - id: belanja-operasi
    uraian: Belanja Operasi
    jenis:
      - id: belanja-barang-jasa
        uraian: Belanja Barang dan Jasa
        anggaran: 50000000
        realisasi: 10000000
`,
    [`${t}/koreksi.yaml`]: `${schema('koreksi', 3)}
# Catatan koreksi: angka dokumen lama yang tidak cocok dengan sumbernya, dan alasannya.
[]
`,
    [`${t}/narasi/kata-pengantar.md`]: `Puji syukur kami panjatkan atas tersusunnya Laporan Kinerja {{instansi}} Tahun {{tahun}}.

${isi('tulis pengantar laporan dengan kata-kata sendiri; angka tidak diketik, pakai pemanggil seperti capaian_rata_rata di antara kurung kurawal ganda')}
`,
    [`${t}/narasi/ringkasan-eksekutif.md`]: `Pada tahun {{tahun}}, {{instansi}} menetapkan {{jumlah_sasaran}} sasaran strategis dengan {{jumlah_iku}} indikator kinerja utama.

Rata-rata capaian indikator kinerja utama adalah {{capaian_rata_rata}} ({{kategori_rata_rata}}), dengan realisasi anggaran {{realisasi_anggaran}} dari pagu {{pagu}} ({{penyerapan}}).
`,
  };
  return { ...files, ...narasiAwal(t, files) };
}

/**
 * A first line in every narrative whose heading in the default outlines would otherwise print
 * bare (the others sit beside a table or list), so the new instansi passes check without a
 * warning and its author sees each file's name and where it is printed.
 */
function narasiAwal(t: number, files: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  // The scaffold builds the LKjIP and the RKT; a survey report needs survei.yaml first.
  for (const d of DOKUMEN_BAB.filter((x) => x === 'lkjip' || x === 'rkt'))
    jalanStatis(kerangkaBawaan(d, new Diagnostics()), {
      bagian: (b, jejak) => {
        for (const nama of narasiSaja(b)) {
          const key = `${t}/narasi/${nama}.md`;
          out[key] = files[key] ?? `${isi(`tulis isi bagian ini dengan kata-kata sendiri (dicetak di bawah ${jejak.join(' › ')})`)}\n`;
        }
      },
    });
  return out;
}
