// What a document would print as dotted lines for want of data: a signatory's name, the head's
// NIP, a signing date. The print goes on (a draft for signing may be wanted), but never in
// silence: each blank is a warning of the build, at the place where the fact belongs.
import type { Diagnostics } from '../diagnostics/index.ts';
import type { TahunModel } from '../model/model.ts';
import type { SourceMap } from './source-map.ts';

export type DokumenCetak = 'lkjip' | 'pk' | 'rencana-aksi' | 'rkt' | 'survei';

const NAMA: Record<DokumenCetak, string> = { lkjip: 'LKjIP', pk: 'Perjanjian Kinerja', 'rencana-aksi': 'Rencana Aksi', rkt: 'RKT', survei: 'Laporan Hasil SKM' };

/** The signing date a document prints, and where it is written. */
function tanggal(doc: DokumenCetak, m: TahunModel): { value?: string; role: 'pk' | 'dokumen'; path: string[] } {
  switch (doc) {
    case 'pk':
      return m.pk?.tanggal ? { value: m.pk.tanggal, role: 'pk', path: ['tanggal'] } : { value: m.dokumen.pk?.tanggal, role: 'pk', path: [] };
    case 'rencana-aksi':
      return { value: m.dokumen.rencana_aksi?.tanggal, role: 'dokumen', path: ['rencana_aksi'] };
    case 'rkt':
      return { value: m.dokumen.rkt?.tanggal, role: 'dokumen', path: ['rkt'] };
    case 'survei':
      return { value: m.dokumen.survei?.tanggal, role: 'dokumen', path: ['survei'] };
    case 'lkjip':
      return { value: m.dokumen.lkjip?.tanggal, role: 'dokumen', path: ['lkjip'] };
  }
}

export function checkIsianCetak(doc: DokumenCetak, m: TahunModel, src: SourceMap, diags: Diagnostics, lampiranPk = false): void {
  // The LKjIP prints the PK as its first lampiran: that PK's blanks are the LKjIP's too.
  if (doc === 'lkjip' && m.pk) checkIsianCetak('pk', m, src, diags, true);
  const nama = `${NAMA[doc]} ${m.tahun}${lampiranPk ? ' (lampiran LKjIP)' : ''}`;
  const blank = (what: string, at: ReturnType<SourceMap['at']>, hint: string) =>
    diags.warn('cetak/isian-kosong', `${nama} dicetak dengan titik-titik di tempat ${what}`, at, hint);
  const t = tanggal(doc, m);
  if (!t.value) blank('tanggal penandatanganan', src.at(t.role, t.path, m.tahun), 'tulis `tanggal: TTTT-BB-HH` (atau `TTTT-BB` bila dokumennya hanya mencantumkan bulan dan tahun)');
  const kepala = m.instansi.kepala;
  if (!kepala.nama) blank(`nama ${kepala.jabatan}`, src.at('instansi', ['kepala']), 'tulis `nama:` kepala instansi di instansi.yaml');
  if (!kepala.nip) blank(`NIP ${kepala.jabatan}`, src.at('instansi', ['kepala']), 'tulis `nip:` kepala instansi (18 angka, dari SK) di instansi.yaml');
  // The PK is signed by the superior too (a regional head has no NIP: only the name is needed).
  if (doc === 'pk' && !m.instansi.atasan.nama) blank(`nama ${m.instansi.atasan.jabatan}`, src.at('instansi', ['atasan']), 'tulis `nama:` atasan di instansi.yaml');
}
