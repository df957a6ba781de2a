// The tool's version, from its package.json (read once, wherever the package is installed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../util/root.ts';

export const VERSION: string = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
