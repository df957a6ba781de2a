// The Survei Kepuasan Masyarakat of each year: `<tahun>/survei.yaml` against itself (unsur, profile
// fields, units, columns), every answer file it names read (src/load/survei) and checked cell by
// cell — an answer outside 1–4, a blank answer (refused, or counted under `jawaban_kosong:
// abaikan`, never taken as 0), a respondent number used twice, a column the declaration does not
// know or one it names that the file lacks, fewer respondents than the declared sample — each at
// its file, row and column. A typed index (survei.yaml `indeks`, evaluasi.yaml `survei_kepuasan`)
// is checked against the index computed from the answers. What passes is kept in the year's data
// (`surveiTerbaca`) for compute.
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { bobotUnsur, hitungUnsur, indeksDari } from '../../compute/survei.ts';
import { Rational } from '../../compute/rational.ts';
import type { Location } from '../../diagnostics/index.ts';
import { display, type PathSegment } from '../../load/index.ts';
import { realInside } from '../../load/read-text.ts';
import { bacaLembar, type Lembar, type Sel } from '../../load/survei/lembar.ts';
import { formatAngka } from '../../format/index.ts';
import type { TahunInput } from '../../model/input.ts';
import {
  UNSUR_BAWAAN,
  type KolomSurvei,
  type ProfilSurvei,
  type RespondenSurvei,
  type SurveiInput,
  type SurveiTerbaca,
  type UnitSurveiInput,
  type UnitSurveiTerbaca,
  type UnsurSurvei,
} from '../../model/survei.ts';
import { closest, didYouMean } from '../../util/suggest.ts';
import type { RuleContext } from './context.ts';

type Profil = SurveiTerbaca['profil'][number];
const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const NILAI = ['1', '2', '3', '4'] as const;

export function checkSurvei(ctx: RuleContext): void {
  for (const y of ctx.data.tahun) if (y.survei) periksaTahun(ctx, y, y.survei);
  checkRealisasiSurvei(ctx);
}

/** The labels a profile field prints, in order: its `pilihan`, or the groups of its `rentang`. */
function labelProfil(p: ProfilSurvei): string[] {
  if (Array.isArray(p.pilihan)) return p.pilihan;
  if (p.pilihan) return [...new Set(Object.values(p.pilihan))];
  if (p.rentang) return p.rentang.map((b, i, all) => (i + 1 < all.length ? `${b}–${all[i + 1]! - 1}` : `${b} ke atas`));
  return [];
}

function periksaTahun(ctx: RuleContext, y: TahunInput, s: SurveiInput): void {
  const { diags, src, data } = ctx;
  const before = diags.errors.length;
  const at = (path: PathSegment[], which: 'value' | 'key' = 'value') => src.at('survei', path, y.tahun, which);
  const unsur: UnsurSurvei[] = s.unsur ?? [...UNSUR_BAWAAN];
  ganda(ctx, unsur.map((u) => u.id), (i) => at(['unsur', i, 'id']), 'unsur');
  ganda(ctx, (s.profil ?? []).map((p) => p.id), (i) => at(['profil', i, 'id']), 'profil');
  ganda(ctx, s.unit.map((u) => u.id), (i) => at(['unit', i, 'id']), 'unit');
  const profil: Profil[] = (s.profil ?? []).map((p, i) => {
    if (p.rentang?.some((b, k) => k > 0 && b <= p.rentang![k - 1]!))
      diags.error('survei/rentang', `rentang profil \`${p.id}\` harus naik: ${p.rentang.join(', ')}`, at(['profil', i, 'rentang']), 'tulis batas bawah setiap kelompok dari yang terkecil, mis. `[17, 26, 36, 46, 56]`');
    return { ...p, label: labelProfil(p) };
  });
  const namaSkala = s.skala ?? 'ikm';
  const skala = data.skala[namaSkala];
  if (!skala)
    diags.error('survei/skala', `skala \`${namaSkala}\` tidak ada`, at(['skala']), didYouMean(namaSkala, Object.keys(data.skala)) ?? `tulis skala itu di skala.yaml, atau pakai skala bawaan \`ikm\``);
  periksaKolom(ctx, y, s.kolom, ['kolom'], unsur, profil);
  const unit: UnitSurveiTerbaca[] = [];
  s.unit.forEach((u, i) => {
    periksaKolom(ctx, y, u.kolom, ['unit', i, 'kolom'], unsur, profil);
    const r = u.berkas && u.jumlah
      ? void diags.error('survei/sumber', `unit \`${u.id}\` menulis \`berkas\` dan \`jumlah\` sekaligus`, at(['unit', i, 'jumlah'], 'key'), 'pilih satu: berkas jawaban per responden, atau tabulasi `jumlah` bila hanya itu yang ada')
      : u.berkas
        ? bacaUnitBerkas(ctx, y, s, u, i, unsur, profil)
        : u.jumlah
          ? bacaUnitJumlah(ctx, y, s, u, i, unsur, profil)
          : void diags.error('survei/sumber', `unit \`${u.id}\` tidak menyebut sumber jawabannya`, at(['unit', i]),
              'tulis `berkas: survei/<nama>.csv` (atau .xlsx) berisi jawaban per responden, atau `jumlah:` berisi tabulasi jawaban per nilai setiap unsur');
    if (r) unit.push(r);
  });
  if (diags.errors.length !== before || !skala) return;
  const terbaca: SurveiTerbaca = { input: s, unsur, profil, skala, unit };
  periksaIndeks(ctx, y, terbaca);
  if (diags.errors.length === before) y.surveiTerbaca = terbaca;
}

function ganda(ctx: RuleContext, ids: string[], at: (i: number) => Location | undefined, apa: string): void {
  ids.forEach((id, i) => {
    const first = ids.indexOf(id);
    if (first !== i) ctx.diags.error('survei/id-ganda', `${apa} \`${id}\` ditulis dua kali`, at(i), `beri ${apa} ini pengenal lain, atau hapus salah satunya`, at(first));
  });
}

/** The ids a column declaration names must be the survey's unsur and profile fields. */
function periksaKolom(ctx: RuleContext, y: TahunInput, k: KolomSurvei | undefined, path: PathSegment[], unsur: UnsurSurvei[], profil: Profil[]): void {
  const cek = (map: Record<string, string> | undefined, ids: string[], apa: string, sub: string) => {
    for (const id of Object.keys(map ?? {}))
      if (!ids.includes(id))
        ctx.diags.error('survei/kolom-id', `\`kolom.${sub}\` menyebut ${apa} \`${id}\` yang tidak ada`, ctx.src.at('survei', [...path, sub, id], y.tahun, 'key'),
          didYouMean(id, ids) ?? `${apa} yang ada: ${ids.map((x) => `\`${x}\``).join(', ') || '(belum ada)'}`);
  };
  cek(k?.unsur, unsur.map((u) => u.id), 'unsur', 'unsur');
  cek(k?.profil, profil.map((p) => p.id), 'profil', 'profil');
}

interface Dicari {
  jenis: 'id' | 'unsur' | 'profil';
  kunci: string;
  judul: string;
  /** Where the header is declared (or, for a default, the unit's `berkas`). */
  at: Location | undefined;
  apa: string;
  /** A default that the file may lack (the `No` column). */
  bawaan?: true;
}

/** The columns a unit's file must have: respondent number (if declared), each unsur, each profile field. */
function kolomDicari(ctx: RuleContext, y: TahunInput, s: SurveiInput, u: UnitSurveiInput, i: number, unsur: UnsurSurvei[], profil: Profil[]): { dicari: Dicari[]; abaikan: string[] } {
  const at = (path: PathSegment[]) => ctx.src.at('survei', path, y.tahun);
  const tempat = (sub: 'unsur' | 'profil', id: string) =>
    u.kolom?.[sub]?.[id] !== undefined ? at(['unit', i, 'kolom', sub, id]) : s.kolom?.[sub]?.[id] !== undefined ? at(['kolom', sub, id]) : at(['unit', i, 'berkas']);
  const dicari: Dicari[] = [];
  const id = u.kolom?.id ?? s.kolom?.id;
  // Undeclared, a column headed `No` (as forms and spreadsheets number their rows) is the respondent number.
  if (id === undefined) dicari.push({ jenis: 'id', kunci: 'id', judul: 'No', at: at(['unit', i, 'berkas']), apa: 'nomor responden', bawaan: true });
  else dicari.push({ jenis: 'id', kunci: 'id', judul: id, at: u.kolom?.id !== undefined ? at(['unit', i, 'kolom', 'id']) : at(['kolom', 'id']), apa: 'nomor responden' });
  for (const x of unsur)
    dicari.push({ jenis: 'unsur', kunci: x.id, judul: u.kolom?.unsur?.[x.id] ?? s.kolom?.unsur?.[x.id] ?? x.id.toUpperCase(), at: tempat('unsur', x.id), apa: `unsur \`${x.id}\` (${x.nama})` });
  for (const p of profil)
    dicari.push({ jenis: 'profil', kunci: p.id, judul: u.kolom?.profil?.[p.id] ?? s.kolom?.profil?.[p.id] ?? p.nama, at: tempat('profil', p.id), apa: `profil \`${p.id}\` (${p.nama})` });
  return { dicari, abaikan: [...(s.kolom?.abaikan ?? []), ...(u.kolom?.abaikan ?? [])] };
}

/** The answer file of a unit, inside the year's folder. */
function berkasUnit(ctx: RuleContext, y: TahunInput, u: UnitSurveiInput, i: number): { abs: string; file: string } | undefined {
  const at = ctx.src.at('survei', ['unit', i, 'berkas'], y.tahun);
  const folder = join(ctx.data.folder, String(y.tahun));
  if (isAbsolute(u.berkas!) || u.berkas!.split(/[\\/]/).includes('..')) {
    ctx.diags.error('survei/berkas-di-luar', `berkas jawaban \`${u.berkas}\` berada di luar folder ${y.tahun}/`, at, 'simpan berkas jawaban di folder tahun, mis. `survei/ppid.csv`');
    return undefined;
  }
  const abs = join(folder, u.berkas!);
  if (!existsSync(abs)) {
    const ada = (d: string) => (existsSync(join(folder, d)) ? readdirSync(join(folder, d)).filter((n) => /\.(csv|xlsx)$/i.test(n)).map((n) => (d ? `${d}/${n}` : n)) : []);
    const pilihan = [...ada('survei'), ...ada('')];
    ctx.diags.error('survei/berkas-tidak-ada', `berkas jawaban \`${u.berkas}\` unit \`${u.id}\` tidak ada di folder ${y.tahun}/`, at,
      didYouMean(u.berkas!, pilihan) ?? (pilihan.length ? `berkas yang ada: ${pilihan.map((p) => `\`${p}\``).join(', ')}` : `simpan ekspor formulir survei sebagai ${y.tahun}/${u.berkas}`));
    return undefined;
  }
  const real = realInside(abs, relative(ctx.data.folder, abs), ctx.data.folder, ctx.diags, display);
  return real === undefined ? undefined : { abs: real, file: display(abs) };
}

const lokasi = (l: Lembar, sel: Sel | undefined, baris: number, kolom: Sel | undefined): Location => ({
  file: l.berkas,
  line: sel?.baris ?? baris,
  col: sel?.kolom ?? ('pemisah' in l ? 1 : (kolom?.kolom ?? 1)),
});

function bacaUnitBerkas(ctx: RuleContext, y: TahunInput, s: SurveiInput, u: UnitSurveiInput, i: number, unsur: UnsurSurvei[], profil: Profil[]): UnitSurveiTerbaca | undefined {
  const { diags } = ctx;
  const b = berkasUnit(ctx, y, u, i);
  if (!b) return undefined;
  const before = diags.errors.length;
  const l = bacaLembar(b.abs, b.file, diags, { pengodean: s.pengodean, lembar: u.lembar });
  if (!l || diags.errors.length !== before) return undefined;
  const isi = l.baris.filter((r) => r.sel.some((c) => c && c.teks.trim() !== ''));
  const judul = isi[0];
  if (!judul) {
    diags.error('survei/berkas-kosong', `berkas jawaban unit \`${u.id}\` kosong`, { file: l.berkas, line: 1, col: 1 }, 'isi baris pertama dengan judul kolom dan setiap baris berikutnya dengan jawaban satu responden');
    return undefined;
  }
  const { dicari, abaikan } = kolomDicari(ctx, y, s, u, i, unsur, profil);
  // Header → column; each wanted column found once.
  const kolomDari = new Map<string, number>();
  judul.sel.forEach((c, k) => {
    if (c && c.teks.trim() !== '' && !kolomDari.has(norm(c.teks))) kolomDari.set(norm(c.teks), k);
  });
  const ketemu = new Map<Dicari, number>();
  for (const d of dicari) {
    const k = kolomDari.get(norm(d.judul));
    if (k !== undefined) ketemu.set(d, k);
  }
  const dikenal = new Set([...dicari.map((d) => norm(d.judul)), ...abaikan.map(norm)]);
  const hilang = dicari.filter((d) => !ketemu.has(d) && !d.bawaan);
  const terjelaskan = new Set<Dicari>();
  for (const c of judul.sel) {
    if (!c || c.teks.trim() === '' || dikenal.has(norm(c.teks))) continue;
    const dekat = closest(c.teks.trim(), hilang.filter((d) => !terjelaskan.has(d)).map((d) => d.judul));
    const d = dekat === undefined ? undefined : hilang.find((x) => x.judul === dekat && !terjelaskan.has(x));
    if (d) {
      terjelaskan.add(d);
      diags.error('survei/kolom-tak-dikenal', `judul kolom "${c.teks.trim()}" (${c.alamat}) tidak dikenal survei.yaml, dan kolom "${d.judul}" untuk ${d.apa} tidak ada`, { file: l.berkas, line: c.baris, col: c.kolom },
        `maksud Anda \`${d.judul}\`? samakan judul kolom di berkas dengan survei.yaml, atau tulis judul ini di survei.yaml (\`kolom.${d.jenis === 'id' ? 'id' : `${d.jenis}.${d.kunci}`}\`)`, d.at);
    } else
      diags.warn('survei/kolom-diabaikan', `kolom "${c.teks.trim()}" (${c.alamat}) tidak dikenal survei.yaml dan tidak dibaca`, { file: l.berkas, line: c.baris, col: c.kolom },
        `bila kolom itu memang tidak dipakai, tulis \`abaikan: [${c.teks.trim()}]\` di bawah \`kolom:\` survei.yaml; bila kolom itu unsur atau profil, tulis judulnya di \`kolom.unsur\` atau \`kolom.profil\``);
  }
  const judulBerkas = judul.sel.flatMap((c) => (c && c.teks.trim() ? [c.teks.trim()] : []));
  for (const d of hilang.filter((x) => !terjelaskan.has(x)))
    diags.error('survei/kolom-hilang', `kolom "${d.judul}" untuk ${d.apa} tidak ada di ${l.berkas}`, d.at,
      didYouMean(d.judul, judulBerkas) ?? `judul kolom berkas itu: ${judulBerkas.map((j) => `"${j}"`).join(', ')}; tulis judul yang dipakai di \`kolom\` survei.yaml`, { file: l.berkas, line: judul.nomor, col: 1 });
  if (diags.errors.length !== before) return undefined;

  const kolomOf = (jenis: Dicari['jenis'], kunci: string) => [...ketemu].find(([d]) => d.jenis === jenis && d.kunci === kunci)?.[1];
  const kolomUnsur = unsur.map((x) => kolomOf('unsur', x.id)!);
  const kolomId = kolomOf('id', 'id');
  const jawabanTeks = new Map(Object.entries(s.jawaban ?? {}).map(([k, v]) => [norm(k), v]));
  const tolak = (s.jawaban_kosong ?? 'tolak') === 'tolak';
  const responden: RespondenSurvei[] = [];
  const idPertama = new Map<string, Location>();
  let kosong = 0;
  let kosongPertama: { at: Location; unsur: string } | undefined;
  const lebar = judul.sel.length;
  for (const row of isi.slice(1)) {
    // Cells beyond the header: a separator or quote gone wrong in that row.
    const lebih = row.sel.slice(lebar).find((c) => c && c.teks.trim() !== '');
    if (lebih) {
      diags.error('survei/baris-lebar', `baris ${row.nomor} memuat ${row.sel.length} isian, padahal baris judul ${lebar} kolom`, { file: l.berkas, line: lebih.baris, col: lebih.kolom },
        'pemisah isian atau tanda kutip di baris itu keliru: isian yang memuat koma atau titik koma harus diapit tanda kutip (")');
      continue;
    }
    if ('pemisah' in l && row.sel.length < lebar) {
      const lain = [',', ';', '\t'].find((p) => p !== l.pemisah && row.sel.some((c) => c?.teks.includes(p)));
      diags.error('survei/baris-pendek', `baris ${row.nomor} memuat ${row.sel.length} isian, padahal baris judul ${lebar} kolom${lain ? ` (baris judul dipisah "${l.pemisah}", baris ini tampaknya "${lain === '\t' ? 'tab' : lain}")` : ''}`,
        { file: l.berkas, line: row.nomor, col: 1 }, 'pakai satu pemisah yang sama di seluruh berkas; sel kosong tetap ditulis dengan pemisahnya');
      continue;
    }
    const jawaban = kolomUnsur.map((k, j) => {
      const c = row.sel[k];
      const t = c?.teks.trim() ?? '';
      const tempat = lokasi(l, c, row.nomor, judul.sel[k]);
      const x = unsur[j]!;
      if (t === '') {
        if (tolak)
          diags.error('survei/jawaban-kosong', `jawaban unsur \`${x.id}\` (${x.nama}) baris ${row.nomor} kosong`, tempat,
            'isi jawaban 1–4; bila responden memang tidak menjawab, tulis `jawaban_kosong: abaikan` di survei.yaml (NRR unsur itu dihitung dari responden yang menjawab)');
        else {
          kosong++;
          kosongPertama ??= { at: tempat, unsur: x.id };
        }
        return null;
      }
      const angka = /^([1-4])([.,]0+)?$/.exec(t);
      if (angka) return Number(angka[1]) as 1 | 2 | 3 | 4;
      const dariTeks = jawabanTeks.get(norm(t));
      if (dariTeks) return dariTeks;
      const saran = jawabanTeks.size ? didYouMean(t, Object.keys(s.jawaban!)) : undefined;
      diags.error('survei/jawaban-di-luar', `jawaban "${t}" untuk unsur \`${x.id}\` (${x.nama}) baris ${row.nomor} di luar 1–4`, tempat,
        saran ?? (/^-?[0-9]+([.,][0-9]+)?$/.test(t)
          ? 'jawaban survei bernilai 1 (tidak baik) sampai 4 (sangat baik): perbaiki sel itu dari kuesioner aslinya'
          : 'tulis nilai 1–4, atau nilai teks pilihan itu di `jawaban:` survei.yaml (mis. `Sangat sesuai: 4`)'));
      return null;
    });
    const p: Record<string, string | undefined> = {};
    for (const pr of profil) {
      const k = kolomOf('profil', pr.id)!;
      const c = row.sel[k];
      p[pr.id] = labelDari(ctx, pr, c?.teks.trim() ?? '', lokasi(l, c, row.nomor, judul.sel[k]), row.nomor);
    }
    let id = String(responden.length + 1);
    if (kolomId !== undefined) {
      const c = row.sel[kolomId];
      const tempat = lokasi(l, c, row.nomor, judul.sel[kolomId]);
      id = c?.teks.trim() ?? '';
      if (id === '') diags.error('survei/responden-tanpa-nomor', `responden baris ${row.nomor} tanpa nomor`, tempat, `isi kolom "${judul.sel[kolomId]!.teks.trim()}" dengan nomor responden`);
      else if (idPertama.has(id))
        diags.error('survei/responden-ganda', `nomor responden "${id}" sudah dipakai di baris ${idPertama.get(id)!.line}`, tempat,
          'beri setiap responden nomor sendiri; bila baris ini salinan baris itu, hapus salah satunya', idPertama.get(id));
      else idPertama.set(id, tempat);
    }
    responden.push({ id, baris: row.nomor, jawaban, profil: p });
  }
  if (diags.errors.length !== before) return undefined;
  if (!responden.length) {
    diags.error('survei/tanpa-responden', `berkas jawaban unit \`${u.id}\` tidak memuat satu responden pun`, { file: l.berkas, line: judul.nomor, col: 1 }, 'isi satu baris per responden di bawah baris judul');
    return undefined;
  }
  if (kosongPertama)
    diags.warn('survei/jawaban-kosong', `${kosong} sel jawaban unit \`${u.id}\` kosong (pertama di baris ${kosongPertama.at.line}, unsur \`${kosongPertama.unsur}\`): tidak dihitung 0, NRR unsurnya dihitung dari responden yang menjawab`,
      kosongPertama.at, 'isi sel itu bila jawabannya ada di kuesioner', ctx.src.at('survei', ['jawaban_kosong'], y.tahun));
  const sebaran = unsur.map((_, j) => {
    const out: [number, number, number, number] = [0, 0, 0, 0];
    for (const r of responden) if (r.jawaban[j]) out[r.jawaban[j]! - 1]! += 1;
    return out;
  });
  const tanpa = sebaran.findIndex((x) => x.every((n) => n === 0));
  if (tanpa >= 0) {
    diags.error('survei/unsur-tanpa-jawaban', `tidak ada responden unit \`${u.id}\` yang menjawab unsur \`${unsur[tanpa]!.id}\` (${unsur[tanpa]!.nama})`, { file: l.berkas, line: judul.nomor, col: judul.sel[kolomUnsur[tanpa]!]?.kolom ?? 1 },
      'tanpa jawaban NRR unsur itu tidak dapat dihitung: isi jawabannya, atau hapus unsur itu dari `unsur:` survei.yaml bila memang tidak ditanyakan');
    return undefined;
  }
  const profilHitung: Record<string, Record<string, number>> = {};
  for (const pr of profil) {
    const c: Record<string, number> = {};
    for (const r of responden) c[r.profil[pr.id] ?? ''] = (c[r.profil[pr.id] ?? ''] ?? 0) + 1;
    profilHitung[pr.id] = c;
  }
  kurangSampel(ctx, y, s, u, i, responden.length, { file: l.berkas, line: responden.at(-1)!.baris, col: 1 });
  return { input: u, responden, sebaran, jumlahResponden: responden.length, profil: profilHitung, kosong };
}

/** A profile answer as its printed label; an answer not among the declared ones is a located error. */
function labelDari(ctx: RuleContext, p: Profil, t: string, at: Location, baris: number): string | undefined {
  if (t === '') return undefined;
  if (p.rentang) {
    const n = /^[0-9]+$/.test(t) ? Number(t) : NaN;
    const k = p.rentang.reduce((at, b, idx) => (n >= b ? idx : at), -1);
    if (Number.isNaN(n) || k < 0) {
      ctx.diags.error('survei/profil-tak-dikenal', `${p.nama.toLowerCase()} "${t}" baris ${baris} ${Number.isNaN(n) ? 'bukan bilangan bulat' : `di bawah kelompok terendah (${p.rentang[0]})`}`, at,
        Number.isNaN(n) ? 'tulis angkanya saja, mis. `34`' : 'periksa isian itu, atau tambahkan kelompok yang lebih rendah di `rentang`');
      return undefined;
    }
    return p.label[k];
  }
  if (!p.pilihan) return t;
  const kode = Array.isArray(p.pilihan) ? {} : p.pilihan;
  const cocok = p.label.find((x) => norm(x) === norm(t)) ?? Object.entries(kode).find(([k]) => norm(k) === norm(t))?.[1];
  if (cocok) return cocok;
  const semua = [...p.label, ...Object.keys(kode)];
  ctx.diags.error('survei/profil-tak-dikenal', `${p.nama.toLowerCase()} "${t}" baris ${baris} bukan pilihan yang dinyatakan`, at,
    didYouMean(t, semua) ?? `pilihan ${p.nama.toLowerCase()}: ${semua.map((x) => `"${x}"`).join(', ')}; tambahkan di \`pilihan\` profil \`${p.id}\` survei.yaml bila jawaban ini sah`);
  return undefined;
}

function kurangSampel(ctx: RuleContext, y: TahunInput, s: SurveiInput, u: UnitSurveiInput, i: number, n: number, at: Location): void {
  const sampel = u.sampel ?? s.sampel;
  if (sampel === undefined || n >= sampel) return;
  ctx.diags.warn('survei/kurang-sampel', `unit \`${u.id}\` hanya ${n} responden, kurang dari besar sampel yang ditetapkan (${sampel})`, at,
    'tambah responden sampai memenuhi sampel, atau tulis besar sampel yang sebenarnya ditetapkan; laporan mencetak kekurangan ini',
    ctx.src.at('survei', u.sampel !== undefined ? ['unit', i, 'sampel'] : ['sampel'], y.tahun));
}

/** A unit given as a tabulation: the counts per answer value of every unsur, and per profile label. */
function bacaUnitJumlah(ctx: RuleContext, y: TahunInput, s: SurveiInput, u: UnitSurveiInput, i: number, unsur: UnsurSurvei[], profil: Profil[]): UnitSurveiTerbaca | undefined {
  const { diags } = ctx;
  const at = (path: PathSegment[], which: 'value' | 'key' = 'value') => ctx.src.at('survei', ['unit', i, 'jumlah', ...path], y.tahun, which);
  const before = diags.errors.length;
  const j = u.jumlah!;
  const ids = unsur.map((x) => x.id);
  for (const k of Object.keys(j.unsur))
    if (!ids.includes(k)) diags.error('survei/unsur-tak-dikenal', `tabulasi unit \`${u.id}\` menyebut unsur \`${k}\` yang tidak ada`, at(['unsur', k], 'key'), didYouMean(k, ids) ?? `unsur: ${ids.join(', ')}`);
  const sebaran = unsur.map((x) => {
    const t = j.unsur[x.id];
    if (!t) diags.error('survei/unsur-tanpa-jawaban', `tabulasi unit \`${u.id}\` tidak memuat unsur \`${x.id}\` (${x.nama})`, at(['unsur'], 'key'), `tulis \`${x.id}: {1: …, 2: …, 3: …, 4: …}\``);
    return NILAI.map((v) => t?.[v] ?? 0) as [number, number, number, number];
  });
  if (diags.errors.length !== before) return undefined;
  const total = sebaran.map((x) => x.reduce((a, b) => a + b, 0));
  const n = Math.max(...total);
  if (n === 0) {
    diags.error('survei/tanpa-responden', `tabulasi unit \`${u.id}\` tidak memuat satu jawaban pun`, at([]), 'tulis jumlah responden per nilai jawaban setiap unsur');
    return undefined;
  }
  let kosong = 0;
  total.forEach((t, k) => {
    if (t === n) return;
    if ((s.jawaban_kosong ?? 'tolak') === 'tolak')
      diags.error('survei/jawaban-kosong', `tabulasi unsur \`${ids[k]}\` unit \`${u.id}\` berjumlah ${t} jawaban, padahal unsur lain sampai ${n}`, at(['unsur', ids[k]!]),
        `periksa tabulasinya; bila ${n - t} responden memang tidak menjawab unsur ini, tulis \`jawaban_kosong: abaikan\` di survei.yaml`);
    else kosong += n - t;
  });
  if (diags.errors.length !== before) return undefined;
  const profilHitung: Record<string, Record<string, number>> = {};
  const pids = profil.map((p) => p.id);
  for (const [pid, counts] of Object.entries(j.profil ?? {})) {
    const p = profil.find((x) => x.id === pid);
    if (!p) {
      diags.error('survei/profil-tak-dikenal', `tabulasi unit \`${u.id}\` menyebut profil \`${pid}\` yang tidak ada`, at(['profil', pid], 'key'), didYouMean(pid, pids) ?? `profil: ${pids.join(', ') || '(belum ada: tulis `profil:` survei.yaml)'}`);
      continue;
    }
    const c: Record<string, number> = {};
    for (const [label, m] of Object.entries(counts)) {
      const kode = Array.isArray(p.pilihan) || !p.pilihan ? {} : p.pilihan;
      const l = p.label.length ? (p.label.find((x) => norm(x) === norm(label)) ?? Object.entries(kode).find(([k]) => norm(k) === norm(label))?.[1]) : label;
      if (!l) {
        diags.error('survei/profil-tak-dikenal', `${p.nama.toLowerCase()} "${label}" bukan pilihan yang dinyatakan`, at(['profil', pid, label], 'key'), didYouMean(label, p.label) ?? `pilihan: ${p.label.join(', ')}`);
        continue;
      }
      c[l] = (c[l] ?? 0) + m;
    }
    const jumlah = Object.values(c).reduce((a, b) => a + b, 0);
    if (jumlah > n)
      diags.error('survei/profil-lebih', `tabulasi ${p.nama.toLowerCase()} unit \`${u.id}\` berjumlah ${jumlah}, lebih dari ${n} responden`, at(['profil', pid], 'key'), 'periksa tabulasi profil itu');
    else if (jumlah < n) c[''] = n - jumlah;
    profilHitung[pid] = c;
  }
  // A profile field the tabulation does not give is unknown for all its respondents, not absent.
  for (const p of profil) profilHitung[p.id] ??= { '': n };
  if (diags.errors.length !== before) return undefined;
  kurangSampel(ctx, y, s, u, i, n, at(['unsur'], 'key') ?? { file: '', line: 1, col: 1 });
  return { input: u, sebaran, jumlahResponden: n, profil: profilHitung, kosong };
}

/** A typed figure beside the answers: equal at the decimals printed (at least two), or an error. */
function sama(ketik: number, hitung: Rational): boolean {
  const d = Math.max(2, (String(ketik).split('.')[1] ?? '').length);
  return Rational.from(ketik).compare(Rational.from(Number(hitung.toFixed(d)))) === 0;
}

function periksaIndeks(ctx: RuleContext, y: TahunInput, s: SurveiTerbaca): void {
  const { diags, src } = ctx;
  const bobot = bobotUnsur(s.unsur.length, s.input.bobot ?? 'persis');
  const konversiUnit = s.unit.map((u) => indeksDari(hitungUnsur(s.unsur, u.sebaran, bobot), s.skala).konversi!);
  s.unit.forEach((u, i) => {
    if (u.input.indeks === undefined || sama(u.input.indeks, konversiUnit[i]!)) return;
    diags.error('survei/indeks-beda', `IKM unit \`${u.input.id}\` ditulis ${formatAngka(u.input.indeks, 2)}, sedangkan hasil hitungan dari ${u.jumlahResponden} responden${u.input.berkas ? ` di ${u.input.berkas}` : ''} adalah ${formatAngka(konversiUnit[i]!, 2)}`,
      src.at('survei', ['unit', i, 'indeks'], y.tahun), 'hapus `indeks:`: IKM dihitung dari jawabannya; bila angka tertulis itu benar, periksa jawaban atau aturan `bobot`');
  });
  // The agency, computed as compute does it (src/compute/survei.ts).
  const gabungan = s.input.gabungan ?? 'responden';
  const sebaran = s.unsur.map((_, k) => [0, 1, 2, 3].map((v) => s.unit.reduce((a, u) => a + u.sebaran[k]![v]!, 0)) as [number, number, number, number]);
  const instansi = gabungan === 'responden' ? indeksDari(hitungUnsur(s.unsur, sebaran, bobot), s.skala).konversi! : Rational.mean(konversiUnit)!;
  const responden = s.unit.reduce((a, u) => a + u.jumlahResponden, 0);
  if (s.input.indeks !== undefined && !sama(s.input.indeks, instansi))
    diags.error('survei/indeks-beda', `IKM instansi ditulis ${formatAngka(s.input.indeks, 2)}, sedangkan hasil hitungan dari ${responden} responden ${s.unit.length} unit adalah ${formatAngka(instansi, 2)}`,
      src.at('survei', ['indeks'], y.tahun), `hapus \`indeks:\`: IKM instansi dihitung (${gabungan === 'responden' ? 'dari jawaban semua responden' : 'rata-rata IKM unit'})`);
  const lama = y.evaluasi?.survei_kepuasan;
  if (lama && !sama(lama.nilai, instansi))
    diags.error('survei/indeks-beda', `nilai survei kepuasan di evaluasi.yaml ditulis ${formatAngka(lama.nilai, 2)}, sedangkan IKM yang dihitung dari survei.yaml adalah ${formatAngka(instansi, 2)}`,
      src.at('evaluasi', ['survei_kepuasan', 'nilai'], y.tahun), `hapus \`survei_kepuasan\` dari evaluasi.yaml dan tulis \`dari: survei\` pada realisasi \`${lama.indikator}\``, src.at('survei', [], y.tahun));
  if (lama && lama.responden !== responden)
    diags.error('survei/responden-beda', `jumlah responden di evaluasi.yaml ditulis ${lama.responden}, sedangkan survei.yaml memuat ${responden} responden`,
      src.at('evaluasi', ['survei_kepuasan', 'responden'], y.tahun), 'hapus `survei_kepuasan` dari evaluasi.yaml: jumlah responden dihitung dari berkas jawaban', src.at('survei', [], y.tahun));
}

/** `dari: survei` needs the survey of its year; `dari: {survei: <unit>}` a unit that exists. */
function checkRealisasiSurvei(ctx: RuleContext): void {
  for (const y of ctx.data.tahun)
    for (const [id, r] of Object.entries(y.realisasi?.indikator ?? {})) {
      if (r.dari !== 'survei' && typeof r.dari !== 'object') continue;
      const t = r.tahun_data ?? y.tahun;
      const sy = ctx.data.tahun.find((x) => x.tahun === t)?.survei;
      const at = ctx.src.at('realisasi', ['indikator', id, 'dari'], y.tahun);
      if (!sy) {
        ctx.diags.error('aturan/sumber-realisasi', `realisasi \`${id}\` dihitung dari survei kepuasan ${t}, tetapi ${t}/survei.yaml tidak ada`, at,
          `tulis ${t}/survei.yaml berisi unit layanan dan berkas jawabannya, atau tulis \`tahun_data:\` tahun survei yang dimaksud`);
        continue;
      }
      if (typeof r.dari === 'object') {
        const unit = r.dari.survei;
        const ids = sy.unit.map((u) => u.id);
        if (!ids.includes(unit))
          ctx.diags.error('aturan/sumber-realisasi', `realisasi \`${id}\` dihitung dari unit survei \`${unit}\`, tetapi unit itu tidak ada di ${t}/survei.yaml`,
            ctx.src.at('realisasi', ['indikator', id, 'dari', 'survei'], y.tahun), didYouMean(unit, ids) ?? `unit yang ada: ${ids.map((x) => `\`${x}\``).join(', ')}`);
      }
    }
}
