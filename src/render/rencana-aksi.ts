// The Rencana Aksi: sasaran → program → kegiatan → sub kegiatan with annual target, the
// quarterly split, the action steps, anggaran with totals at every level, penanggung jawab.
import { formatTempatTanggal, romawi } from '../format/index.ts';
import type { IndikatorHasil, KegiatanHasil, ProgramHasil, SasaranHasil, SubKegiatanHasil, TahunModel } from '../model/model.ts';
import { baseAssets, compileLayout, engine, withLogo } from './engine.ts';
import { halamanSederhanaCss } from './page-css.ts';
import type { RenderedPart } from './lkjip.ts';
import { denganJenis, namaUnit } from './view.ts';


type Baris =
  | { jenis: 'sasaran'; nomor: string; sasaran: SasaranHasil; ind?: IndikatorHasil; lanjut: boolean }
  | { jenis: 'program'; nomor: string; program: ProgramHasil; ind?: IndikatorHasil; lanjut: boolean }
  | { jenis: 'kegiatan'; nomor: number; kegiatan: KegiatanHasil; unit?: string }
  | { jenis: 'sub'; nomor: number; sub: SubKegiatanHasil; unit?: string };

/** The line over a program's table, repeated with its head on every page the table continues on. */
export interface KonteksRa {
  sasaran: string;
  program?: string;
}

/**
 * One table per program (issue 13), its rows in reading order (an item with several indicators
 * takes one row per indicator), and the sasaran and program it belongs to as one line in the
 * table's head (`konteks`): Chromium repeats a head on every page the table continues on only
 * while it is short (a quarter of the page), which the sasaran's and program's indicator rows
 * are not, so those stay in the body and the line says which sasaran and program a continuation
 * page's rows belong to. A sasaran without programs is a table of its own rows.
 */
export function barisRencanaAksi(m: TahunModel): { konteks: KonteksRa; baris: Baris[] }[] {
  const unit = (id?: string) => namaUnit(m, id);
  const out: { konteks: KonteksRa; baris: Baris[] }[] = [];
  let k = 0;
  let s = 0;
  m.sasaran.forEach((sas, i) => {
    const head: Baris[] = (sas.indikator.length ? sas.indikator : [undefined]).map((ind, j) => ({ jenis: 'sasaran', nomor: romawi(i + 1), sasaran: sas, ind, lanjut: j > 0 }));
    for (const p of sas.program) {
      const letter = String.fromCharCode(65 + m.program.indexOf(p));
      const baris: Baris[] = [...head, ...(p.indikator.length ? p.indikator : [undefined]).map((ind, j): Baris => ({ jenis: 'program', nomor: letter, program: p, ind, lanjut: j > 0 }))];
      for (const keg of p.kegiatan) {
        baris.push({ jenis: 'kegiatan', nomor: ++k, kegiatan: keg, unit: unit(keg.penanggungJawab) });
        for (const sub of keg.sub) baris.push({ jenis: 'sub', nomor: ++s, sub, unit: unit(sub.unit) });
      }
      out.push({ konteks: { sasaran: `${romawi(i + 1)}. ${sas.uraian}`, program: `${letter}. ${denganJenis('Program', p.nama)}` }, baris });
    }
    if (!sas.program.length) out.push({ konteks: { sasaran: `${romawi(i + 1)}. ${sas.uraian}` }, baris: head });
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
