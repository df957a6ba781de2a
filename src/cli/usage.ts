// What `kinerja --help` and `kinerja <perintah> --help` say. Exit codes: 0 done, 1 the data (or
// the system) has a problem, 2 the command line has one.
import type { Command } from './args.ts';

const UMUM = `Pemakaian: kinerja <perintah> [pilihan]

Perintah:
  check [folder-instansi …]      periksa data; tanpa argumen: semua folder di data/
  build <dokumen> [folder …]     cetak PDF ke out/<instansi>/; dokumen: lkjip, pk, rencana-aksi, rkt, pohon, all, rekap
  diff [rev-a] [rev-b]           angka yang berubah antara dua revisi git
  watch [folder]                 pratinjau yang dimuat ulang setiap kali berkas disimpan
  init [folder]                  instansi baru dengan contoh lengkap; tanpa folder: repositori data baru
  doctor [--install]             cari peramban Chromium (dan pasang bila perlu)
  blok [nama]                    blok untuk kerangka dokumen (bab, bagian, tabel, grafik, narasi)
  impor <berkas> [folder]        realisasi anggaran dari ekspor XLSX/CSV (SIPD) ke anggaran.yaml
  ekspor <dokumen> [folder …]    setiap tabel dokumen ke satu buku kerja XLSX di out/<instansi>/
  help [perintah]                bantuan ini, atau bantuan satu perintah

Pilihan umum: --help (-h) bantuan, --version versi, --debug jejak galat
Kode keluar: 0 selesai, 1 data (atau sistem) bermasalah, 2 perintah salah tulis
Bantuan satu perintah: kinerja <perintah> --help`;

const PERINTAH: Record<Exclude<Command, 'help'>, string> = {
  check: `Pemakaian: kinerja check [folder-instansi …]

Memeriksa data setiap instansi: setiap masalah dengan berkas:baris:kolom dan cara membetulkannya.
Tanpa folder: semua folder di data/ yang berisi instansi.yaml. Bila bersih, mencetak ringkasan IKU.
Kode keluar: 0 bersih (peringatan saja boleh), 1 ada galat, 2 perintah salah tulis`,
  build: `Pemakaian: kinerja build <dokumen> [folder-instansi …] [pilihan]

Dokumen: lkjip, pk, rencana-aksi, rkt, pohon, atau all (semua dokumen yang datanya ada).
Tanpa folder: semua instansi di data/.
kinerja build rekap [folder-data]: satu dokumen yang membandingkan semua instansi folder data
(bawaan: data/) ke out/rekap-<tahun>.pdf; instansi yang datanya belum lolos check dicantumkan
sebagai tidak dimuat, alasannya di terminal.

Pilihan:
  --tahun TTTT     tahun dokumen (bawaan: tahun terakhir yang datanya ada)
  --out FOLDER     folder keluaran (bawaan: out)
  --html           simpan juga HTML akhirnya di samping PDF
  --quiet (-q)     hanya galat
  --json           laporan untuk skrip di stdout (berkas, halaman, ukuran, waktu, yang gagal)
  --final          untuk ditandatangani: tolak dokumen yang akan dicetak dengan titik-titik
                   (tanggal, nama atau NIP penandatangan belum ada)
  --shard i/n      bangun hanya bagian ke-i dari n (untuk matriks CI): folder instansi diurutkan
                   menurut nama, instansi ke-k (dari 0) masuk bagian (k mod n) + 1
  --jabatan ID     build pk: hanya perjanjian kinerja jabatan itu (pengenal di instansi.yaml);
                   tanpa pilihan ini, PK kepala dan PK setiap jabatan yang berindikator di
                   <tahun>/jabatan.yaml, ke out/<instansi>/pk/<tahun>-<jabatan>.pdf
Satu baris per dokumen yang tertulis, lalu ringkasan. Dengan banyak instansi, instansi yang datanya
belum benar dilaporkan di akhir dan yang lain tetap dicetak.
Kode keluar: 0 tertulis, 1 data bermasalah, 2 perintah salah tulis`,
  diff: `Pemakaian: kinerja diff [rev-a] [rev-b] [pilihan]

Angka yang berubah antara dua revisi git (bawaan: berkas kerja terhadap HEAD), untuk komentar
pull request.

Pilihan:
  --format markdown|json   bentuk keluaran (bawaan: markdown)
  --data FOLDER            folder data (bawaan: data)
Kode keluar: 0 selesai, 1 sisi sesudah belum lolos check atau git gagal, 2 perintah salah tulis`,
  watch: `Pemakaian: kinerja watch [folder-instansi] [pilihan]

Pratinjau di http://127.0.0.1:4321/ yang dimuat ulang setiap kali berkas disimpan.

Pilihan:
  --dokumen lkjip|pk|rencana-aksi|rkt   dokumen yang dipratinjau (bawaan: lkjip)
  --port N                              port (bawaan: 4321; bila terpakai, port berikutnya)`,
  init: `Pemakaian: kinerja init <folder> [pilihan]
          kinerja init [--repositori [folder]] [pilihan]

Dengan folder: instansi baru di folder itu (mis. data/dinas-kominfo di repositori data yang ada),
dengan contoh lengkap yang lolos check. Tanpa folder, di folder kosong (boleh berisi .git saja),
atau dengan --repositori di folder baru: repositori data yang utuh — package.json (bergantung
pada kinerja versi ini; skrip setup, check, build:lkjip, build:pk, build:rkt, build:rencana-aksi,
build:all, watch), .vscode (skema untuk penyunting), alur kerja GitHub, .gitignore, README.md
untuk penulis, dan satu instansi di data/<instansi>. Yang tidak diberikan ditanyakan (setiap
jawaban diperiksa saat diketik; Ctrl-C membatalkan tanpa menulis apa pun). Isian contoh
bertanda [[isi: …]]: check memperingatkan letaknya sampai diganti.

Pilihan: --nama, --pemda (Kabupaten …, Kota … atau Provinsi …), --tempat, --tahun, --kepala,
  --gelar-depan, --gelar-belakang, --jabatan, --pangkat, --golongan, --nip, --atasan,
  --jabatan-atasan, --ya (jangan bertanya: pakai nilai bawaan),
  --repositori (repositori data baru), --instansi NAMA (folder di bawah data/; bawaan: dari nama instansi)`,
  doctor: `Pemakaian: kinerja doctor [--install]

Mencari peramban untuk mencetak; dengan --install memasang Chromium (Debian/Ubuntu).`,
  blok: `Pemakaian: kinerja blok [nama …] [--markdown]

Tanpa nama: daftar blok bawaan yang dapat ditulis di kerangka dokumen (kerangka/lkjip.yaml,
kerangka/rkt.yaml). Dengan nama: isi blok itu, data yang dibacanya, opsinya, dan contoh.
--markdown: seluruh rujukan sebagai Markdown (templates/blok/README.md).`,
  impor: `Pemakaian: kinerja impor <berkas.xlsx|berkas.csv> [folder-instansi] [pilihan]

Mengisi pagu dan realisasi per triwulan (Rp) sub kegiatan di <tahun>/anggaran.yaml dari ekspor
anggaran (SIPD atau sistem keuangan pemda), dicocokkan menurut kode sub kegiatan. Hanya angka yang
berubah yang ditulis ulang; komentar, urutan dan baris lain tetap. Setiap masalah ekspor disebut
dengan lembar, baris dan kolomnya; bila ada galat, tidak ada yang ditulis.

Pilihan:
  --peta BERKAS    peta kolom (YAML): judul kolom kode, pagu, realisasi (bawaan: peta SIPD, lihat README)
  --lembar NAMA    lembar yang dibaca, nama atau nomor (bawaan: yang memuat judul kolom kode)
  --tahun TTTT     tahun anggaran (bawaan: tahun terakhir yang ada anggaran.yaml-nya)
  --periksa        tunjukkan yang akan berubah, jangan tulis
Kode keluar: 0 selesai, 1 ekspor atau data bermasalah (tidak ada yang ditulis), 2 perintah salah tulis`,
  ekspor: `Pemakaian: kinerja ekspor <dokumen> [folder-instansi …] [pilihan]

Setiap tabel dokumen (lkjip, rkt, pk, rencana-aksi) ke satu buku kerja out/<instansi>/<dokumen>-<tahun>.xlsx:
satu lembar per tabel, dinamai menurut nomornya (Tabel 3.2), angka sebagai angka dengan format
Indonesia, baris judul dibekukan. Angka persis seperti di PDF (dibaca dari tabel yang dicetak);
baris jumlah berupa nilai, bukan rumus. Berkas sama untuk data yang sama. Tanpa Chromium.

Pilihan:
  --tahun TTTT     tahun dokumen (bawaan: tahun terakhir yang datanya ada)
  --out FOLDER     folder keluaran (bawaan: out)
Kode keluar: 0 tertulis, 1 data bermasalah, 2 perintah salah tulis`,
};

export function usage(command?: Command): string {
  return command && command !== 'help' ? PERINTAH[command] : UMUM;
}
