// Which schema each data file is read against in the editor (VS Code's `yaml.schemas`): one
// table, written into a data repository's .vscode/settings.json by init and kept equal to this
// repository's own by a test, which also validates every example file through it.
const TAHUN = '[0-9][0-9][0-9][0-9]';

/** Schema name → the globs of the files it describes, relative to the repository's root. */
export const GLOB_SKEMA: Record<string, string[]> = {
  instansi: ['data/*/instansi.yaml'],
  renstra: ['data/*/renstra.yaml'],
  skala: ['data/*/skala.yaml'],
  dokumen: [`data/*/${TAHUN}/dokumen.yaml`],
  pk: [`data/*/${TAHUN}/pk.yaml`],
  realisasi: [`data/*/${TAHUN}/realisasi.yaml`],
  anggaran: [`data/*/${TAHUN}/anggaran.yaml`],
  belanja: [`data/*/${TAHUN}/belanja.yaml`],
  evaluasi: [`data/*/${TAHUN}/evaluasi.yaml`],
  koreksi: [`data/*/${TAHUN}/koreksi.yaml`],
  survei: [`data/*/${TAHUN}/survei.yaml`],
  jabatan: [`data/*/${TAHUN}/jabatan.yaml`],
  kerangka: ['data/*/kerangka/*.yaml', `data/*/${TAHUN}/kerangka/*.yaml`],
  tabel: ['data/*/tabel/*.yaml', `data/*/${TAHUN}/tabel/*.yaml`],
};

/** `yaml.schemas` with every schema under `dir` (e.g. `./node_modules/kinerja/schemas/`). */
export function petaSkema(dir: string, tambahan: Record<string, string[]> = {}): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [nama, globs] of Object.entries(GLOB_SKEMA)) {
    const all = [...globs, ...(tambahan[nama] ?? [])];
    out[`${dir}${nama}.schema.json`] = all.length === 1 ? all[0]! : all;
  }
  return out;
}
