// Budget facts that disagree with each other inside anggaran.yaml: a kode that does not extend
// the kode above it (Permendagri 90/2019: program 4.01.01 → kegiatan 4.01.01.2.01 → sub kegiatan
// 4.01.01.2.01.0001), and an output of 0 while money was spent.
import type { RealisasiSub } from '../../model/input.ts';
import type { PathSegment } from '../../load/index.ts';
import type { RuleContext } from './context.ts';

const QUARTERS = ['tw1', 'tw2', 'tw3', 'tw4'] as const;

/** The year's K and Rp as written: the quarters, or the yearly figure where no quarter has one. */
function written(r: RealisasiSub | undefined, key: 'k' | 'rp'): number | undefined {
  if (!r) return undefined;
  const qs = QUARTERS.map((q) => r[q]?.[key]).filter((v): v is number => typeof v === 'number');
  return qs.length ? qs.reduce((a, b) => a + b, 0) : r[key];
}

export function checkAnggaranFakta(ctx: RuleContext): void {
  const { data, src, diags } = ctx;
  const programKode = new Map(data.renstra.program.map((p) => [p.id, p.kode]));
  for (const y of data.tahun) {
    y.anggaran?.program.forEach((prog, a) => {
      const pk = programKode.get(prog.id);
      prog.kegiatan.forEach((keg, b) => {
        const kegPath: PathSegment[] = ['program', a, 'kegiatan', b];
        if (pk && keg.kode && !keg.kode.startsWith(`${pk}.`))
          diags.error('aturan/kode-kegiatan', `kode kegiatan ${keg.kode} tidak berada di bawah kode program ${pk}`, src.at('anggaran', [...kegPath, 'kode'], y.tahun),
            `kode kegiatan diawali kode programnya, misalnya ${pk}.2.01`);
        keg.sub_kegiatan.forEach((sub, c) => {
          const subPath: PathSegment[] = [...kegPath, 'sub_kegiatan', c];
          if (keg.kode && sub.kode && !sub.kode.startsWith(`${keg.kode}.`))
            diags.error('aturan/kode-sub-kegiatan', `kode sub kegiatan ${sub.kode} tidak berada di bawah kode kegiatan ${keg.kode}`, src.at('anggaran', [...subPath, 'kode'], y.tahun),
              `kode sub kegiatan diawali kode kegiatannya, misalnya ${keg.kode}.0001; periksa juga bahwa sub kegiatan ini ditulis di bawah kegiatan yang benar`,
              src.at('anggaran', [...kegPath, 'kode'], y.tahun));
          const k = written(sub.realisasi, 'k');
          const rp = written(sub.realisasi, 'rp');
          // Explained already (a hambatan or keterangan says why): nothing more to say.
          if (sub.indikator && k === 0 && (rp ?? 0) > 0 && !sub.hambatan && !sub.keterangan)
            diags.warn('aturan/keluaran-nol', `realisasi keluaran \`${sub.id}\` 0 ${sub.indikator.satuan}, padahal anggarannya terserap ${rp!.toLocaleString('id-ID')} rupiah`,
              src.at('anggaran', [...subPath, 'realisasi'], y.tahun), 'periksa realisasi K: belanja tanpa keluaran perlu dijelaskan di `keterangan` atau `hambatan`');
        });
      });
    });
  }
}
