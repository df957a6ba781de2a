// People and scales: NIPs that encode a real birth date, scales written from the top band down.
import type { Pejabat } from '../../model/input.ts';
import type { PathSegment } from '../../load/index.ts';
import type { RuleContext } from './context.ts';
import { checkLogo } from './logo.ts';

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** What is wrong with an 18-digit NIP, if anything: birth date, appointment month, sex digit. */
export function nipProblem(nip: string): string | undefined {
  if (!/^\d{18}$/.test(nip)) return undefined; // the schema says it
  const [by, bm, bd] = [Number(nip.slice(0, 4)), Number(nip.slice(4, 6)), Number(nip.slice(6, 8))];
  if (!validDate(by, bm, bd)) return `8 angka pertama (${nip.slice(0, 8)}) bukan tanggal lahir yang ada`;
  const [ay, am] = [Number(nip.slice(8, 12)), Number(nip.slice(12, 14))];
  if (am < 1 || am > 12) return `angka ke-9 s.d. 14 (${nip.slice(8, 14)}) bukan tahun dan bulan pengangkatan yang ada`;
  if (ay < by + 15) return `tahun pengangkatan ${ay} terlalu dekat dengan tahun lahir ${by}`;
  if (!['1', '2'].includes(nip[14]!)) return `angka ke-15 (${nip[14]}) harus 1 (laki-laki) atau 2 (perempuan)`;
  return undefined;
}

export function checkIdentitas(ctx: RuleContext): void {
  checkLogo(ctx);
  const { data, src, diags } = ctx;
  const people: [Pejabat | undefined, PathSegment[]][] = [
    [data.instansi.kepala, ['kepala']],
    [data.instansi.atasan, ['atasan']],
    [data.instansi.bagan?.pengesah_salinan, ['bagan', 'pengesah_salinan']],
    [data.instansi.bagan?.penetap, ['bagan', 'penetap']],
  ];
  for (const [p, path] of people) {
    const problem = p?.nip && nipProblem(p.nip);
    if (problem) diags.error('aturan/nip', `NIP ${p!.nama ?? p!.jabatan} tidak sah: ${problem}`, src.at('instansi', [...path, 'nip']), 'salin NIP dari SK atau kartu pegawai');
  }
  // One person, one NIP: the same name written in two places with two NIPs is a typing mistake.
  const byName = new Map<string, { nip: string; path: PathSegment[] }>();
  for (const [p, path] of people) {
    if (!p?.nama || !p.nip) continue;
    const key = p.nama.trim().replace(/\s+/g, ' ').toLowerCase();
    const first = byName.get(key);
    if (!first) byName.set(key, { nip: p.nip, path });
    else if (first.nip !== p.nip)
      diags.error('aturan/nip-ganda', `${p.nama} tertulis dengan dua NIP: ${first.nip} dan ${p.nip}`, src.at('instansi', [...path, 'nip']),
        'satu orang satu NIP: salin NIP yang benar dari SK ke kedua tempat', src.at('instansi', [...first.path, 'nip']));
  }
}

export function checkRealisasi(ctx: RuleContext): void {
  const { data, src, diags } = ctx;
  for (const y of data.tahun) {
    if (!y.realisasi) continue;
    for (const s of data.renstra.tujuan.flatMap((t) => t.sasaran))
      for (const i of s.indikator)
        if (!(i.id in y.realisasi.indikator))
          diags.warn('aturan/realisasi-kosong', `realisasi ${y.tahun} indikator \`${i.id}\` belum ditulis; dicetak "belum tersedia"`, src.at('realisasi', ['indikator'], y.tahun),
            `tambahkan \`${i.id}: {nilai: …}\`, atau \`nilai: null\` bila memang belum ada`);
    const ev = y.evaluasi;
    for (const [id, r] of Object.entries(y.realisasi.indikator)) {
      if (r.dari === 'rata-rata-akip-perangkat-daerah' && !ev?.akip_perangkat_daerah?.some((pd) => pd.nilai[String(r.tahun_data ?? y.tahun - 1)] !== undefined))
        diags.error('aturan/sumber-realisasi', `realisasi \`${id}\` dihitung dari nilai AKIP perangkat daerah ${r.tahun_data ?? y.tahun - 1}, tetapi evaluasi.yaml tidak memuatnya`,
          src.at('realisasi', ['indikator', id, 'dari'], y.tahun), 'isi `akip_perangkat_daerah` di evaluasi.yaml tahun ini');
      if (r.dari === 'survei-kepuasan' && ev?.survei_kepuasan?.indikator !== id)
        diags.error('aturan/sumber-realisasi', `realisasi \`${id}\` diambil dari survei kepuasan, tetapi evaluasi.yaml tidak memuat survei untuk indikator ini`,
          src.at('realisasi', ['indikator', id, 'dari'], y.tahun), `isi \`survei_kepuasan: {indikator: ${id}, responden: …, nilai: …}\` di evaluasi.yaml`);
    }
  }
}
