// The Rencana Aksi: sasaran → program → kegiatan → sub kegiatan with annual target, the
// quarterly split, the action steps, anggaran with totals at every level, penanggung jawab.
import { formatTempatTanggal, romawi } from '../format/index.ts';
import type { IndikatorHasil, KegiatanHasil, ProgramHasil, SasaranHasil, SubKegiatanHasil, TahunModel } from '../model/model.ts';
import { baseAssets, compileLayout, engine, withLogo } from './engine.ts';
import { halamanSederhanaCss } from './page-css.ts';
import type { RenderedPart } from './lkjip.ts';
import { namaUnit } from './view.ts';


type Baris =
  | { jenis: 'sasaran'; nomor: string; sasaran: SasaranHasil; ind?: IndikatorHasil; lanjut: boolean }
  | { jenis: 'program'; nomor: string; program: ProgramHasil; ind?: IndikatorHasil; lanjut: boolean }
  | { jenis: 'kegiatan'; nomor: number; kegiatan: KegiatanHasil; unit?: string }
  | { jenis: 'sub'; nomor: number; sub: SubKegiatanHasil; unit?: string };

/** The rows in reading order; an item with several indicators takes one row per indicator. */
export function barisRencanaAksi(m: TahunModel): Baris[][] {
  const unit = (id?: string) => namaUnit(m, id);
  const out: Baris[][] = [];
  let k = 0;
  let s = 0;
  m.sasaran.forEach((sas, i) => {
    const head: Baris[] = (sas.indikator.length ? sas.indikator : [undefined]).map((ind, j) => ({ jenis: 'sasaran', nomor: romawi(i + 1), sasaran: sas, ind, lanjut: j > 0 }));
    sas.program.forEach((p, pi) => {
      const rows: Baris[] = pi === 0 ? [...head] : [];
      const letter = String.fromCharCode(65 + m.program.indexOf(p));
      (p.indikator.length ? p.indikator : [undefined]).forEach((ind, j) => rows.push({ jenis: 'program', nomor: letter, program: p, ind, lanjut: j > 0 }));
      for (const keg of p.kegiatan) {
        rows.push({ jenis: 'kegiatan', nomor: ++k, kegiatan: keg, unit: unit(keg.penanggungJawab) });
        for (const sub of keg.sub) rows.push({ jenis: 'sub', nomor: ++s, sub, unit: unit(sub.unit) });
      }
      out.push(rows);
    });
    if (!sas.program.length) out.push(head);
  });
  return out;
}

export function renderRencanaAksi(m: TahunModel): RenderedPart {
  const assets = baseAssets();
  const setelan = m.dokumen.rencana_aksi;
  const html = compileLayout(engine('rencana-aksi'), 'rencana-aksi')({
    m,
    logo: withLogo(m, assets),
    gayaCss: halamanSederhanaCss(setelan, { lebar: true, kepala: `Rencana Aksi ${m.instansi.singkatan ?? m.instansi.nama} ${m.tahun}` }),
    bagian: barisRencanaAksi(m),
    tempatTanggal: formatTempatTanggal(m.instansi.tempat, setelan?.tanggal, m.tahun),
    twLabel: ['I', 'II', 'III', 'IV'],
  });
  return { html, assets, headings: [], tables: [], figures: [] };
}
