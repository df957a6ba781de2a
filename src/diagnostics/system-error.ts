// What the operating system refused, said for an author: which path, what happened, and what to
// do, in Bahasa Indonesia. Node's own text ("EACCES: permission denied, open …") is English and
// is what ended as "galat tak terduga"; the errno code stays in the message for searching.
import { KinerjaError, type Diagnostic, type Location } from './index.ts';

interface Said {
  reason: string;
  hint: string;
}

const IZIN = 'periksa izin berkas dan foldernya (ls -l), mis. chmod u+rw, atau jalankan sebagai pemiliknya';

/** Each errno an author can meet, in words; the hint says what to do, not what went wrong. */
const ERRNO: Record<string, Said> = {
  ENOENT: { reason: 'tidak ada', hint: 'periksa ejaan nama berkas atau folder; bila ini tautan simbolik, periksa bahwa tujuannya masih ada' },
  EISDIR: { reason: 'adalah folder, padahal yang diperlukan berkas', hint: 'ganti folder itu dengan berkas, atau pindahkan folder itu ke tempat lain' },
  ENOTDIR: { reason: 'salah satu bagian jalurnya adalah berkas, padahal yang diperlukan folder', hint: 'periksa jalurnya: berkas dengan nama yang sama seperti folder yang dimaksud harus dipindahkan' },
  EACCES: { reason: 'izin ditolak', hint: IZIN },
  EPERM: { reason: 'tindakan tidak diizinkan', hint: IZIN },
  ELOOP: { reason: 'tautan simbolik berputar (menunjuk dirinya sendiri lewat tautan lain)', hint: 'hapus tautan simbolik itu dan salin berkas aslinya ke tempatnya' },
  EMFILE: { reason: 'terlalu banyak berkas terbuka oleh program ini', hint: 'naikkan batasnya (mis. ulimit -n 4096) lalu ulangi' },
  ENFILE: { reason: 'terlalu banyak berkas terbuka di komputer ini', hint: 'tutup program lain yang membuka banyak berkas, lalu ulangi' },
  ENOSPC: { reason: 'ruang disk penuh', hint: 'ruang disk penuh: kosongkan sebagian (mis. hapus hasil lama di out/ atau berkas sementara), lalu ulangi' },
  EDQUOT: { reason: 'kuota disk habis', hint: 'hapus berkas yang tidak diperlukan atau minta kuota tambahan, lalu ulangi' },
  EROFS: { reason: 'sistem berkasnya hanya-baca', hint: 'tulis ke folder lain yang dapat ditulisi, mis. --out /tmp/keluaran' },
  EIO: { reason: 'galat baca/tulis perangkat', hint: 'periksa disknya (kabel, kartu memori, koneksi jaringan); salin data ke disk lain bila terulang' },
  ENAMETOOLONG: { reason: 'nama atau jalurnya terlalu panjang', hint: 'pakai nama berkas dan folder yang lebih pendek' },
  EBUSY: { reason: 'sedang dipakai program lain', hint: 'tutup program yang membukanya (mis. penampil PDF), lalu ulangi' },
  ETXTBSY: { reason: 'sedang dijalankan sebagai program', hint: 'hentikan program itu, atau pakai berkas lain' },
  EEXIST: { reason: 'sudah ada', hint: 'pindahkan atau hapus yang sudah ada, atau pilih nama lain' },
  ENOTEMPTY: { reason: 'folder tidak kosong', hint: 'kosongkan atau pindahkan folder itu' },
  ENXIO: { reason: 'bukan berkas biasa (perangkat, soket, atau pipa tanpa penulis)', hint: 'ganti dengan berkas biasa' },
  ENODEV: { reason: 'perangkat tidak tersedia', hint: 'ganti dengan berkas biasa di disk' },
  EFBIG: { reason: 'berkasnya terlalu besar untuk sistem berkas ini', hint: 'tulis ke disk lain' },
  EXDEV: { reason: 'tidak dapat dipindahkan antar-disk', hint: 'tulis ke folder di disk yang sama' },
  EAGAIN: { reason: 'belum dapat dibaca (sumber sedang sibuk)', hint: 'ganti dengan berkas biasa, lalu ulangi' },
  ESTALE: { reason: 'berkas jaringan sudah tidak berlaku', hint: 'sambungkan ulang folder jaringannya, lalu ulangi' },
  ENOMEM: { reason: 'memori tidak cukup', hint: 'tutup program lain, lalu ulangi' },
  EADDRINUSE: { reason: 'port sudah dipakai program lain', hint: 'pilih port lain, mis. --port 4322, atau hentikan program yang memakainya' },
  EADDRNOTAVAIL: { reason: 'alamat itu tidak ada di komputer ini', hint: 'pakai 127.0.0.1' },
  EINVAL: { reason: 'tidak dapat diproses sistem berkas (jalur atau jenis berkas tidak sah)', hint: 'pakai nama berkas biasa tanpa karakter khusus' },
};

/** Node's syscall names (`err.syscall`) as the verb of "tidak dapat … <path>". */
const VERB: Record<string, string> = {
  open: 'membuka', read: 'membaca', write: 'menulis', mkdir: 'membuat folder', mkdtemp: 'membuat folder', rename: 'memindahkan',
  unlink: 'menghapus', rmdir: 'menghapus', rm: 'menghapus', scandir: 'membaca folder', opendir: 'membaca folder', stat: 'memeriksa',
  lstat: 'memeriksa', fstat: 'memeriksa', access: 'memeriksa', realpath: 'memeriksa', readlink: 'membaca tautan', spawn: 'menjalankan',
  copyfile: 'menyalin', symlink: 'membuat tautan', chmod: 'mengubah izin', listen: 'membuka', bind: 'membuka',
};

/** The errno code of a Node system error (`EACCES`), or undefined for anything else. */
export function errnoOf(e: unknown): string | undefined {
  if (!(e instanceof Error)) return undefined;
  const code = (e as NodeJS.ErrnoException).code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** The reason and the hint for an errno; an unknown code is still named. */
export function saidOf(code: string): Said {
  return ERRNO[code] ?? { reason: `ditolak sistem operasi`, hint: 'periksa berkas atau folder itu, lalu ulangi' };
}

/** `tidak dapat membaca data/x/pk.yaml: izin ditolak (EACCES)`. */
export function systemMessage(code: string, action: string, path: string): string {
  return `tidak dapat ${action} ${path}: ${saidOf(code).reason} (${code})`;
}

/** A system error as a diagnostic at `at` (the path's own file when nothing better is known). */
export function systemDiagnostic(e: unknown, action: string, path: string, at?: Location): Diagnostic {
  const code = errnoOf(e) ?? 'EIO';
  return {
    severity: 'galat',
    code: `sistem/${code.toLowerCase()}`,
    message: systemMessage(code, action, path),
    hint: saidOf(code).hint,
    at: at ?? { file: path, line: 1, col: 1 },
  };
}

/** For a stage that cannot go on: the system error as a KinerjaError naming the path. */
export function systemError(e: unknown, action: string, path: string): KinerjaError {
  const d = systemDiagnostic(e, action, path);
  return new KinerjaError(d.message, [{ ...d, at: undefined }], { cause: e });
}

/**
 * For the CLI's last catch: a system error that escaped every stage, in Indonesian with its path
 * and what to do (two lines); undefined when `e` is not a system error.
 */
export function describeSystemError(e: unknown): string | undefined {
  const code = errnoOf(e);
  if (!code) return undefined;
  const err = e as NodeJS.ErrnoException;
  const net = err as { dest?: string; address?: string; port?: number };
  const path = err.path ?? net.dest ?? (net.port !== undefined ? `${net.address ?? 'localhost'}:${net.port}` : undefined);
  const said = saidOf(code);
  const verb = VERB[String(err.syscall ?? '').replace(/^spawn.*/, 'spawn')] ?? 'memakai';
  return `${path ? `tidak dapat ${verb} ${path}` : `sistem operasi menolak`}: ${said.reason} (${code})\n    ${said.hint}`;
}
