// What the survey blocks share: the `unit:` option (one service unit of survei.yaml, or the
// agency), checked against the data with "maksud Anda", and the survey of the model.
import type { SurveiHasil, UnitSurveiHasil } from '../../model/survei.ts';
import { didYouMean } from '../../util/suggest.ts';
import { formatAngka } from '../../format/index.ts';
import type { BlokKonteks, OpsiSpec, PeriksaKonteks } from './types.ts';

export const OPSI_UNIT: OpsiSpec = {
  jenis: 'teks',
  keterangan: 'pengenal satu unit layanan di survei.yaml, atau `instansi` untuk semua unit bersama',
  bawaan: '`instansi`',
};

export const BUTUH_SURVEI = '<tahun>/survei.yaml dan berkas jawabannya di <tahun>/survei/';

/** The units a block shows: the one named, the agency (`instansi`), or every unit (`semua`, where the block allows it). */
export function unitDipilih(s: SurveiHasil, unit: string | undefined, semua = false): UnitSurveiHasil[] {
  if (unit === undefined) return semua ? s.unit : [s.instansi];
  if (unit === 'instansi') return [s.instansi];
  if (unit === 'semua') return s.unit;
  return s.unit.filter((u) => u.id === unit);
}

/** The title's "…: <unit>" part. */
export const namaUnit = (s: SurveiHasil, u: UnitSurveiHasil, instansi: string) => (u === s.instansi ? instansi : u.nama);

export function periksaUnit(k: PeriksaKonteks, unit: string | undefined, semua = false): void {
  if (unit === undefined || unit === 'instansi' || (semua && unit === 'semua')) return;
  const s = k.data.tahun.find((t) => t.tahun === k.tahun)?.survei;
  if (!s) {
    k.diags.error('kerangka/survei', `blok survei menyebut unit \`${unit}\`, tetapi ${k.tahun}/survei.yaml tidak ada`, k.at('unit'), `tulis ${k.tahun}/survei.yaml, atau hapus blok ini dari kerangka`);
    return;
  }
  const ids = s.unit.map((u) => u.id);
  if (!ids.includes(unit))
    k.diags.error('kerangka/survei', `unit survei \`${unit}\` tidak ada di ${k.tahun}/survei.yaml`, k.at('unit'),
      didYouMean(unit, [...ids, 'instansi', ...(semua ? ['semua'] : [])]) ?? `unit yang ada: ${ids.map((x) => `\`${x}\``).join(', ')}, atau \`instansi\``);
}

export const survei = (k: BlokKonteks) => k.m.survei;

/** A change as printed: `+2,89`, `−1,18`, `0,00` (rounded once, in format). */
export function selisih(u: { perubahan?: { tahun: number; selisih: import('../../compute/rational.ts').Rational } }): string | undefined {
  if (!u.perubahan) return undefined;
  const teks = formatAngka(u.perubahan.selisih, 2);
  return `${teks !== '0,00' && !teks.startsWith('−') ? '+' : ''}${teks} (${u.perubahan.tahun})`;
}
