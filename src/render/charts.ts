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

/** Round steps for a value axis: 1, 2 or 5 times a power of ten, about five of them to `max`. */
export function langkahSumbu(max: number): number {
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].map((k) => k * p).find((s) => s >= raw) ?? 10 * p);
}

/**
 * Horizontal grouped bars: one group per item, one bar per series, a value at each bar's end, a
 * value axis with ticks under the plot, and an optional reference line (100 % for capaian).
 * Drawn in points at the width of an A4 text block (one viewBox unit prints as about one point),
 * so that no lettering is under 8 pt (issue 13).
 */
export function barChart(opts: {
  bars: Bar[];
  series: string[];
  format: (v: Rational | number) => string;
  reference?: number;
  unit?: string;
  sumbu?: (v: number) => string;
  /** A value whose figure the reference line would cross is printed right of the line (the rekap's average line). */
  lewatiGaris?: boolean;
  /** Width of the label column in points (default 150, lines of 34 characters); wider: about 5 pt a character at 8.5 pt. */
  lebarLabel?: number;
}): string {
  const { bars, series } = opts;
  const FS = 8.5;
  const labelW = opts.lebarLabel ?? 150;
  const plotW = 215;
  const rightW = 70;
  const barH = 13;
  const gap = 12;
  // Each group as tall as its bars or its label's lines, whichever is more.
  const labels = bars.map((b) => wrap(b.label, opts.lebarLabel ? Math.floor(opts.lebarLabel / 5) : 34));
  const groupH = labels.map((l) => Math.max(series.length * barH, l.length * 9.5 + 2) + gap);
  const y0s = groupH.map((_, g) => groupH.slice(0, g).reduce((a, b) => a + b, 0));
  const top = 34;
  const plotH = groupH.reduce((a, b) => a + b, 0);
  const axisY = top + plotH;
  const h = axisY + 24;
  const values = bars.flatMap((b) => b.values.map((v) => num(v) ?? 0));
  const step = langkahSumbu(Math.max(opts.reference ?? 0, ...values) * 1.05 || 1);
  const max = Math.ceil((Math.max(opts.reference ?? 0, ...values) * 1.05 || 1) / step) * step;
  const x = (v: number) => labelW + (v / max) * plotW;
  const parts: string[] = [];
  // About 4.6 pt per character at 8 pt: where a figure would meet the reference line.
  const rx = opts.reference !== undefined ? x(opts.reference) : undefined;
  const labelX = (end: number, teks: string) => (opts.lewatiGaris && rx !== undefined && rx > end && rx < end + 5 + teks.length * 4.6 ? rx + 3 : end + 3);
  series.forEach((s, i) => {
    parts.push(`<rect x="${labelW + i * 110}" y="3" width="9" height="9" fill="${COLORS[i]}"/><text x="${labelW + 13 + i * 110}" y="11" font-size="${FS}">${esc(s)}</text>`);
  });
  // The value axis: ticks and their figures under the plot, faint grid lines across it.
  for (let v = 0; v <= max + step / 1e6; v += step) {
    const tx = x(v).toFixed(2);
    parts.push(`<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${axisY}" stroke="#ccc" stroke-width="0.4"/>`);
    parts.push(`<line x1="${tx}" y1="${axisY}" x2="${tx}" y2="${axisY + 3}" stroke="#000" stroke-width="0.6"/>`);
    parts.push(`<text x="${tx}" y="${axisY + 12}" font-size="8" text-anchor="middle">${esc((opts.sumbu ?? ((n: number) => formatAngka(n)))(v))}</text>`);
  }
  parts.push(`<line x1="${labelW}" y1="${axisY}" x2="${labelW + plotW}" y2="${axisY}" stroke="#000" stroke-width="0.6"/>`);
  bars.forEach((b, g) => {
    const y0 = top + y0s[g]! + (groupH[g]! - gap - series.length * barH) / 2;
    labels[g]!.forEach((line, k, all) =>
      parts.push(`<text x="${labelW - 5}" y="${y0 + (series.length * barH) / 2 + 3 + (k - (all.length - 1) / 2) * 9.5}" font-size="${FS}" text-anchor="end">${esc(line)}</text>`),
    );
    b.values.forEach((v, i) => {
      const n = num(v);
      const y = y0 + i * barH;
      if (n === undefined) {
        parts.push(`<text x="${labelW + 4}" y="${y + barH - 3.5}" font-size="8" font-style="italic">belum tersedia</text>`);
        return;
      }
      parts.push(`<rect x="${labelW}" y="${y + 1}" width="${(x(n) - labelW).toFixed(2)}" height="${barH - 2}" fill="${COLORS[i]}"/>`);
      // The value beside its bar (no white outline: stroked text prints as a Type 3 font, outside the bundled families).
      const teks = opts.format(v!);
      parts.push(`<text x="${labelX(x(n), teks).toFixed(2)}" y="${y + barH - 3.5}" font-size="8">${esc(teks)}</text>`);
    });
  });
  if (opts.reference !== undefined) {
    const rx = x(opts.reference).toFixed(2);
    parts.push(`<line x1="${rx}" y1="${top - 6}" x2="${rx}" y2="${axisY}" stroke="#d23a2e" stroke-width="1" stroke-dasharray="4 3"/>`);
    // Above the plot, right of the legend: the target's label never meets a bar's value.
    parts.push(`<text x="${rx}" y="${top - 9}" font-size="8" text-anchor="middle" fill="#d23a2e">${esc(formatAngka(opts.reference) + (opts.unit ?? ''))}</text>`);
  }
  parts.push(`<line x1="${labelW}" y1="${top - 4}" x2="${labelW}" y2="${axisY}" stroke="#000" stroke-width="0.6"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${labelW + plotW + rightW} ${h}" width="100%" role="img">${parts.join('')}</svg>`;
}
