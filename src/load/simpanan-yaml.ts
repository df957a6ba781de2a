// Parsed YAML kept between the builds of one `kinerja watch` session: a save changes one file,
// and the others need not be parsed again (the `yaml` parser with node positions reads about
// 1.4 MB a second: 3 s for a 10,000-row anggaran.yaml at every save, ~80 ms for the reference
// agency's files). A file is taken from here only when its text is exactly what was parsed, and
// everything the parse said is said again; its data is made afresh from the document each time,
// so nothing a build does to its data reaches the next. Only in the scope `denganSimpanan` opens
// (synchronous: the load stage), so a build elsewhere in the process never sees it.
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic } from '../diagnostics/index.ts';

export interface Parsed {
  text: string;
  /** Undefined when the parse refused the file (its errors are in `said`). */
  parsed?: { doc: Document; lines: LineCounter };
  said: Diagnostic[];
}

export class SimpananYaml {
  private kept = new Map<string, Parsed>();
  private used = new Set<string>();

  /** The parse of `file` if its text is the one parsed, else `parse()` (kept for the next build). */
  ambil(file: string, text: string, parse: () => Parsed): Parsed {
    this.used.add(file);
    const k = this.kept.get(file);
    if (k && k.text === text) return k;
    const p = parse();
    this.kept.set(file, p);
    return p;
  }

  /** After a build: files it did not read (renamed, removed) are let go. */
  rapikan(): void {
    for (const f of this.kept.keys()) if (!this.used.has(f)) this.kept.delete(f);
    this.used.clear();
  }
}

let aktif: SimpananYaml | undefined;

/** The cache of the scope now running, if any. */
export const simpananAktif = (): SimpananYaml | undefined => aktif;

/** Runs `f` (synchronous) with `s` as the cache of every YAML file it parses. */
export function denganSimpanan<T>(s: SimpananYaml | undefined, f: () => T): T {
  const before = aktif;
  aktif = s;
  try {
    return f();
  } finally {
    aktif = before;
  }
}
