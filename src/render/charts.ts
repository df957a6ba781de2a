// Charts as SVG drawn from the model: vector graphics in the PDF, fonts from the page.
// Geometry only; every figure printed on a chart is formatted by the format module.
import { formatAngka } from '../format/index.ts';
import type { Rational } from '../compute/rational.ts';
import { escapeHtml as esc } from '../escape/html.ts';

export interface Bar {
  label: string;
  values: (Rational | number | undefined)[];
}

const COLORS = ['#2f6fbf', '#f2a900', '#2e9d4a'];

function num(v: Rational | number | undefined): number | undefined {
  return v === undefined ? undefined : typeof v === 'number' ? v : v.toNumber();
}

/** Words of a label broken into lines of at most `width` characters. */
function wrap(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const w of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + w).length <= width) lines[lines.length - 1] = last + ' ' + w;
    else lines.push(w);
  }
  return lines.slice(0, 4);
}

/**
 * Horizontal grouped bars: one group per item, one bar per series, a value at each bar's end,
 * and an optional reference line (100 % for capaian).
 */
export function barChart(opts: { bars: Bar[]; series: string[]; format: (v: Rational | number) => string; reference?: number; unit?: string }): string {
  const { bars, series } = opts;
  const labelW = 230;
  const plotW = 330;
  const barH = 14;
  const gap = 14;
  const groupH = series.length * barH + gap;
  const top = 28;
  const h = top + bars.length * groupH + 10;
  const max = Math.max(opts.reference ?? 0, ...bars.flatMap((b) => b.values.map((v) => num(v) ?? 0))) * 1.12 || 1;
  const x = (v: number) => labelW + (v / max) * plotW;
  const parts: string[] = [];
  series.forEach((s, i) => {
    parts.push(`<rect x="${labelW + i * 150}" y="4" width="10" height="10" fill="${COLORS[i]}"/><text x="${labelW + 14 + i * 150}" y="13" font-size="9">${esc(s)}</text>`);
  });
  bars.forEach((b, g) => {
    const y0 = top + g * groupH;
    wrap(b.label, 44).forEach((line, k, all) =>
      parts.push(`<text x="${labelW - 6}" y="${y0 + (series.length * barH) / 2 + 3 + (k - (all.length - 1) / 2) * 10}" font-size="8.5" text-anchor="end">${esc(line)}</text>`),
    );
    b.values.forEach((v, i) => {
      const n = num(v);
      const y = y0 + i * barH;
      if (n === undefined) {
        parts.push(`<text x="${labelW + 4}" y="${y + barH - 4}" font-size="8" font-style="italic">belum tersedia</text>`);
        return;
      }
      parts.push(`<rect x="${labelW}" y="${y + 1}" width="${(x(n) - labelW).toFixed(2)}" height="${barH - 2}" fill="${COLORS[i]}"/>`);
      parts.push(`<text x="${(x(n) + 3).toFixed(2)}" y="${y + barH - 4}" font-size="8">${esc(opts.format(v!))}</text>`);
    });
  });
  if (opts.reference !== undefined) {
    const rx = x(opts.reference).toFixed(2);
    parts.push(`<line x1="${rx}" y1="${top - 4}" x2="${rx}" y2="${h - 6}" stroke="#d23a2e" stroke-width="1" stroke-dasharray="4 3"/>`);
    parts.push(`<text x="${rx}" y="${top - 6}" font-size="8" text-anchor="middle" fill="#d23a2e">${esc(formatAngka(opts.reference) + (opts.unit ?? ''))}</text>`);
  }
  parts.push(`<line x1="${labelW}" y1="${top - 4}" x2="${labelW}" y2="${h - 6}" stroke="#000" stroke-width="0.6"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${labelW + plotW + 70} ${h}" width="100%" role="img">${parts.join('')}</svg>`;
}
