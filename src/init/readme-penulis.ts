// The README of a new data repository: for the agency's authors, in Bahasa Indonesia — what to
// edit where, the two commands, how to read check's messages.

/** `folder`: the agency's folder, e.g. data/dinas-kominfo; `tahun`: its first year. */
export function readmePenulis(instansi: string, folder: string, tahun: number): string {
  return `# Data kinerja ${instansi}

Repositori ini menyimpan data kinerja (SAKIP) ${instansi} sebagai berkas teks. Dokumen siap
cetak — LKjIP, Perjanjian Kinerja, Rencana Aksi, RKT — dibuat dari data ini oleh
[kinerja](https://www.npmjs.com/package/kinerja). Setiap jumlah, persentase, capaian dan predikat
dihitung; yang ditulis hanya angka sumbernya.

## Dua perintah

Sekali di setiap komputer (memasang Node.js yang sesuai bila perlu, paket kinerja, dan peramban
untuk mencetak):

\`\`\`sh
npm run setup
\`\`\`

Lalu, setiap kali data diubah:

\`\`\`sh
npm run check          # memeriksa data; setiap kesalahan dengan letaknya
npm run build:lkjip    # mencetak out/…/lkjip-<tahun>.pdf
\`\`\`

Dokumen lain: \`npm run build:pk\`, \`npm run build:rkt\`, \`npm run build:rencana-aksi\`, atau
semuanya dengan \`npm run build:all\`. \`npm run watch\` membuka pratinjau yang dicetak ulang setiap
kali berkas disimpan.

## Yang ditulis di mana

| Berkas | Isinya |
| --- | --- |
| \`${folder}/instansi.yaml\` | nama instansi, kepala dan atasannya (pihak pertama dan kedua Perjanjian Kinerja), unit kerja |
| \`${folder}/renstra.yaml\` | tujuan, sasaran, indikator kinerja utama dan program dengan target per tahun |
| \`${folder}/<tahun>/dokumen.yaml\` | tanggal penandatanganan dan pengaturan cetak setiap dokumen tahun itu |
| \`${folder}/<tahun>/pk.yaml\` | target yang diperjanjikan (sama dengan target Renstra tahun itu) |
| \`${folder}/<tahun>/realisasi.yaml\` | realisasi setiap indikator; yang belum ada ditulis \`nilai: null\` |
| \`${folder}/<tahun>/anggaran.yaml\` | program, kegiatan, sub kegiatan: pagu, target dan realisasi per triwulan |
| \`${folder}/<tahun>/belanja.yaml\` | anggaran dan realisasi per jenis belanja |
| \`${folder}/<tahun>/narasi/*.md\` | uraian setiap bagian laporan; angka tidak diketik tetapi dipanggil, mis. \`{{capaian_rata_rata}}\` |

Tahun baru: salin folder tahun terakhir menjadi folder tahun baru, lalu ganti isinya. Yang
bertanda \`[[isi: …]]\` adalah contoh yang harus diganti; \`check\` menunjukkan setiap letaknya.

## Membaca pesan \`check\`

\`\`\`
${folder}/instansi.yaml:6:9  tempat harus teks: tertulis "12"
${folder}/${tahun}/dokumen.yaml:6:11  kertas harus salah satu dari: A4, F4 (tertulis "A5")
    maksud Anda \`A4\`?
\`\`\`

Setiap pesan dimulai dengan berkas, baris dan kolom tempat kesalahan itu (di VS Code: klik
sambil menekan Ctrl untuk membukanya), lalu apa yang salah; baris di bawahnya yang menjorok
mengatakan apa yang sebaiknya ditulis. **Galat** harus diperbaiki: selama masih ada, tidak ada
dokumen yang dicetak dan PDF yang lama tetap. **Peringatan** (\`peringatan:\`) tidak menghentikan
cetak; dokumen yang penanda tangan atau tanggalnya masih kosong dicetak bertanda DRAF. Baris terakhir menghitung galat dan
peringatan setiap instansi.

## Penyunting

Buka folder ini di VS Code dan pasang ekstensi *YAML* (Red Hat) yang disarankan. Saat mengetik,
kunci dilengkapi, arahkan tetikus ke sebuah kunci untuk membaca artinya, dan kesalahan bentuk
digarisbawahi: pengenal, NIP, tanggal, bulan, rupiah dan nilai yang salah tulis dengan pesan yang
sama dengan \`check\`; kunci yang salah eja atau tidak ada dengan pesan bawaan penyunting (dalam
bahasa Inggris — \`check\` mengatakannya dengan saran). Pemetaan berkas ke skemanya ada di \`.vscode/settings.json\`, skemanya
di \`node_modules/kinerja/schemas/\` (ada sesudah \`npm run setup\`).

## Di GitHub

\`.github/workflows/kinerja.yml\` berjalan pada setiap pull request: memeriksa data (setiap galat
ditandai pada barisnya di tab *Files changed*), mencetak semua dokumen sebagai artefak, dan
menuliskan angka yang berubah; \`kinerja-komentar.yml\` menaruhnya sebagai satu komentar di pull
request. Sertakan \`package-lock.json\` (dibuat oleh \`npm run setup\`) dalam commit.

Memperbarui kinerja: \`npm install --save-dev kinerja@latest\`, lalu \`npm run check\`.
`;
}
