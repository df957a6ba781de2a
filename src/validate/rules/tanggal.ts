// Signing dates against the document they sign. An LKjIP reports a year that has ended: it is
// signed in the next year, within three months (Perpres 29/2014: the LKjIP reaches the
// government three months after the year ends at the latest, so 31 March). A Perjanjian Kinerja
// is signed at the start of its year (December before at the earliest), a PK Perubahan within it,
// an RKT or Rencana Aksi before its year or in it. A date outside is nearly always a date copied
// from the previous report.
import type { Location } from '../../diagnostics/index.ts';
import type { RuleContext } from './context.ts';

/** Year and month of `2025-02-28` or `2025-02`. */
function parts(tanggal: string): { tahun: number; bulan: number } | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(tanggal);
  return m ? { tahun: Number(m[1]), bulan: Number(m[2]) } : undefined;
}

export function checkTanggal(ctx: RuleContext): void {
  const { data, src, diags } = ctx;
  for (const y of data.tahun) {
    const t = y.tahun;
    const say = (at: Location | undefined, dokumen: string, tanggal: string, rule: string, hint: string) =>
      diags.error('aturan/tanggal-dokumen', `${dokumen} ${t} bertanggal ${tanggal}: ${rule}`, at, hint);
    const lkjip = y.dokumen?.lkjip?.tanggal;
    const l = lkjip ? parts(lkjip) : undefined;
    if (l && l.tahun !== t + 1)
      say(src.at('dokumen', ['lkjip', 'tanggal'], t), 'LKjIP', lkjip!, `laporan tahun ${t} ditandatangani pada tahun ${t + 1}, setelah tahunnya berakhir`, `tulis tanggal penandatanganan tahun ${t + 1}, misalnya ${t + 1}-02-28`);
    else if (l && l.bulan > 3)
      diags.warn('aturan/tanggal-lkjip-terlambat', `LKjIP ${t} bertanggal ${lkjip}: melewati batas penyampaian 31 Maret ${t + 1} (tiga bulan setelah tahun anggaran berakhir)`,
        src.at('dokumen', ['lkjip', 'tanggal'], t), 'periksa tanggalnya; bila memang terlambat, biarkan');
    const pkDates: [string | undefined, (string | number)[], string][] = [
      [y.pk?.tanggal, ['tanggal'], 'Perjanjian Kinerja'],
      [y.pk?.perubahan?.tanggal, ['perubahan', 'tanggal'], 'PK Perubahan'],
    ];
    for (const [tanggal, path, dokumen] of pkDates) {
      const p = tanggal ? parts(tanggal) : undefined;
      const early = dokumen === 'Perjanjian Kinerja' && p?.tahun === t - 1 && p.bulan === 12;
      if (p && p.tahun !== t && !early)
        say(src.at('pk', path, t), dokumen, tanggal!, `${dokumen} tahun ${t} ditandatangani di awal tahun itu${dokumen === 'Perjanjian Kinerja' ? ` (paling awal Desember ${t - 1})` : ''}`, `tulis tanggal tahun ${t}, misalnya ${t}-01-15`);
    }
    for (const key of ['rkt', 'rencana_aksi', 'pk'] as const) {
      const tanggal = y.dokumen?.[key]?.tanggal;
      const p = tanggal ? parts(tanggal) : undefined;
      const nama = { rkt: 'RKT', rencana_aksi: 'Rencana Aksi', pk: 'Perjanjian Kinerja' }[key];
      if (p && p.tahun !== t && p.tahun !== t - 1)
        say(src.at('dokumen', [key, 'tanggal'], t), nama, tanggal!, `${nama} tahun ${t} disusun sebelum atau pada tahun itu`, `tulis tanggal tahun ${t - 1} atau ${t}`);
    }
  }
}
