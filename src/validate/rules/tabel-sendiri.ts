// An agency's own table (`tabel/<id>.yaml`): the schema, then what a schema cannot say: cells
// that name no column, formulas over unknown, non-number or circular columns, text where a
// number belongs, divisions by zero, and totals typed from the source document that disagree
// with the computation. Every message at its line, with what to write instead.
import type { ErrorObject } from 'ajv';
import type { Diagnostics, Location } from '../../diagnostics/index.ts';
import { desimalDari, hitungTabelSendiri, operandRumus } from '../../compute/tabel-sendiri.ts';
import { Rational } from '../../compute/rational.ts';
import { formatAngka } from '../../format/index.ts';
import { locate, sourceText, type PathSegment, type YamlFile } from '../../load/index.ts';
import {
  isKelompok,
  JENIS_ANGKA,
  type Agregat,
  type BarisInput,
  type BarisJumlah,
  type KolomInput,
  type TabelSendiriInput,
} from '../../model/tabel-sendiri.ts';
import { didYouMean } from '../../util/suggest.ts';
import { validateSchema } from '../schema.ts';
import { indonesianNumber, reportSchemaErrors } from '../schema-messages.ts';

/** Keys of a group row: a column may not be named like them. */
const KUNCI_KELOMPOK = ['kelompok', 'baris', 'tertulis'];
const RUMUS = ['jumlah', 'selisih', 'persentase', 'bagian_dari'] as const;
const KATA_AGREGAT: Record<Agregat, string> = { jumlah: 'jumlah', 'rata-rata': 'rata-rata', banyak: 'banyaknya isian', rumus: 'total' };

interface Periksa {
  f: YamlFile;
  diags: Diagnostics;
  t: TabelSendiriInput;
  kolom: Map<string, KolomInput>;
  at(path: PathSegment[], which?: 'value' | 'key'): Location;
}

const kode = (id: string) => `\`${id}\``;
const dikenal = (ids: Iterable<string>) => `kolom yang ada: ${[...ids].join(', ')}`;

export function periksaTabelSendiri(f: YamlFile, diags: Diagnostics): TabelSendiriInput | undefined {
  const before = diags.errors.length;
  if (!periksaSkema(f, diags)) return undefined;
  const t = f.data as TabelSendiriInput;
  const p: Periksa = { f, diags, t, kolom: new Map(), at: (path, which = 'value') => locate(f, path, which) };
  periksaKolom(p);
  periksaBaris(p);
  periksaTotal(p);
  if (diags.errors.length > before) return undefined;
  periksaHitung(p);
  return diags.errors.length > before ? undefined : t;
}

// ── schema ───────────────────────────────────────────────────────────────────────────────────

/** The schema's errors, with those ajv would say badly told here in words. */
function periksaSkema(f: YamlFile, diags: Diagnostics): boolean {
  const data = f.data as { kolom?: unknown };
  // A column named like a group row's key would turn its rows into groups: said first, alone.
  const terpakai = Array.isArray(data?.kolom)
    ? data.kolom.flatMap((k, i) => (typeof k === 'object' && k && KUNCI_KELOMPOK.includes((k as { id?: string }).id ?? '') ? [i] : []))
    : [];
  for (const i of terpakai) {
    const id = (data.kolom as { id: string }[])[i]!.id;
    diags.error('tabel/kolom-terpakai', `pengenal kolom ${kode(id)} tidak boleh dipakai: \`${id}:\` di sebuah baris menandai baris kelompok`, locate(f, ['kolom', i, 'id']),
      `ganti pengenalnya, mis. \`${id}-${id === 'kelompok' ? 'umur' : 'data'}\`, di kolom dan di setiap baris`);
  }
  let errors = validateSchema('tabel', f.data);
  if (terpakai.length) errors = errors.filter((e) => !e.instancePath.startsWith('/baris'));
  const sendiri = errors.filter((e) => ceritakan(e, f, diags));
  reportSchemaErrors(errors.filter((e) => !sendiri.includes(e)), f, diags);
  return errors.length === 0 && terpakai.length === 0;
}

function pathOf(instancePath: string): PathSegment[] {
  return instancePath ? instancePath.slice(1).split('/').map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~'))) : [];
}

/** Tells an ajv error in this file's own words; false when the general messages say it well. */
function ceritakan(e: ErrorObject, f: YamlFile, diags: Diagnostics): boolean {
  const path = pathOf(e.instancePath);
  const last = path[path.length - 1];
  const isCell = path[0] === 'baris' && (path.length === 3 || (path.length === 5 && path[2] === 'baris')) && typeof last === 'string';
  if (e.keyword === 'type' && isCell) {
    if (last === 'baris')
      diags.error('tabel/kelompok-tanpa-judul', 'baris kelompok tanpa judul: `baris:` di bawahnya perlu `kelompok: <judul>`', locate(f, path, 'key'),
        'tambahkan `kelompok: Pegawai Negeri Sipil` (judul kelompoknya) di atas `baris:`');
    else
      diags.error('tabel/sel-bukan-nilai', `sel ${kode(String(last))} harus satu nilai: teks, angka atau tanggal, bukan daftar atau kumpulan kunci`, locate(f, path),
        `tulis isinya di baris yang sama, mis. \`${String(last)}: 12\`; teks yang memuat ": " atau "- " di antara tanda petik`);
    return true;
  }
  if (e.keyword === 'minProperties') {
    const nama = String(last ?? 'nilai');
    diags.error('tabel/kosong', `\`${nama}\` tidak boleh kosong`, locate(f, path, 'key'),
      nama === 'tertulis' ? 'tulis total dari dokumen sumber per kolom, mis. `jumlah: 86`, atau hapus `tertulis:`' : 'tulis cara menghitung total per kolom, mis. `jumlah: jumlah`');
    return true;
  }
  return false;
}

// ── columns and formulas ─────────────────────────────────────────────────────────────────────

function periksaKolom(p: Periksa): void {
  const { t, diags, kolom } = p;
  t.kolom.forEach((k, i) => {
    const prev = kolom.get(k.id);
    if (prev)
      diags.error('tabel/kolom-ganda', `pengenal kolom ${kode(k.id)} dipakai dua kali`, p.at(['kolom', i, 'id']),
        'setiap kolom perlu pengenal sendiri: ganti salah satunya', p.at(['kolom', t.kolom.indexOf(prev), 'id']));
    else kolom.set(k.id, k);
    if (k.desimal !== undefined && k.jenis !== 'angka' && k.jenis !== 'persen')
      diags.error('tabel/desimal', `\`desimal\` hanya untuk kolom angka dan persen; kolom ${kode(k.id)} berjenis ${k.jenis}`, p.at(['kolom', i, 'desimal'], 'key'),
        k.jenis === 'rupiah' ? 'hapus `desimal`: rupiah dicetak tanpa desimal' : 'hapus `desimal`');
  });
  t.kolom.forEach((k, i) => periksaRumus(p, k, i));
  periksaSiklus(p);
  // A heading over columns that are not side by side cannot be drawn.
  t.kolom.forEach((k, i) => {
    if (!k.induk || t.kolom[i - 1]?.induk === k.induk) return;
    const j = t.kolom.findIndex((o, n) => n < i && o.induk === k.induk);
    if (j !== -1)
      diags.error('tabel/induk-terpisah', `kolom ${kode(t.kolom[j]!.id)} dan ${kode(k.id)} berinduk "${k.induk}", tetapi tidak bersebelahan`, p.at(['kolom', i, 'induk']),
        'pindahkan kolom-kolom berinduk sama supaya berurutan di `kolom:`', p.at(['kolom', j, 'induk']));
  });
}

function periksaRumus(p: Periksa, k: KolomInput, i: number): void {
  const r = k.rumus;
  if (!r) return;
  const at = p.at(['kolom', i, 'rumus'], 'key');
  const ditulis = RUMUS.filter((n) => r[n] !== undefined);
  if (ditulis.length !== 1) {
    p.diags.error('tabel/rumus-satu', ditulis.length ? `rumus kolom ${kode(k.id)} memuat ${ditulis.map(kode).join(' dan ')}: tulis satu saja` : `rumus kolom ${kode(k.id)} kosong`, at,
      'mis. `rumus: { jumlah: [laki-laki, perempuan] }`, `{ selisih: [anggaran, realisasi] }`, `{ persentase: [realisasi, anggaran] }` atau `{ bagian_dari: jumlah }`');
    return;
  }
  if (!JENIS_ANGKA.includes(k.jenis)) {
    p.diags.error('tabel/rumus-jenis', `kolom ${kode(k.id)} berjenis ${k.jenis} tidak dapat dihitung dengan rumus`, at, 'ubah `jenis` menjadi angka, rupiah atau persen, atau hapus `rumus`');
    return;
  }
  if (k.jenis === 'rupiah' && (r.persentase || r.bagian_dari))
    p.diags.error('tabel/rumus-jenis', `rumus kolom ${kode(k.id)} menghasilkan persen, tetapi kolomnya berjenis rupiah`, p.at(['kolom', i, 'jenis']), 'tulis `jenis: persen`');
  const nama = ditulis[0]!;
  const ops = r.bagian_dari !== undefined ? [r.bagian_dari] : (r[nama] as string[]);
  ops.forEach((id, n) => {
    const opAt = p.at(['kolom', i, 'rumus', nama, ...(r.bagian_dari !== undefined ? [] : [n])]);
    const o = p.kolom.get(id);
    if (!o)
      p.diags.error('tabel/rumus-kolom', `rumus kolom ${kode(k.id)} menyebut kolom ${kode(id)} yang tidak ada`, opAt, didYouMean(id, p.kolom.keys()) ?? dikenal(p.kolom.keys()));
    else if (!JENIS_ANGKA.includes(o.jenis))
      p.diags.error('tabel/rumus-kolom', `rumus kolom ${kode(k.id)} menyebut kolom ${kode(id)} yang berjenis ${o.jenis}: hanya kolom angka, rupiah dan persen yang dapat dihitung`, opAt,
        `ubah \`jenis\` kolom ${kode(id)}, atau sebut kolom lain: ${[...p.kolom.values()].filter((x) => JENIS_ANGKA.includes(x.jenis) && x !== k).map((x) => x.id).join(', ') || 'belum ada kolom angka'}`);
  });
}

/** A formula that reads itself, directly or through others: told once per cycle. */
function periksaSiklus(p: Periksa): void {
  const state = new Map<string, 'sedang' | 'selesai'>();
  const stack: string[] = [];
  const told = new Set<string>();
  const visit = (id: string) => {
    const s = state.get(id);
    const k = p.kolom.get(id);
    if (s === 'selesai' || !k) return;
    if (s === 'sedang') {
      const cycle = [...stack.slice(stack.indexOf(id)), id];
      const sig = [...new Set(cycle)].sort().join(',');
      if (told.has(sig)) return;
      told.add(sig);
      p.diags.error('tabel/rumus-siklus', `rumus berputar: ${cycle.map(kode).join(' → ')}`, p.at(['kolom', p.t.kolom.indexOf(k), 'rumus'], 'key'),
        'sebuah kolom tidak dapat dihitung dari dirinya sendiri, langsung atau lewat kolom lain: ubah salah satu rumusnya menjadi kolom yang ditulis');
      return;
    }
    state.set(id, 'sedang');
    stack.push(id);
    for (const o of operandRumus(k)) visit(o);
    stack.pop();
    state.set(id, 'selesai');
  };
  for (const id of p.kolom.keys()) visit(id);
}

// ── cells ────────────────────────────────────────────────────────────────────────────────────

function periksaBaris(p: Periksa): void {
  const takDikenal = new Map<string, PathSegment[][]>();
  p.t.baris.forEach((b, i) => {
    if (isKelompok(b)) {
      b.baris.forEach((r, j) => periksaSel(p, r, ['baris', i, 'baris', j], takDikenal));
      if (b.tertulis) periksaTertulisKunci(p, b.tertulis, ['baris', i, 'tertulis']);
    } else periksaSel(p, b, ['baris', i], takDikenal);
  });
  // A key that names no column, told once at its first row (a renamed column is in every row).
  const bisa = [...p.kolom.keys()].filter((id) => !p.kolom.get(id)!.rumus);
  for (const [key, paths] of takDikenal) {
    const lain = paths.length > 1 ? ` (juga di ${paths.length - 1} baris lain)` : '';
    p.diags.error('tabel/sel-tak-dikenal', `kolom ${kode(key)} tidak ada di \`kolom:\`${lain}`, p.at([...paths[0]!, key], 'key'), didYouMean(key, bisa) ?? dikenal(bisa));
  }
}

function periksaSel(p: Periksa, row: BarisInput, path: PathSegment[], takDikenal: Map<string, PathSegment[][]>): void {
  const keys = Object.keys(row);
  if (!keys.length) {
    p.diags.error('tabel/baris-kosong', 'baris tanpa sel', p.at(path), 'tulis selnya, mis. `{ golongan: IV, laki-laki: 3 }`, atau hapus baris ini');
    return;
  }
  for (const key of keys) {
    const v = row[key];
    const at = p.at([...path, key]);
    const k = p.kolom.get(key);
    if (!k) {
      takDikenal.set(key, [...(takDikenal.get(key) ?? []), path]);
      continue;
    }
    if (v === null || v === undefined) continue;
    if (k.rumus) {
      p.diags.error('tabel/sel-dihitung', `kolom ${kode(key)} dihitung dengan rumus: selnya tidak ditulis`, p.at([...path, key], 'key'),
        `hapus \`${key}: ${sourceText(p.f, [...path, key]) ?? String(v)}\`; nilai yang dicetak dihitung dari kolom ${operandRumus(k).map(kode).join(', ')}. Total dari dokumen sumber ditulis di \`total.tertulis\``);
      continue;
    }
    if (JENIS_ANGKA.includes(k.jenis) && typeof v !== 'number') selBukanAngka(p, k, String(v), sourceText(p.f, [...path, key]) ?? String(v), at);
    else if (k.jenis === 'rupiah' && !Number.isInteger(v))
      p.diags.error('tabel/rupiah-pecahan', `rupiah ditulis bilangan bulat: sel ${kode(key)} tertulis ${sourceText(p.f, [...path, key]) ?? String(v)}`, at, `tulis ${Math.round(v as number)}`);
    else if (k.jenis === 'tanggal') periksaTanggal(p, key, v, at);
  }
}

function selBukanAngka(p: Periksa, k: KolomInput, v: string, src: string, at: Location): void {
  const t = v.trim();
  let hint: string;
  if (/^[-–—]*$/.test(t)) hint = `sel kosong: hapus \`${k.id}\` dari baris ini (atau tulis \`${k.id}: null\`); bila nilainya nol, tulis 0`;
  else {
    const persen = t.replace(/\s*%$/, '');
    const n = indonesianNumber(persen);
    hint = n !== undefined
      ? `tulis ${n}${persen !== t ? ' (tanpa tanda %)' : ''}: angka tanpa titik ribuan, dengan titik sebagai desimal`
      : 'tulis angka saja, tanpa satuan (satuannya di judul kolom), dengan titik sebagai desimal, mis. 12 atau 92.5';
  }
  p.diags.error('tabel/sel-bukan-angka', `sel ${kode(k.id)} harus angka (kolom ${k.jenis}): tertulis "${src}"`, at, hint);
}

const BULAN = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];

function tanggalAda(s: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return mo >= 1 && mo <= 12 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function periksaTanggal(p: Periksa, key: string, v: unknown, at: Location): void {
  const s = String(v).trim();
  if (typeof v === 'string' && tanggalAda(s)) return;
  let hint = 'tulis TTTT-BB-HH, mis. 2024-12-31, atau TTTT-BB untuk bulan dan tahun saja, mis. 2024-12';
  const m = /^(\d{1,2})[\s/.-]+([A-Za-z]+|\d{1,2})[\s/.-]+(\d{4})$/.exec(s);
  if (m) {
    const bulan = /^\d+$/.test(m[2]!) ? Number(m[2]) : BULAN.indexOf(m[2]!.toLowerCase()) + 1;
    const iso = `${m[3]}-${String(bulan).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    if (bulan >= 1 && tanggalAda(iso)) hint = `tulis ${iso}`;
  }
  p.diags.error('tabel/sel-tanggal', `sel ${kode(key)} harus tanggal yang ada: tertulis "${s}"`, at, hint);
}

// ── totals ───────────────────────────────────────────────────────────────────────────────────

function periksaTotal(p: Periksa): void {
  const total = p.t.total;
  if (!total) return;
  for (const [id, a] of Object.entries(total.kolom)) {
    const at = p.at(['total', 'kolom', id], 'key');
    const k = p.kolom.get(id);
    if (!k) {
      p.diags.error('tabel/total-kolom', `\`total.kolom\` menyebut kolom ${kode(id)} yang tidak ada`, at, didYouMean(id, p.kolom.keys()) ?? dikenal(p.kolom.keys()));
      continue;
    }
    const vAt = p.at(['total', 'kolom', id]);
    if ((a === 'jumlah' || a === 'rata-rata') && !JENIS_ANGKA.includes(k.jenis))
      p.diags.error('tabel/total-jenis', `kolom ${kode(id)} berjenis ${k.jenis} tidak dapat ${a === 'jumlah' ? 'dijumlahkan' : 'dirata-ratakan'}`, vAt,
        `tulis \`${id}: banyak\` untuk mencetak banyaknya sel yang terisi, atau hapus \`${id}: ${a}\``);
    else if (a === 'rumus' && !k.rumus)
      p.diags.error('tabel/total-rumus', `kolom ${kode(id)} tidak mempunyai rumus`, vAt,
        JENIS_ANGKA.includes(k.jenis) ? `tulis \`${id}: jumlah\` atau \`${id}: rata-rata\`` : `tulis \`${id}: banyak\`, atau hapus \`${id}: rumus\``);
    else if (a === 'rumus' && k.rumus)
      for (const o of operandRumus(k))
        if (p.kolom.has(o) && total.kolom[o] === undefined)
          p.diags.error('tabel/total-operand', `total kolom ${kode(id)} dihitung dengan rumusnya dari total kolom ${kode(o)}, tetapi kolom ${kode(o)} tidak ber-total`, vAt,
            `tambahkan \`${o}: jumlah\` di \`total.kolom\``);
    if (a === 'jumlah' && k.rumus?.persentase)
      p.diags.warn('tabel/total-persen', `total kolom ${kode(id)} menjumlahkan persentase setiap baris, yang tidak bermakna`, vAt,
        `tulis \`${id}: rumus\` (persentase dari total ${k.rumus.persentase.map(kode).join(' dan ')}) atau \`${id}: rata-rata\``);
  }
  if (total.per_kelompok && !p.t.baris.some(isKelompok))
    p.diags.warn('tabel/per-kelompok', 'subtotal per kelompok diminta, tetapi tabel ini tidak mempunyai kelompok', p.at(['total', 'per_kelompok'], 'key'),
      'tambahkan baris `kelompok:` dengan `baris:` di bawahnya, atau hapus `per_kelompok`');
  if (total.tertulis) periksaTertulisKunci(p, total.tertulis, ['total', 'tertulis']);
}

/** A typed total names a column that the table totals. */
function periksaTertulisKunci(p: Periksa, tertulis: Record<string, number>, path: PathSegment[]): void {
  for (const id of Object.keys(tertulis)) {
    const at = p.at([...path, id], 'key');
    if (!p.kolom.has(id)) p.diags.error('tabel/tertulis-kolom', `\`tertulis\` menyebut kolom ${kode(id)} yang tidak ada`, at, didYouMean(id, p.kolom.keys()) ?? dikenal(p.kolom.keys()));
    else if (!p.t.total)
      p.diags.error('tabel/tertulis-tanpa-total', `total kolom ${kode(id)} tertulis, tetapi tabel ini tidak ber-total`, at, `tambahkan \`total: { kolom: { ${id}: jumlah } }\``);
    else if (p.t.total.kolom[id] === undefined)
      p.diags.error('tabel/tertulis-tanpa-total', `total kolom ${kode(id)} tertulis, tetapi \`total.kolom\` tidak menghitungnya`, at, `tambahkan \`${id}: jumlah\` (atau rata-rata, banyak) di \`total.kolom\``);
  }
}

// ── what only the computation shows ──────────────────────────────────────────────────────────

function periksaHitung(p: Periksa): void {
  const h = hitungTabelSendiri(p.t);
  for (const z of h.bagiNol) {
    if (z.tempat === 'kolom')
      p.diags.error('tabel/bagi-nol', `kolom ${kode(z.kolom)} adalah bagian dari jumlah kolom ${kode(z.pembagi)}, padahal jumlah itu 0`, p.at(z.path),
        `bagian dari 0 tidak ada: periksa isi kolom ${kode(z.pembagi)}, atau hapus rumus ini`);
    else if (z.tempat === 'baris')
      p.diags.error('tabel/bagi-nol', `persentase ${kode(z.kolom)} tidak dapat dihitung: ${kode(z.pembagi)} di baris ini 0`, p.at([...z.path, z.pembagi]),
        `kosongkan sel ${kode(z.pembagi)} bila datanya belum ada (persentasenya dicetak kosong), atau periksa angkanya`);
    else if (p.kolom.get(z.kolom)!.rumus?.persentase)
      p.diags.error('tabel/bagi-nol', `persentase ${kode(z.kolom)} di ${z.tempat === 'total' ? 'baris total' : 'subtotal kelompok ini'} tidak dapat dihitung: total ${kode(z.pembagi)} 0`,
        z.tempat === 'total' ? p.at(['total', 'kolom', z.kolom]) : p.at(z.path), `ubah total kolom ${kode(z.kolom)} menjadi \`rata-rata\`, atau hapus`);
  }
  if (h.total && p.t.total?.tertulis) bandingkan(p, p.t.total.tertulis, h.total, ['total', 'tertulis'], '');
  p.t.baris.forEach((b, i) => {
    if (!isKelompok(b) || !b.tertulis) return;
    const g = h.kelompok.find((x) => x.path[1] === i)?.jumlah;
    if (g) bandingkan(p, b.tertulis, g, ['baris', i, 'tertulis'], ` kelompok "${b.kelompok}"`);
  });
}

/** Each typed total against the computed one, at the precision the author typed it. */
function bandingkan(p: Periksa, tertulis: Record<string, number>, hitung: BarisJumlah, path: PathSegment[], kelompok: string): void {
  for (const [id, typed] of Object.entries(tertulis)) {
    const a = p.t.total!.kolom[id]!;
    const sel = hitung.nilai[id]!;
    const d = desimalDari(typed);
    const typedR = Rational.from(typed);
    const computed = sel.nilai as Rational | undefined;
    if (computed && computed.toFixed(d) === typedR.toFixed(d)) continue;
    const shown = `${KATA_AGREGAT[a]}${kelompok} kolom ${kode(id)} tertulis ${formatAngka(typedR, d)}`;
    const at = p.at([...path, id]);
    if (!computed) {
      p.diags.error('tabel/tertulis-beda', `${shown}, tetapi semua sel kolom itu kosong`, at, 'isi sel-sel kolom itu, atau hapus total tertulis ini');
      continue;
    }
    const dd = Math.max(d, sel.desimal);
    const sebagian = sel.isian === 'sebagian';
    p.diags.error('tabel/tertulis-beda',
      `${shown}, tetapi hasil hitung dari baris-barisnya ${formatAngka(computed, dd)} (selisih ${formatAngka(typedR.sub(computed), dd)})${sebagian ? '; sebagian sel kolom itu kosong' : ''}`, at,
      sebagian
        ? 'isi sel yang masih kosong di kolom itu, lalu periksa lagi; yang dicetak selalu hasil hitung'
        : `cari baris yang keliru; bila dokumen sumber sendiri salah jumlah, tulis ${computed.toFixed(dd)} di sini (yang dicetak selalu hasil hitung)`);
  }
}
