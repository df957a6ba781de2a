// Diagnostics are data: collected by every stage, printed together, in Bahasa Indonesia.

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

/** One line per problem, `file:line:col  message`, then the hint and the second place indented. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = formatLocation(d.at);
  const head = `${where ? where + '  ' : ''}${d.severity === 'peringatan' ? 'peringatan: ' : ''}${d.message}`;
  const lines = [head];
  if (d.hint) lines.push(`    ${d.hint}`);
  if (d.also) lines.push(`    lihat juga ${formatLocation(d.also)}`);
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
