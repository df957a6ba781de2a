// The project's own folder (templates, styles, schemas), found from this module's place: the
// same whether the code runs from src/ through tsx or from the bundle the CLI keeps in
// node_modules/.cache/kinerja/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'templates')) && existsSync(join(dir, 'schemas')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`folder kinerja tidak ditemukan dari ${from}`);
  }
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
