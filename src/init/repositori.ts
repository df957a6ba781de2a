// The files of a new data repository (`kinerja init` in an empty folder): everything an agency
// needs besides its data — package.json with the npm scripts, the setup script, the editor's
// schema mapping, the GitHub workflows, a README for authors. Whatever this package already
// holds (the setup script, the workflows) is copied from it, never kept here a second time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../util/root.ts';
import { petaSkema } from './peta-skema.ts';
import { readmePenulis } from './readme-penulis.ts';

interface PaketKinerja {
  name: string;
  version: string;
  engines?: { node?: string };
}

/** The package running now: the data repository depends on this very version. */
export function paketKinerja(): PaketKinerja {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PaketKinerja;
}

/** Files of this package a data repository gets as they are (kept one copy: the package's). */
export const BERKAS_SALINAN = ['scripts/setup.mjs', '.github/workflows/kinerja.yml', '.github/workflows/kinerja-komentar.yml'] as const;

/** npm scripts of a data repository: the same names as in this repository. */
export const SKRIP = {
  setup: 'node scripts/setup.mjs',
  check: 'kinerja check',
  'build:lkjip': 'kinerja build lkjip',
  'build:pk': 'kinerja build pk',
  'build:rkt': 'kinerja build rkt',
  'build:rencana-aksi': 'kinerja build rencana-aksi',
  'build:all': 'kinerja build all',
  watch: 'kinerja watch',
} as const;

/** An npm package name from a folder's name (lower case, no spaces). */
export function namaPaket(folder: string): string {
  return folder.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+|[-._]+$/g, '') || 'data-kinerja';
}

function packageJson(nama: string, instansi: string, kinerja: PaketKinerja): string {
  const pkg = {
    name: namaPaket(nama),
    private: true,
    description: `Data kinerja (SAKIP) ${instansi}, dicetak dengan kinerja`,
    // Same range as the tool: `npm run setup` reads it to choose (or fetch) the Node it runs on.
    engines: { node: kinerja.engines?.node ?? '>=22.12.0' },
    scripts: SKRIP,
    devDependencies: { [kinerja.name]: `^${kinerja.version}` },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function vscodeSettings(): string {
  const settings = {
    'yaml.schemas': petaSkema('./node_modules/kinerja/schemas/'),
    'yaml.validate': true,
    'yaml.hover': true,
    'yaml.completion': true,
    'files.encoding': 'utf8',
    'files.eol': '\n',
    '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2, 'editor.detectIndentation': false },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

const GITIGNORE = `# dipasang oleh npm run setup
node_modules/
.node/
# PDF hasil cetak: dibuat ulang oleh npm run build:all (dan oleh alur kerja GitHub)
out/
`;

/**
 * Every file of the repository except the agency folder, by path relative to its root.
 * `nama`: the repository folder's name; `instansi`: the agency's name; `folder`: data/<id>;
 * `tahun`: the agency's first year.
 */
export function berkasRepositori(nama: string, instansi: string, folder: string, tahun: number): Record<string, string> {
  const kinerja = paketKinerja();
  const files: Record<string, string> = {
    'package.json': packageJson(nama, instansi, kinerja),
    '.gitignore': GITIGNORE,
    '.vscode/settings.json': vscodeSettings(),
    '.vscode/extensions.json': `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`,
    'README.md': readmePenulis(instansi, folder, tahun),
  };
  for (const f of BERKAS_SALINAN) files[f] = readFileSync(join(ROOT, f), 'utf8');
  return files;
}
