// What `kinerja init` asks, in order, and how each answer is checked as it is typed: what a PK
// needs (names without gelar, gelar, pangkat and golongan, jabatan, NIP), the pemda as
// Kabupaten, Kota or Provinsi (which gives the atasan's title), the year.
import { nipProblem } from '../validate/rules/identitas.ts';
import { jabatanAtasan } from './files.ts';
import type { Pertanyaan } from './tanya.ts';

const wajib = (apa: string) => (v: string) => (v ? { nilai: v } : { salah: `${apa} perlu diisi` });

/** A name as the PK prints it: gelar go in their own answers. */
function namaTanpaGelar(v: string): { nilai: string } | { salah: string } {
  if (!v) return { nilai: '' }; // left for later: a [[isi: …]] mark that check reports
  if (/,/.test(v) || /(^|\s)(Drs?|Dra|Ir|H|Hj|Prof|dr|Dt)\.(\s|$)/i.test(v))
    return { salah: `tulis nama tanpa gelar (tertulis "${v}"); gelar ditanyakan sesudah ini` };
  return { nilai: v };
}

/** A NIP typed as an SK prints it ("19780101 200501 2 003") is taken without its spaces. */
export function periksaNip(v: string, tahunIni = new Date().getFullYear()): { nilai: string } | { salah: string } {
  if (!v) return { nilai: '' };
  const nip = v.replace(/[\s.-]/g, '');
  if (!/^\d+$/.test(nip)) return { salah: `NIP hanya angka: tertulis "${v}"` };
  if (nip.length !== 18) return { salah: `NIP harus 18 angka: tertulis ${nip.length} angka` };
  const problem = nipProblem(nip);
  if (problem) return { salah: `NIP tidak sah: ${problem}; salin dari SK atau kartu pegawai` };
  const lahir = Number(nip.slice(0, 4));
  if (lahir < 1940 || lahir > tahunIni - 17) return { salah: `NIP tidak sah: tahun lahir ${lahir} tidak mungkin untuk pejabat yang sedang menjabat` };
  if (Number(nip.slice(8, 12)) > tahunIni) return { salah: `NIP tidak sah: tahun pengangkatan ${nip.slice(8, 12)} belum tiba` };
  return { nilai: nip };
}

export function periksaGolongan(v: string): { nilai: string } | { salah: string } {
  if (!v) return { nilai: '' };
  const m = /^(IV|III|II|I)\s*\/\s*([a-e])$/i.exec(v.trim());
  return m ? { nilai: `${m[1]!.toUpperCase()}/${m[2]!.toLowerCase()}` } : { salah: `golongan ditulis ruang I–IV dan huruf a–e, misalnya IV/c (tertulis "${v}")` };
}

export function periksaPemda(v: string): { nilai: string } | { salah: string } {
  const m = /^(kabupaten|kota|provinsi)\s+(\S.*)$/i.exec(v.trim());
  if (!m) return { salah: `tulis "Kabupaten …", "Kota …" atau "Provinsi …" (tertulis "${v}"): dari situ jabatan atasan ditentukan` };
  return { nilai: `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1).toLowerCase()} ${m[2]}` };
}

function periksaTahun(v: string): { nilai: string } | { salah: string } {
  return /^20\d\d$/.test(v) ? { nilai: v } : { salah: `tahun ditulis empat angka, misalnya ${new Date().getFullYear() - 1} (tertulis "${v}")` };
}

const tanpaAwalan = (pemda: string) => pemda.replace(/^(Kabupaten|Kota|Provinsi)\s+/, '');

export const PERTANYAAN: Pertanyaan[] = [
  { kunci: 'nama', label: 'Nama instansi', bawaan: () => 'Dinas Contoh Kabupaten Contoh', periksa: wajib('nama instansi') },
  { kunci: 'pemda', label: 'Pemerintah daerah (Kabupaten …, Kota … atau Provinsi …)', bawaan: () => 'Kabupaten Contoh', periksa: periksaPemda },
  { kunci: 'tempat', label: 'Tempat penandatanganan', bawaan: (j) => tanpaAwalan(j['pemda'] ?? ''), periksa: wajib('tempat penandatanganan') },
  { kunci: 'tahun', label: 'Tahun laporan', bawaan: () => String(new Date().getFullYear() - 1), periksa: periksaTahun },
  { kunci: 'kepala', label: 'Nama kepala instansi, tanpa gelar (boleh kosong)', periksa: namaTanpaGelar },
  { kunci: 'gelar-depan', label: 'Gelar di depan nama, mis. Drs. (boleh kosong)' },
  { kunci: 'gelar-belakang', label: 'Gelar di belakang nama, mis. M.Si (boleh kosong)' },
  { kunci: 'jabatan', label: 'Jabatan kepala instansi', bawaan: () => 'Kepala Dinas', periksa: wajib('jabatan') },
  { kunci: 'pangkat', label: 'Pangkat kepala, mis. Pembina Utama Muda (boleh kosong)' },
  { kunci: 'golongan', label: 'Golongan ruang, mis. IV/c (boleh kosong)', periksa: periksaGolongan },
  { kunci: 'nip', label: 'NIP kepala, 18 angka (boleh kosong)', periksa: (v) => periksaNip(v) },
  { kunci: 'atasan', label: 'Nama atasan (kepala daerah), tanpa gelar (boleh kosong)', periksa: namaTanpaGelar },
  { kunci: 'jabatan-atasan', label: 'Jabatan atasan', bawaan: (j) => jabatanAtasan(j['pemda'] ?? '') ?? '', periksa: wajib('jabatan atasan') },
];
