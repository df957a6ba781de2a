// Where each fact came from: rules and computed figures name the YAML line that fed them.
import type { Location } from '../diagnostics/index.ts';
import { locate, type LoadedFile, type PathSegment, type Role, type YamlFile } from '../load/index.ts';

export class SourceMap {
  private readonly files = new Map<string, YamlFile>();

  constructor(files: LoadedFile[]) {
    for (const f of files) this.files.set(key(f.role, f.tahun), f.yaml);
  }

  file(role: Role, tahun?: number): YamlFile | undefined {
    return this.files.get(key(role, tahun));
  }

  /** The location of `path` in the file of `role` (and year); the file's start when absent. */
  at(role: Role, path: readonly PathSegment[], tahun?: number, which: 'value' | 'key' = 'value'): Location | undefined {
    const f = this.file(role, tahun);
    return f ? locate(f, path, which) : undefined;
  }
}

function key(role: Role, tahun?: number): string {
  return `${role}@${tahun ?? ''}`;
}
