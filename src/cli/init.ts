// `kinerja init <folder>`: a new instansi from a few answers (flags, or questions on a terminal).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { KinerjaError } from '../diagnostics/index.ts';
import { berkasInstansi, type Jawaban } from '../init/files.ts';
import type { Out } from './check.ts';

const PERTANYAAN: [keyof Jawaban, string, (id: string) => string][] = [
  ['nama', 'Nama instansi', () => 'Dinas Contoh Kabupaten Contoh'],
  ['pemda', 'Pemerintah daerah', () => 'Kabupaten Contoh'],
  ['tempat', 'Tempat penandatanganan', () => 'Kota Contoh'],
  ['tahun', 'Tahun laporan', () => String(new Date().getFullYear() - 1)],
  ['kepala', 'Nama kepala instansi (tanpa gelar)', () => 'NAMA KEPALA'],
  ['jabatan', 'Jabatan kepala instansi', () => 'Kepala Dinas'],
  ['nip', 'NIP kepala (18 angka, boleh kosong)', () => ''],
  ['atasan', 'Nama atasan (Bupati/Wali Kota)', () => 'NAMA BUPATI'],
];

export async function runInit(folder: string | undefined, flags: Record<string, string | undefined>, out: Out): Promise<number> {
  if (!folder) throw new KinerjaError('tulis folder instansi baru: kinerja init data/nama-instansi');
  if (existsSync(folder) && readdirSync(folder).length) throw new KinerjaError(`folder ${folder} sudah berisi berkas; init hanya membuat folder baru`);
  const id = basename(folder).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'instansi';
  const answers: Record<string, string> = {};
  const ask = process.stdin.isTTY && !flags['ya'] ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  try {
    for (const [key, label, fallback] of PERTANYAAN) {
      const given = flags[key];
      if (given !== undefined) answers[key] = given;
      else if (ask) answers[key] = (await ask.question(`${label} [${fallback(id)}]: `)).trim() || fallback(id);
      else answers[key] = fallback(id);
    }
  } finally {
    ask?.close();
  }
  const tahun = Number(answers['tahun']);
  if (!Number.isInteger(tahun) || tahun < 2000 || tahun > 2100) throw new KinerjaError(`tahun "${answers['tahun']}" bukan tahun empat angka`);
  if (answers['nip'] && !/^\d{18}$/.test(answers['nip'])) throw new KinerjaError(`NIP "${answers['nip']}" harus 18 angka tanpa spasi`);
  const files = berkasInstansi({ id, nama: answers['nama']!, pemda: answers['pemda']!, tempat: answers['tempat']!, tahun, kepala: answers['kepala']!, jabatan: answers['jabatan']!, nip: answers['nip'] || undefined, atasan: answers['atasan']! });
  for (const [name, text] of Object.entries(files)) {
    const path = join(folder, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  out.log(`instansi baru di ${folder}: ${Object.keys(files).length} berkas. Langkah berikutnya:\n  npx kinerja check ${folder}\n  npx kinerja build all ${folder}`);
  return 0;
}
