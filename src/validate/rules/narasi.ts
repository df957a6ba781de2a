// Prose may call only the figure helpers, with ids that exist: no blocks, partials, raw output,
// raw HTML, or figures the model knows typed by hand.
import Handlebars from 'handlebars';
import type { Location } from '../../diagnostics/index.ts';
import { NARASI_HELPERS, type ArgKind } from '../../model/narasi-spec.ts';
import { didYouMean } from '../../util/suggest.ts';
import type { RuleContext } from './context.ts';
import { UNSUR_BAWAAN } from '../../model/survei.ts';
import { knownYears } from './tahun-prosa.ts';

type HbsNode = { type: string; loc?: { start: { line: number; column: number } } } & Record<string, unknown>;

function known(ctx: RuleContext, tahun: number): Record<ArgKind, Set<string>> {
  const r = ctx.data.renstra;
  const t = ctx.data.tahun.find((x) => x.tahun === tahun);
  const kegiatan = (t?.anggaran?.program ?? []).flatMap((p) => p.kegiatan);
  const sub = kegiatan.flatMap((k) => k.sub_kegiatan);
  const kodeAtauId = (xs: { id: string; kode?: string }[]) => new Set(xs.flatMap((x) => (x.kode ? [x.kode, x.id] : [x.id])));
  const survei = t?.survei;
  return {
    kegiatan: kodeAtauId(kegiatan),
    sub_kegiatan: kodeAtauId(sub),
    unit: new Set((ctx.data.instansi.unit_kerja ?? []).map((u) => u.id)),
    jenis_belanja: new Set((t?.belanja?.kelompok ?? []).flatMap((k) => [k.id, ...k.jenis.map((j) => j.id)])),
    komponen_lhe: new Set((t?.evaluasi?.lhe?.komponen ?? []).map((k) => k.id)),
    perangkat_daerah: new Set((t?.evaluasi?.akip_perangkat_daerah ?? []).map((p) => p.nama)),
    triwulan: new Set(['1', '2', '3', '4', 'I', 'II', 'III', 'IV']),
    tahun_riwayat: new Set([...knownYears(ctx.data, tahun)].map(String)),
    unit_survei: new Set((survei?.unit ?? []).map((u) => u.id)),
    unsur: new Set(survei ? (survei.unsur ?? UNSUR_BAWAAN).map((u) => u.id) : []),
    indikator_jabatan: new Set(Object.values(t?.jabatan?.jabatan ?? {}).flatMap((j) => j.indikator.map((i) => i.id))),
    indikator: new Set([...r.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.indikator.map((i) => i.id))), ...r.program.flatMap((p) => p.indikator.map((i) => i.id))]),
    sasaran: new Set(r.tujuan.flatMap((t) => t.sasaran.map((s) => s.id))),
    program: new Set(r.program.map((p) => p.id)),
    tahun: new Set(Object.keys(ctx.data.tahun.find((t) => t.tahun === tahun)?.evaluasi?.lhe?.komponen[0]?.nilai ?? {})),
    dasar_hukum: new Set((ctx.data.instansi.dasar_hukum ?? []).map((d) => d.id)),
  };
}

export function checkNarasi(ctx: RuleContext, files: Record<number, Record<string, { file: string; text: string }>>): void {
  for (const [tahun, byName] of Object.entries(files)) {
    const ids = known(ctx, Number(tahun));
    for (const { file, text } of Object.values(byName)) checkOne(ctx, file, text, ids);
  }
}

function checkOne(ctx: RuleContext, file: string, text: string, ids: Record<ArgKind, Set<string>>): void {
  const at = (n: HbsNode | undefined): Location => ({ file, line: n?.loc?.start.line ?? 1, col: (n?.loc?.start.column ?? 0) + 1 });
  let ast: { body: HbsNode[] };
  try {
    ast = Handlebars.parse(text) as unknown as { body: HbsNode[] };
  } catch (e) {
    const m = /line (\d+)/.exec(String(e));
    ctx.diags.error('narasi/sintaks', 'kurung kurawal ganda {{ … }} di narasi tidak dapat dibaca', { file, line: m ? Number(m[1]) : 1, col: 1 },
      'tulis pemanggil angka seperti {{capaian "iku-akip"}}; untuk menulis {{ apa adanya, awali dengan \\');
    return;
  }
  for (const node of ast.body) {
    if (node.type === 'ContentStatement') {
      checkContent(ctx, file, String(node['original'] ?? node['value']), node);
      continue;
    }
    if (node.type === 'CommentStatement') continue;
    if (node.type !== 'MustacheStatement') {
      ctx.diags.error('narasi/blok', 'narasi hanya boleh memanggil angka ({{nama "pengenal"}}), bukan blok, partial atau perintah templat', at(node),
        'hapus bagian ini; susunan bab diatur oleh templat');
      continue;
    }
    if (node['escaped'] === false) ctx.diags.error('narasi/tanpa-escape', 'kurung kurawal tiga {{{ … }}} tidak diizinkan di narasi', at(node), 'pakai dua kurung kurawal: {{ … }}');
    const path = node['path'] as { original?: string; type: string };
    const name = String(path.original);
    const spec = NARASI_HELPERS[name];
    if (!spec) {
      ctx.diags.error('narasi/pemanggil', `pemanggil angka \`${name}\` tidak dikenal`, at(node), didYouMean(name, Object.keys(NARASI_HELPERS)) ?? `yang dikenal: ${Object.keys(NARASI_HELPERS).join(', ')}`);
      continue;
    }
    const params = (node['params'] as HbsNode[]) ?? [];
    const min = spec.args.length - (spec.optional ? 1 : 0);
    if (params.length < min || params.length > spec.args.length || node['hash']) {
      ctx.diags.error('narasi/argumen', `\`${name}\` memerlukan ${spec.args.length ? spec.args.join(', ') : 'tanpa argumen'}${spec.optional ? ' (boleh dikosongkan)' : ''}`, at(node), `mis. ${example(name, spec.args)}`);
      continue;
    }
    params.forEach((p, i) => {
      const kind = spec.args[i]!;
      const value = String(p['value'] ?? p['original']);
      if (p.type !== 'StringLiteral' && p.type !== 'NumberLiteral') {
        ctx.diags.error('narasi/argumen', `argumen \`${name}\` harus ditulis di antara tanda petik`, at(node), `mis. ${example(name, spec.args)}`);
        return;
      }
      if (!ids[kind].has(value))
        ctx.diags.error('aturan/id-menggantung', `${kind} \`${value}\` tidak ada (dipanggil oleh \`${name}\`)`, at(node), didYouMean(value, ids[kind]) ?? `yang ada: ${[...ids[kind]].join(', ')}`);
    });
  }
}

function example(name: string, args: ArgKind[]): string {
  const sample: Record<ArgKind, string> = { indikator: '"iku-akip"', sasaran: '"sasaran-…"', program: '"prog-…"', tahun: '2023',
    dasar_hukum: '"perbup-…"',
    kegiatan: '"4.01.01.2.01"',
    sub_kegiatan: '"4.01.01.2.01.0001"',
    unit: '"bagian-…"',
    jenis_belanja: '"belanja-pegawai"',
    komponen_lhe: '"perencanaan"',
    perangkat_daerah: '"Dinas …"',
    triwulan: '2',
    tahun_riwayat: '2022',
    unit_survei: '"…"',
    unsur: '"…"',
    indikator_jabatan: '"ikj-…"',
  };
  return `{{${[name, ...args.map((a) => sample[a])].join(' ')}}}`;
}

function checkContent(ctx: RuleContext, file: string, text: string, node: HbsNode): void {
  const html = /<\/?[a-zA-Z][^<>]*>/.exec(text); // [^<>]: linear on `<a<a<a…` (see teks.ts)
  if (html) {
    const before = text.slice(0, html.index);
    const line = (node.loc?.start.line ?? 1) + (before.match(/\n/g)?.length ?? 0);
    ctx.diags.error('narasi/html', `HTML mentah tidak diizinkan di narasi: ${html[0]}`, { file, line, col: before.length - before.lastIndexOf('\n') },
      'pakai Markdown: **tebal**, *miring*, daftar "1." atau "-"');
  }
}
