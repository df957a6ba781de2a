// Every narrative file is printed somewhere: each `<tahun>/narasi/*.md` must be a slot of a
// document the instansi builds that year (an LKjIP slot when dokumen.yaml has `lkjip`, an RKT
// slot when it has `rkt`; a per-sasaran slot only for a sasaran that exists), or it would be
// dropped without a word. The other way round, a missing file is allowed (its section prints
// nothing) and is a warning only where the template would print a heading with nothing under it
// (NarasiSlot.tanpaBerkas): a bare "A.1 Maksud Laporan" is a visible defect, a missing
// `bab3-akip.md` between two tables is not.
import { join } from 'node:path';
import { display } from '../../load/index.ts';
import type { TahunInput } from '../../model/input.ts';
import { kunciSasaran, NARASI_SLOTS, slotOf, type DokumenNarasi, type NarasiSlot } from '../../model/narasi-slots.ts';
import { didYouMean } from '../../util/suggest.ts';
import type { RuleContext } from './context.ts';

const NAMA: Record<DokumenNarasi, string> = { lkjip: 'LKjIP', rkt: 'RKT' };
const DOKUMEN = Object.keys(NARASI_SLOTS) as DokumenNarasi[];

/** The file names (without `.md`) a document has room for, given the sasaran of the Renstra. */
function namaSlot(dokumen: DokumenNarasi, sasaran: string[]): string[] {
  return NARASI_SLOTS[dokumen].flatMap((s) => (s.perSasaran ? sasaran.map((id) => s.nama + kunciSasaran(id)) : [s.nama]));
}

export function checkNarasiSlot(ctx: RuleContext, files: Record<number, Record<string, { file: string; text: string }>>): void {
  const sasaran = ctx.data.renstra.tujuan.flatMap((t) => t.sasaran.map((s) => s.id));
  const years = new Set([...ctx.data.tahun.map((t) => t.tahun), ...Object.keys(files).map(Number)]);
  for (const tahun of years) {
    const t = ctx.data.tahun.find((x) => x.tahun === tahun);
    const dibuat = DOKUMEN.filter((d) => t?.dokumen?.[d]);
    const ada = files[tahun] ?? {};
    for (const [nama, { file }] of Object.entries(ada)) checkFile(ctx, tahun, nama, file, dibuat, sasaran);
    if (t) for (const d of dibuat) for (const slot of NARASI_SLOTS[d]) checkAbsent(ctx, t, slot, d);
  }
}

function checkFile(ctx: RuleContext, tahun: number, nama: string, file: string, dibuat: DokumenNarasi[], sasaran: string[]): void {
  const at = { file, line: 1, col: 1 };
  const allowed = dibuat.flatMap((d) => namaSlot(d, sasaran));
  if (allowed.includes(nama)) return;
  // A slot of a document this year does not build.
  const lain = DOKUMEN.find((d) => !dibuat.includes(d) && namaSlot(d, sasaran).includes(nama));
  if (lain) {
    ctx.diags.error('narasi/dokumen', `berkas narasi \`${nama}.md\` adalah bagian ${NAMA[lain]}, tetapi ${tahun}/dokumen.yaml tidak memuat \`${lain}\`, jadi berkas ini tidak dicetak`, at,
      `tulis pengaturan \`${lain}:\` di ${tahun}/dokumen.yaml bila ${NAMA[lain]} ${tahun} dibuat, atau hapus berkas ini`);
    return;
  }
  // A per-sasaran file whose sasaran is not in the Renstra.
  const perSasaran = dibuat.map((d) => slotOf(d, nama)).find((s): s is NarasiSlot => !!s?.perSasaran);
  if (perSasaran) {
    const kunci = nama.slice(perSasaran.nama.length);
    const pilihan = sasaran.map((id) => `${perSasaran.nama}${kunciSasaran(id)}.md`);
    ctx.diags.error('narasi/sasaran', `berkas narasi \`${nama}.md\` untuk sasaran \`${kunci}\`, tetapi sasaran itu tidak ada di renstra.yaml, jadi berkas ini tidak dicetak`, at,
      didYouMean(`${nama}.md`, pilihan) ?? `nama berkas per sasaran: ${pilihan.map((p) => `\`${p}\``).join(', ') || '(renstra.yaml belum memuat sasaran)'}`);
    return;
  }
  const md = allowed.map((n) => `${n}.md`);
  const dok = dibuat.map((d) => NAMA[d]).join(' dan ');
  ctx.diags.error('narasi/nama', `berkas narasi \`${nama}.md\` tidak dipakai ${dok ? dok : 'dokumen mana pun'} tahun ${tahun}, jadi tidak dicetak`, at,
    (dibuat.length ? (didYouMean(`${nama}.md`, md) ?? `nama berkas narasi yang dikenal: ${md.join(', ')}`) : `tulis pengaturan \`lkjip:\` atau \`rkt:\` di ${tahun}/dokumen.yaml, atau hapus berkas ini`));
}

function checkAbsent(ctx: RuleContext, t: TahunInput, slot: NarasiSlot, d: DokumenNarasi): void {
  if (slot.perSasaran || t.narasi[slot.nama] !== undefined || slot.tanpaBerkas === 'ada-isi') return;
  const akar = { instansi: ctx.data.instansi, renstra: ctx.data.renstra, evaluasi: t.evaluasi, narasi: t.narasi };
  if (Array.isArray(slot.tanpaBerkas) && slot.tanpaBerkas.some((p) => berisi(akar, p.split('.')))) return;
  const file = display(join(ctx.data.folder, String(t.tahun), 'narasi', `${slot.nama}.md`));
  const judul = slot.bagian.split(' › ').at(-1);
  ctx.diags.warn('narasi/kosong', `berkas narasi \`${slot.nama}.md\` belum ada: ${NAMA[d]} ${t.tahun} mencetak judul "${judul}" tanpa isi`, { file, line: 1, col: 1 },
    `tulis ${slot.judul} di ${t.tahun}/narasi/${slot.nama}.md (${slot.bagian})`);
}

/** Whether the data at `path` holds something the template prints (arrays: any element). */
function berisi(v: unknown, path: string[]): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (Array.isArray(v)) return path.length ? v.some((x) => berisi(x, path)) : v.length > 0;
  if (!path.length) return true;
  return typeof v === 'object' && berisi((v as Record<string, unknown>)[path[0]!], path.slice(1));
}
