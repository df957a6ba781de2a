// Schema-valid files → one typed InstansiData. Scales: the agency's own replace the defaults by name.
import type { LoadedInstansi } from '../load/index.ts';
import type { InstansiData, SkalaInput, TahunInput } from '../model/input.ts';

export function assemble(loaded: LoadedInstansi): InstansiData {
  const one = (role: string, tahun?: number) => loaded.files.find((f) => f.role === role && f.tahun === tahun)?.yaml.data;
  const skala = { ...(loaded.skalaBawaan.data as SkalaInput), ...((one('skala') as Partial<SkalaInput>) ?? {}) } as SkalaInput;
  const years = [...new Set(loaded.files.filter((f) => f.tahun !== undefined).map((f) => f.tahun!))]
    .concat(Object.keys(loaded.narasi).map(Number))
    .filter((y, i, all) => all.indexOf(y) === i)
    .sort();
  const tahun: TahunInput[] = years.map((y) => ({
    tahun: y,
    dokumen: one('dokumen', y) as TahunInput['dokumen'],
    pk: one('pk', y) as TahunInput['pk'],
    realisasi: one('realisasi', y) as TahunInput['realisasi'],
    anggaran: one('anggaran', y) as TahunInput['anggaran'],
    belanja: one('belanja', y) as TahunInput['belanja'],
    evaluasi: one('evaluasi', y) as TahunInput['evaluasi'],
    koreksi: one('koreksi', y) as TahunInput['koreksi'],
    survei: one('survei', y) as TahunInput['survei'],
    jabatan: one('jabatan', y) as TahunInput['jabatan'],
    narasi: Object.fromEntries(Object.entries(loaded.narasi[y] ?? {}).map(([k, v]) => [k, v.text])),
  }));
  return {
    folder: loaded.folder,
    instansi: one('instansi') as InstansiData['instansi'],
    renstra: one('renstra') as InstansiData['renstra'],
    skala,
    tahun,
  };
}
