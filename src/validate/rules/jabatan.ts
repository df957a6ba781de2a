// Cascading: the positions of instansi.yaml (unit, rank, superior, holder) and each position's
// indicators of the year (<tahun>/jabatan.yaml), each serving something one level up. Every
// mistake is located, with what to write instead.
import type { PathSegment } from '../../load/index.ts';
import { indukTersedia, rantaiAtasan, type Induk } from '../../compute/jabatan.ts';
import { Rational } from '../../compute/rational.ts';
import { formatNilaiAngka } from '../../format/index.ts';
import type { TahunInput } from '../../model/input.ts';
import { jenjang, NAMA_JENIS, TINGKAT_INDUK, tingkatBoleh, TW, type IndikatorJabatanInput, type JabatanInput } from '../../model/jabatan.ts';
import { didYouMean } from '../../util/suggest.ts';
import type { RuleContext } from './context.ts';
import { nipProblem } from './identitas.ts';

const daftar = (ids: Iterable<string>) => {
  const all = [...ids];
  return all.length ? `yang ada: ${all.slice(0, 12).join(', ')}${all.length > 12 ? ', …' : ''}` : 'belum ada yang ditulis';
};
const angka = (x: Rational | number) => formatNilaiAngka(x instanceof Rational ? x : Rational.from(x));

export function checkJabatan(ctx: RuleContext): void {
  const { data } = ctx;
  const jabatan = data.instansi.jabatan ?? [];
  const ok = checkStruktur(ctx);
  for (const y of data.tahun) if (y.jabatan) checkIndikator(ctx, y, jabatan, ok);
}

/** instansi.yaml: persons and positions. Returns whether the chain of superiors can be walked. */
function checkStruktur(ctx: RuleContext): boolean {
  const { data, src, diags } = ctx;
  const at = (path: PathSegment[], which: 'value' | 'key' = 'value') => src.at('instansi', path, undefined, which);
  const pegawai = data.instansi.pegawai ?? [];
  const jabatan = data.instansi.jabatan ?? [];
  if (!jabatan.length && !pegawai.length) return true;

  const pegawaiIds = new Map<string, number>();
  const nips = new Map<string, number>();
  pegawai.forEach((p, i) => {
    if (pegawaiIds.has(p.id))
      diags.error('jabatan/id-ganda', `pengenal pegawai \`${p.id}\` dipakai dua kali`, at(['pegawai', i, 'id']), 'satu orang ditulis sekali: hapus yang kedua, atau ganti pengenalnya', at(['pegawai', pegawaiIds.get(p.id)!, 'id']));
    else pegawaiIds.set(p.id, i);
    if (!p.nip) return;
    const problem = nipProblem(p.nip);
    if (problem) diags.error('aturan/nip', `NIP ${p.nama} tidak sah: ${problem}`, at(['pegawai', i, 'nip']), 'salin NIP dari SK atau kartu pegawai');
    const first = nips.get(p.nip);
    if (first !== undefined && pegawai[first]!.id !== p.id)
      diags.error('jabatan/nip-ganda', `NIP ${p.nip} tertulis untuk dua orang: \`${pegawai[first]!.id}\` dan \`${p.id}\``, at(['pegawai', i, 'nip']), 'satu NIP satu orang: salin NIP yang benar dari SK', at(['pegawai', first, 'nip']));
    else nips.set(p.nip, i);
    const kepala = data.instansi.kepala;
    if (kepala.nip && kepala.nip === p.nip && kepala.nama && norm(kepala.nama) !== norm(p.nama))
      diags.error('jabatan/nip-ganda', `NIP ${p.nip} milik kepala ${kepala.nama}, tetapi tertulis untuk ${p.nama}`, at(['pegawai', i, 'nip']), 'salin NIP pegawai itu dari SK-nya', at(['kepala', 'nip']));
    if (kepala.nama && kepala.nip && norm(kepala.nama) === norm(p.nama) && kepala.nip !== p.nip)
      diags.error('aturan/nip-ganda', `${p.nama} tertulis dengan dua NIP: ${kepala.nip} (kepala) dan ${p.nip}`, at(['pegawai', i, 'nip']), 'satu orang satu NIP: salin NIP yang benar dari SK ke kedua tempat', at(['kepala', 'nip']));
  });

  const units = new Set((data.instansi.unit_kerja ?? []).map((u) => u.id));
  const ids = new Map<string, number>();
  jabatan.forEach((j, i) => {
    if (ids.has(j.id)) diags.error('jabatan/id-ganda', `pengenal jabatan \`${j.id}\` dipakai dua kali`, at(['jabatan', i, 'id']), 'setiap jabatan ditulis sekali: ganti pengenal salah satunya', at(['jabatan', ids.get(j.id)!, 'id']));
    else ids.set(j.id, i);
  });
  let ok = true;
  const roots = jabatan.map((j, i) => [j, i] as const).filter(([j]) => !j.atasan);
  for (const [j, i] of roots.slice(1))
    diags.error('jabatan/kepala-ganda', `jabatan \`${j.id}\` tidak mempunyai atasan, padahal \`${roots[0]![0].id}\` sudah menjadi jabatan kepala instansi`, at(['jabatan', i]),
      `hanya jabatan kepala instansi yang tanpa atasan: tulis \`atasan: <pengenal jabatan di atasnya>\` (${daftar(ids.keys())})`, at(['jabatan', roots[0]![1]]));
  jabatan.forEach((j, i) => {
    if (!units.has(j.unit))
      diags.error('jabatan/unit-tidak-ada', `unit kerja \`${j.unit}\` tidak ada di unit_kerja`, at(['jabatan', i, 'unit']), didYouMean(j.unit, units) ?? `unit kerja ${daftar(units)}`);
    if (j.atasan !== undefined && !ids.has(j.atasan)) {
      ok = false;
      diags.error('jabatan/atasan-tidak-ada', `atasan \`${j.atasan}\` dari jabatan \`${j.id}\` tidak ada di daftar jabatan`, at(['jabatan', i, 'atasan']),
        didYouMean(j.atasan, [...ids.keys()].filter((x) => x !== j.id)) ?? `tulis pengenal jabatan di atasnya (${daftar(ids.keys())}), atau tambahkan jabatan itu`);
    }
    if (j.atasan === undefined) {
      if (j.pemegang !== undefined) {
        const p = pegawai.find((x) => x.id === j.pemegang);
        const k = data.instansi.kepala;
        if (p && ((k.nama && norm(k.nama) !== norm(p.nama)) || (k.nip && p.nip && k.nip !== p.nip)))
          diags.error('jabatan/pemegang-kepala', `jabatan kepala \`${j.id}\` dipegang \`${p.id}\` (${p.nama}), padahal kepala instansi ${k.nama ?? ''} ditulis di \`kepala\``, at(['jabatan', i, 'pemegang']),
            'jabatan kepala dipegang oleh `kepala`: hapus `pemegang:` dari jabatan ini', at(['kepala']));
      }
    } else if (j.pemegang === undefined)
      diags.error('jabatan/pemegang-kosong', `jabatan \`${j.id}\` (${j.nama}) belum mempunyai pemegang`, at(['jabatan', i, 'id']),
        `tulis \`pemegang: <pengenal pegawai>\` (${daftar(pegawaiIds.keys())}); orang yang belum ada ditambahkan di \`pegawai:\``);
    if (j.pemegang !== undefined && !pegawaiIds.has(j.pemegang))
      diags.error('jabatan/pemegang-tidak-ada', `pemegang \`${j.pemegang}\` dari jabatan \`${j.id}\` tidak ada di daftar pegawai`, at(['jabatan', i, 'pemegang']),
        didYouMean(j.pemegang, pegawaiIds.keys()) ?? `tambahkan orang itu di \`pegawai:\` (nama, gelar, pangkat, golongan, NIP), lalu rujuk pengenalnya (${daftar(pegawaiIds.keys())})`);
  });
  // A chain of superiors that comes back to where it started has no head: said once, at its first position.
  const said = new Set<string>();
  const byId = new Map(jabatan.map((j) => [j.id, j]));
  jabatan.forEach((j, i) => {
    const path: string[] = [];
    let cur: JabatanInput | undefined = j;
    while (cur && !path.includes(cur.id)) {
      path.push(cur.id);
      cur = cur.atasan ? byId.get(cur.atasan) : undefined;
    }
    if (!cur || cur.id !== j.id || said.has(j.id)) return;
    ok = false;
    path.forEach((p) => said.add(p));
    diags.error('jabatan/atasan-siklus', `atasan jabatan berputar: ${[...path, j.id].join(' → ')}`, at(['jabatan', i, 'atasan']),
      'setiap rantai atasan harus berakhir di jabatan kepala instansi (yang tanpa `atasan`): perbaiki salah satu `atasan` dalam rantai ini');
  });
  // A superior ranks higher than the position below it.
  jabatan.forEach((j, i) => {
    const a = j.atasan ? byId.get(j.atasan) : undefined;
    if (a && jenjang(a.eselon) >= jenjang(j.eselon))
      diags.error('jabatan/atasan-jenjang', `jabatan \`${j.id}\` (${j.eselon}) beratasan \`${a.id}\` (${a.eselon}), yang tidak lebih tinggi jenjangnya`, at(['jabatan', i, 'atasan']),
        `atasan harus berjenjang lebih tinggi (II di atas III, III di atas IV, IV di atas fungsional dan pelaksana): periksa \`atasan\` atau \`eselon\``, at(['jabatan', jabatan.indexOf(a), 'eselon']));
  });
  return ok;
}

function norm(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

function checkIndikator(ctx: RuleContext, y: TahunInput, jabatan: readonly JabatanInput[], strukturOk: boolean): void {
  const { src, diags } = ctx;
  const at = (path: PathSegment[], which: 'value' | 'key' = 'value') => src.at('jabatan', path, y.tahun, which);
  const byId = new Map(jabatan.map((j) => [j.id, j]));
  const induk = indukTersedia(ctx.data, y, (role, path, tahun) => src.at(role, path, tahun));
  const renstraIds = new Set([...induk].filter(([, v]) => v.jenis !== 'indikator-jabatan').map(([k]) => k));
  const seen = new Map<string, PathSegment[]>();
  const semua: { i: IndikatorJabatanInput; jab: string; path: PathSegment[] }[] = [];
  for (const [jab, isi] of Object.entries(y.jabatan!.jabatan)) {
    const j = byId.get(jab);
    if (!j) {
      diags.error('jabatan/tidak-ada', `jabatan \`${jab}\` tidak ada di instansi.yaml`, at(['jabatan', jab], 'key'),
        didYouMean(jab, byId.keys()) ?? `tambahkan jabatan itu di \`jabatan:\` instansi.yaml (${daftar(byId.keys())})`);
      continue;
    }
    if (!j.atasan) {
      diags.error('jabatan/kepala-di-berkas', `\`${jab}\` adalah jabatan kepala instansi: indikatornya ditulis di renstra.yaml dan pk.yaml, bukan di jabatan.yaml`, at(['jabatan', jab], 'key'),
        'hapus bagian ini; yang ditulis di sini adalah indikator jabatan di bawah kepala');
      continue;
    }
    isi.indikator.forEach((i, n) => {
      const path: PathSegment[] = ['jabatan', jab, 'indikator', n];
      const prev = seen.get(i.id);
      if (prev || renstraIds.has(i.id))
        diags.error('jabatan/id-ganda', `pengenal indikator \`${i.id}\` sudah dipakai${prev ? '' : ' di renstra.yaml atau anggaran.yaml'}`, at([...path, 'id']), 'setiap indikator mempunyai pengenal sendiri: ganti pengenal ini', prev && at([...prev, 'id']));
      else seen.set(i.id, path);
      semua.push({ i, jab, path });
    });
  }
  // Cycles among indicators first: an indicator in one is not also said to be at a wrong level.
  const inCycle = new Set<string>();
  const parentOf = new Map(semua.map((s) => [s.i.id, s.i.mendukung]));
  for (const s of semua) {
    const path = [s.i.id];
    let cur = parentOf.get(s.i.id);
    while (cur !== undefined && parentOf.has(cur) && !path.includes(cur)) {
      path.push(cur);
      cur = parentOf.get(cur);
    }
    if (cur !== s.i.id || inCycle.has(s.i.id)) continue;
    path.forEach((p) => inCycle.add(p));
    diags.error('jabatan/induk-siklus', `indikator saling mendukung berputar: ${[...path, s.i.id].join(' → ')}`, at([...s.path, 'mendukung']),
      'setiap indikator mendukung sesuatu di jenjang atasnya, sampai ke sasaran atau program Renstra: perbaiki salah satu `mendukung` dalam rantai ini');
  }
  for (const { i, jab, path } of semua) {
    const j = byId.get(jab)!;
    const rank = jenjang(j.eselon);
    if (i.mendukung === undefined) {
      diags.error('jabatan/tanpa-induk', `indikator \`${i.id}\` tidak mendukung apa pun`, at([...path, 'id']),
        `tulis \`mendukung: <pengenal>\`: ${rank <= 3 ? 'sasaran, IKU, program atau indikator program' : rank === 4 ? 'program, kegiatan, sub kegiatan, atau indikator jabatan atasan' : 'kegiatan, sub kegiatan, atau indikator jabatan atasan'} yang didukungnya`);
    } else if (!inCycle.has(i.id)) {
      const p = induk.get(i.mendukung);
      if (!p)
        diags.error('jabatan/induk-tidak-ada', `\`${i.mendukung}\` yang didukung indikator \`${i.id}\` tidak ada`, at([...path, 'mendukung']),
          didYouMean(i.mendukung, [...induk.keys()].filter((k) => k !== i.id)) ?? 'tulis pengenal sasaran, indikator Renstra, program, kegiatan, sub kegiatan, atau indikator jabatan atasan');
      else if (p.jenis === 'indikator-jabatan') {
        const chain = strukturOk ? rantaiAtasan(jabatan, jab) : [];
        if (strukturOk && !chain.includes(p.jabatan!))
          diags.error('jabatan/induk-jenjang', `indikator \`${i.id}\` (jabatan \`${jab}\`) mendukung \`${i.mendukung}\` milik jabatan \`${p.jabatan}\`, yang bukan atasannya`, at([...path, 'mendukung']),
            p.jabatan === jab
              ? 'indikator satu jabatan tidak saling mendukung: arahkan ke indikator jabatan atasannya, atau ke program/kegiatan yang didukungnya'
              : `indikator mendukung indikator jabatan di atasnya (${chain.length ? chain.join(', ') : 'tidak ada'}), bukan jabatan setingkat atau di bawahnya`);
      } else {
        const level = TINGKAT_INDUK[p.jenis];
        const allowed = tingkatBoleh(rank);
        if (!allowed.includes(level)) {
          const tinggi = level < Math.min(...allowed);
          diags.error('jabatan/induk-jenjang', `indikator \`${i.id}\` jabatan ${j.eselon} mendukung ${NAMA_JENIS[p.jenis]} \`${i.mendukung}\`, jenjang yang ${tinggi ? 'terlalu tinggi untuknya' : 'di bawahnya'}`, at([...path, 'mendukung']),
            `jabatan ${j.eselon} mendukung ${allowed.map((l) => ['', 'sasaran atau IKU', 'program atau indikator program', 'kegiatan', 'sub kegiatan'][l]).join(', ')}${rank > 2 ? ', atau indikator jabatan atasannya' : ''}`);
        }
      }
    }
    checkTriwulan(ctx, y, i, path);
  }
  checkAgregasi(ctx, y, semua, induk);
  checkPerubahan(ctx, y, semua, induk);
}

/**
 * A position's PK Perubahan: each revised target belongs to one of its own indicators, and the
 * revised targets add up to what they serve (its revised target, if it has one) like the first ones.
 */
function checkPerubahan(ctx: RuleContext, y: TahunInput, semua: { i: IndikatorJabatanInput; jab: string; path: PathSegment[] }[], induk: Map<string, Induk>): void {
  const { src, diags } = ctx;
  const at = (p: PathSegment[], which: 'value' | 'key' = 'value') => src.at('jabatan', p, y.tahun, which);
  const revisi = new Map<string, { nilai: number; path: PathSegment[] }>();
  for (const [jab, isi] of Object.entries(y.jabatan!.jabatan)) {
    if (!isi.perubahan) continue;
    // Signed within the year, after the first PK (as the head's PK Perubahan).
    const tgl = isi.perubahan.tanggal === undefined ? undefined : String(isi.perubahan.tanggal);
    const awal = y.jabatan!.tanggal === undefined ? undefined : String(y.jabatan!.tanggal);
    if (tgl && (tgl.slice(0, 4) !== String(y.tahun) || (awal !== undefined && tgl < awal)))
      diags.error('jabatan/perubahan-tanggal', `PK Perubahan jabatan \`${jab}\` bertanggal ${tgl}: ${tgl.slice(0, 4) !== String(y.tahun) ? `perubahan perjanjian kinerja tahun ${y.tahun} ditandatangani pada tahun itu` : `sebelum perjanjian kinerja pertamanya (${awal})`}`,
        at(['jabatan', jab, 'perubahan', 'tanggal']), `tulis tanggal penandatanganan PK Perubahan tahun ${y.tahun}${awal ? `, setelah ${awal}` : ''}`);
    const milik = isi.indikator.map((i) => i.id);
    for (const [id, nilai] of Object.entries(isi.perubahan.target)) {
      const path: PathSegment[] = ['jabatan', jab, 'perubahan', 'target', id];
      if (!milik.includes(id)) {
        diags.error('jabatan/perubahan-tidak-ada', `target perubahan \`${id}\` bukan indikator jabatan \`${jab}\``, at(path, 'key'),
          didYouMean(id, milik) ?? `tulis pengenal indikator jabatan ini (${daftar(milik)})`);
        continue;
      }
      revisi.set(id, { nilai, path });
    }
  }
  if (!revisi.size) return;
  const target = (id: string, first: number) => revisi.get(id)?.nilai ?? first;
  const groups = new Map<string, IndikatorJabatanInput[]>();
  for (const { i } of semua) if (i.agregasi && i.mendukung && induk.has(i.mendukung)) groups.set(i.mendukung, [...(groups.get(i.mendukung) ?? []), i]);
  for (const [id, anak] of groups) {
    const p = induk.get(id)!;
    // Only where something was revised, and only where the first targets agreed (else that is said already).
    if (p.target === undefined || (!anak.some((a) => revisi.has(a.id)) && !revisi.has(id))) continue;
    if (anak.some((a) => a.agregasi !== anak[0]!.agregasi || (p.satuan !== undefined && norm(a.satuan) !== norm(p.satuan)))) continue;
    const rata = anak[0]!.agregasi === 'rata-rata';
    const jumlah = (t: (a: IndikatorJabatanInput) => number) => {
      const sum = anak.reduce((s, a) => s.add(Rational.from(t(a))), Rational.ZERO);
      return rata ? Rational.mean(anak.map((a) => Rational.from(t(a))))! : sum;
    };
    if (jumlah((a) => a.target).compare(Rational.from(p.target)) !== 0) continue;
    const parent = p.jenis === 'indikator-jabatan' ? target(id, p.target) : p.target;
    const hasil = jumlah((a) => target(a.id, a.target));
    if (hasil.compare(Rational.from(parent)) === 0) continue;
    const first = anak.find((a) => revisi.has(a.id));
    const rincian = anak.map((a) => `\`${a.id}\` ${angka(target(a.id, a.target))}`).join(rata ? ', ' : ' + ');
    diags.error('jabatan/perubahan-agregasi', `target perubahan indikator yang mendukung \`${id}\` ${rata ? 'berata-rata' : 'berjumlah'} ${angka(hasil)} (${rincian}), sedangkan target \`${id}\` ${angka(parent)}`,
      first ? at(revisi.get(first.id)!.path) : at(revisi.get(id)!.path),
      `ubah target perubahan agar ${rata ? 'berata-rata' : 'berjumlah'} ${angka(parent)}, atau ubah juga target perubahan indikator lain yang mendukung \`${id}\``, revisi.get(id) ? at(revisi.get(id)!.path) : p.at);
  }
}

function checkTriwulan(ctx: RuleContext, y: TahunInput, i: IndikatorJabatanInput, path: PathSegment[]): void {
  const { src, diags } = ctx;
  const at = (p: PathSegment[]) => src.at('jabatan', [...path, ...p], y.tahun);
  const tw = i.triwulan;
  if (!tw || !Object.keys(tw).length) return;
  if (!i.agregasi_triwulan) {
    diags.error('jabatan/agregasi-triwulan', `indikator \`${i.id}\` mempunyai triwulan, tetapi tidak menyebut cara triwulan digabung`, at(['triwulan']),
      'tulis `agregasi_triwulan: jumlah` (realisasi triwulan dijumlahkan), `tetap` (tingkat yang dipertahankan) atau `akhir` (nilai triwulan IV)');
    return;
  }
  if (i.realisasi !== undefined && TW.some((t) => tw[t]?.realisasi !== undefined))
    diags.error('jabatan/realisasi-ganda', `realisasi tahunan \`${i.id}\` ditulis, padahal dihitung dari realisasi triwulan`, at(['realisasi']),
      'hapus `realisasi:` tahunan: ia dihitung dari triwulan menurut `agregasi_triwulan`');
  const targets = TW.map((t) => tw[t]?.target);
  if (i.agregasi_triwulan === 'jumlah' && targets.every((t) => t !== undefined)) {
    const sum = targets.reduce((s, t) => s.add(Rational.from(t!)), Rational.ZERO);
    if (sum.compare(Rational.from(i.target)) !== 0)
      diags.error('jabatan/target-triwulan', `target triwulan \`${i.id}\` berjumlah ${angka(sum)} (${targets.map(angka).join(' + ')}), sedangkan target tahunannya ${angka(i.target)}`, at(['triwulan']),
        `ubah target triwulan agar berjumlah ${angka(i.target)}, atau ubah target tahunan`, at(['target']));
  }
  if (i.agregasi_triwulan === 'akhir' && targets[3] !== undefined && targets[3] !== i.target)
    diags.error('jabatan/target-triwulan', `target triwulan IV \`${i.id}\` ${angka(targets[3])}, sedangkan target tahunannya ${angka(i.target)} (triwulan digabung \`akhir\`)`, at(['triwulan', 'tw4', 'target']),
      `tulis target triwulan IV ${angka(i.target)}, atau ubah target tahunan`, at(['target']));
}

/** Indicators that declare how they add up to what they serve: their targets against its target. */
function checkAgregasi(ctx: RuleContext, y: TahunInput, semua: { i: IndikatorJabatanInput; path: PathSegment[] }[], induk: Map<string, Induk>): void {
  const { src, diags } = ctx;
  const at = (p: PathSegment[]) => src.at('jabatan', p, y.tahun);
  const groups = new Map<string, { i: IndikatorJabatanInput; path: PathSegment[] }[]>();
  for (const s of semua) if (s.i.agregasi && s.i.mendukung && induk.has(s.i.mendukung)) groups.set(s.i.mendukung, [...(groups.get(s.i.mendukung) ?? []), s]);
  for (const [id, anak] of groups) {
    const p = induk.get(id)!;
    const first = anak[0]!;
    const beda = anak.find((a) => a.i.agregasi !== first.i.agregasi);
    if (beda) {
      diags.error('jabatan/agregasi-campur', `indikator yang mendukung \`${id}\` dijumlah dengan dua cara: \`${first.i.id}\` ${first.i.agregasi}, \`${beda.i.id}\` ${beda.i.agregasi}`, at([...beda.path, 'agregasi']),
        'indikator yang mendukung satu induk dijumlah dengan cara yang sama: samakan `agregasi`', at([...first.path, 'agregasi']));
      continue;
    }
    if (p.target === undefined) {
      diags.error('jabatan/agregasi-tanpa-target', `indikator \`${first.i.id}\` dijumlah ke ${NAMA_JENIS[p.jenis]} \`${id}\`, yang tidak mempunyai target tahun ${y.tahun}`, at([...first.path, 'agregasi']),
        p.jenis === 'sasaran' || p.jenis === 'program' ? `arahkan \`mendukung\` ke indikator ${NAMA_JENIS[p.jenis]} itu, atau hapus \`agregasi\`` : 'hapus `agregasi`, atau tulis target induknya');
      continue;
    }
    const lainSatuan = anak.find((a) => p.satuan !== undefined && norm(a.i.satuan) !== norm(p.satuan));
    if (lainSatuan) {
      diags.error('jabatan/agregasi-satuan', `indikator \`${lainSatuan.i.id}\` bersatuan "${lainSatuan.i.satuan}", tidak dapat dijumlah ke \`${id}\` yang bersatuan "${p.satuan}"`, at([...lainSatuan.path, 'agregasi']),
        'hapus `agregasi` bila satuannya memang berbeda, atau samakan satuannya', p.at);
      continue;
    }
    const ts = anak.map((a) => Rational.from(a.i.target));
    const sum = ts.reduce((s, t) => s.add(t), Rational.ZERO);
    const hasil = first.i.agregasi === 'jumlah' ? sum : Rational.mean(ts)!;
    if (hasil.compare(Rational.from(p.target)) !== 0) {
      const rincian = anak.map((a) => `\`${a.i.id}\` ${angka(a.i.target)}`).join(first.i.agregasi === 'jumlah' ? ' + ' : ', ');
      diags.error('jabatan/agregasi-target', `target indikator yang mendukung \`${id}\` ${first.i.agregasi === 'jumlah' ? 'berjumlah' : 'berata-rata'} ${angka(hasil)} (${rincian}), sedangkan target \`${id}\` ${angka(p.target)}`,
        at([...first.path, 'target']), `ubah target indikator pendukungnya agar ${first.i.agregasi === 'jumlah' ? 'berjumlah' : 'berata-rata'} ${angka(p.target)}, atau hapus \`agregasi\` bila memang tidak dijumlah`, p.at);
    }
  }
}
