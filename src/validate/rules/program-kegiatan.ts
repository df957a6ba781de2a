// A program target against its kegiatan's (issue 14): where renstra.yaml says a program
// indicator adds up from its kegiatan (`agregasi: jumlah` or `rata-rata`), its target of each
// year with anggaran.yaml equals the sum (or mean) of the targets of that program's kegiatan
// whose indicator has the same satuan. A difference is an error with both values and the sum;
// `agregasi` on a sasaran's indicator, or with no kegiatan of that satuan, is a warning.
import { Rational } from '../../compute/rational.ts';
import { formatNilaiAngka } from '../../format/index.ts';
import type { Nilai } from '../../model/input.ts';
import type { RuleContext } from './context.ts';

const angka = (n: Nilai | undefined) => (n === undefined ? undefined : typeof n === 'number' ? n : n.nilai);
const satuanSama = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const tulis = (x: Rational | number) => formatNilaiAngka(typeof x === 'number' ? Rational.from(x) : x);

export function checkProgramKegiatan(ctx: RuleContext): void {
  const { data, src, diags } = ctx;
  data.renstra.tujuan.forEach((tj, a) =>
    tj.sasaran.forEach((s, b) =>
      s.indikator.forEach((ind, c) => {
        if (ind.agregasi)
          diags.warn('aturan/agregasi-bukan-program', `\`agregasi\` indikator sasaran \`${ind.id}\` tidak dipakai: hanya indikator program yang dihitung dari kegiatannya`,
            src.at('renstra', ['tujuan', a, 'sasaran', b, 'indikator', c, 'agregasi']), 'hapus `agregasi` dari indikator ini');
      }),
    ),
  );

  for (const t of data.tahun) {
    for (const [pa, p] of (t.anggaran?.program ?? []).entries()) {
      const ri = data.renstra.program.findIndex((x) => x.id === p.id);
      if (ri < 0) continue;
      data.renstra.program[ri]!.indikator.forEach((ind, ii) => {
        if (!ind.agregasi) return;
        const path = ['program', ri, 'indikator', ii];
        const target = angka(ind.target[String(t.tahun)]);
        const kegiatan = p.kegiatan.map((k, ki) => ({ k, ki })).filter(({ k }) => k.indikator && satuanSama(k.indikator.satuan, ind.satuan));
        if (!kegiatan.length) {
          diags.warn('aturan/agregasi-tanpa-kegiatan', `indikator program \`${ind.id}\` dijumlahkan dari kegiatannya (\`agregasi: ${ind.agregasi}\`), tetapi tidak ada kegiatan program \`${p.id}\` tahun ${t.tahun} dengan satuan "${ind.satuan}"`,
            src.at('renstra', [...path, 'agregasi']), `samakan satuan indikator kegiatannya di anggaran.yaml, atau hapus \`agregasi\``);
          return;
        }
        if (target === undefined) return;
        const parts = kegiatan.map(({ k }) => Rational.from(k.indikator!.target));
        const sum = parts.reduce((x, y) => x.add(y), Rational.ZERO);
        const expected = ind.agregasi === 'jumlah' ? sum : sum.div(Rational.from(parts.length));
        if (expected.compare(Rational.from(target)) === 0) return;
        const rumus = parts.length === 1 ? tulis(sum) : ind.agregasi === 'jumlah' ? `${parts.map(tulis).join(' + ')} = ${tulis(sum)}` : `(${parts.map(tulis).join(' + ')}) ÷ ${parts.length} = ${tulis(expected)}`;
        diags.error('aturan/target-program-kegiatan',
          `target ${t.tahun} indikator program \`${ind.id}\` adalah ${tulis(target)} ${ind.satuan}, sedangkan ${ind.agregasi === 'jumlah' ? 'jumlah' : 'rata-rata'} target kegiatannya ${rumus}`,
          src.at('renstra', [...path, 'target', String(t.tahun)]),
          `samakan target program dengan ${ind.agregasi === 'jumlah' ? 'jumlah' : 'rata-rata'} target kegiatannya, perbaiki target kegiatan di anggaran.yaml, atau hapus \`agregasi\` bila indikator ini tidak dihitung dari kegiatan`,
          src.at('anggaran', ['program', pa, 'kegiatan', kegiatan[0]!.ki, 'indikator', 'target'], t.tahun));
      });
    }
  }
}
