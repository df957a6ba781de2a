// The kind (rumpun) of a perangkat daerah, by which a Bagian Organisasi groups its rekap: written
// in instansi.yaml (`rumpun:`), else read from the first word of the agency's name, which for a
// perangkat daerah (PP 18/2016) says its kind: "Sekretariat Daerah …", "Dinas …", "Badan …".
import type { InstansiInput } from '../model/input.ts';

export type Rumpun = NonNullable<InstansiInput['rumpun']>;

/** The groups in the order a pemda lists its perangkat daerah, with their headings. */
export const RUMPUN: readonly { rumpun: Rumpun; judul: string }[] = [
  { rumpun: 'sekretariat', judul: 'Sekretariat' },
  { rumpun: 'inspektorat', judul: 'Inspektorat' },
  { rumpun: 'dinas', judul: 'Dinas' },
  { rumpun: 'badan', judul: 'Badan' },
  { rumpun: 'kecamatan', judul: 'Kecamatan' },
  { rumpun: 'lainnya', judul: 'Perangkat Daerah Lainnya' },
];

/** Satuan Polisi Pamong Praja is a dinas-level perangkat daerah (PP 18/2016 art. 5). */
const KATA_PERTAMA: Record<string, Rumpun> = {
  sekretariat: 'sekretariat',
  inspektorat: 'inspektorat',
  dinas: 'dinas',
  satuan: 'dinas',
  badan: 'badan',
  kecamatan: 'kecamatan',
};

export function rumpunInstansi(i: Pick<InstansiInput, 'nama' | 'rumpun'>): Rumpun {
  if (i.rumpun) return i.rumpun;
  const kata = i.nama.trim().split(/\s+/)[0]!.toLowerCase();
  return KATA_PERTAMA[kata] ?? 'lainnya';
}
