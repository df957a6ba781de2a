// Diagnostics are data: collected by every stage, printed together, in Bahasa Indonesia.
import { warnai } from '../cli/warna.ts';

export type Severity = 'galat' | 'peringatan';

export interface Location {
  file: string;
  line: number;
  col: number;
}

export interface Diagnostic {
  severity: Severity;
  /** Stable code, e.g. `skema/tipe`, `aturan/id-menggantung`: tests and docs refer to it. */
  code: string;
  message: string;
  /** What to write instead. */
  hint?: string;
  at?: Location;
  /** A second place, for cross-table and cross-document disagreements. */
  also?: Location;
}

export class Diagnostics {
  readonly list: Diagnostic[] = [];

  add(d: Diagnostic): void {
    this.list.push(d);
  }
  error(code: string, message: string, at?: Location, hint?: string, also?: Location): void {
    this.add({ severity: 'galat', code, message, at, hint, also });
  }
  warn(code: string, message: string, at?: Location, hint?: string, also?: Location): void {
    this.add({ severity: 'peringatan', code, message, at, hint, also });
  }
  get errors(): Diagnostic[] {
    return this.list.filter((d) => d.severity === 'galat');
  }
  get warnings(): Diagnostic[] {
    return this.list.filter((d) => d.severity === 'peringatan');
  }
  get hasErrors(): boolean {
    return this.list.some((d) => d.severity === 'galat');
  }
}

export function formatLocation(at: Location | undefined): string {
  return at ? `${at.file}:${at.line}:${at.col}` : '';
}

/**
 * One line per problem, `file:line:col  message`, then the hint and the second place indented.
 * On a terminal that shows colour (src/cli/warna.ts): the place bold, an error's message red, a
 * warning's label yellow, the hint dim; the text itself is the same, and escaped as ever.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = formatLocation(d.at);
  const message = d.severity === 'peringatan' ? `${warnai('peringatan', 'peringatan:')} ${d.message}` : warnai('galat', d.message);
  const head = `${where ? warnai('lokasi', where) + '  ' : ''}${message}`;
  const lines = [head];
  if (d.hint) lines.push(`    ${warnai('redup', d.hint)}`);
  if (d.also) lines.push(`    lihat juga ${warnai('lokasi', formatLocation(d.also))}`);
  return lines.join('\n');
}

/** Thrown when a stage cannot go on; carries the diagnostics that explain why. */
export class KinerjaError extends Error {
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'KinerjaError';
  }
}
