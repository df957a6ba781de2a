// The package as another project gets it (issue 18): `npm pack`, the tarball installed into an
// empty folder, then init, check and a build there, with the package's paths found from itself.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
// @ts-expect-error: a plain .mjs script, no types
import { satisfies } from '../../scripts/setup.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; files: string[] };
// npm and npx run on the Node running the tests (the declared one): they are `#!/usr/bin/env node` scripts.
const env: NodeJS.ProcessEnv = { ...process.env, PATH: [dirname(process.execPath), process.env.PATH].join(delimiter), NO_COLOR: '1', npm_config_update_notifier: 'false' };
delete env.FORCE_COLOR;

function sh(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 300_000, shell: process.platform === 'win32' });
}

const said = (r: SpawnSyncReturns<string>) => `${r.stdout}\n${r.stderr}`;

let work: string;
let tarball: string;
let files: string[];
let repo: string;
const times: Record<string, number> = {};

function timed<T>(name: string, f: () => T): T {
  const t0 = performance.now();
  try {
    return f();
  } finally {
    times[name] = Math.round(performance.now() - t0);
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kinerja-paket-'));
  // Packed from a copy of what `files` names (the working tree, as it is tested), so that the
  // prepack bundle never appears in the working copy itself while another command runs there.
  const stage = join(work, 'stage');
  mkdirSync(stage);
  for (const f of [...pkg.files, 'package.json', 'README.md', 'LICENSE'])
    if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(stage, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(stage, 'node_modules'), 'junction');
  const packed = timed('pack', () => sh('npm', ['pack', '--json', '--pack-destination', work], stage));
  expect(packed.status, said(packed)).toBe(0);
  const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info[0]!.filename);
  files = info[0]!.files.map((f) => f.path);

  // An agency's own repository: nothing but a package.json, then the tarball installed.
  repo = join(work, 'data-instansi');
  mkdirSync(repo);
  writeFileSync(join(repo, 'package.json'), `${JSON.stringify({ name: 'data-instansi', private: true }, null, 2)}\n`);
  const installed = timed('install', () => sh('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], repo));
  expect(installed.status, said(installed)).toBe(0);
  expect(said(installed)).not.toContain('EBADENGINE');
}, 600_000);

afterAll(() => {
  console.log(`paket: ${Object.entries(times).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
  if (work) rmSync(work, { recursive: true, force: true });
}, 300_000); // three node_modules trees and a Node binary: slow to remove on a loaded machine

describe('the published package', () => {
  it('holds what runs and nothing else: bin, the prebuilt bundle, sources, templates, styles, schemas, LICENSE', () => {
    for (const f of ['bin/kinerja.mjs', 'bin/bundle.mjs', 'dist/kinerja.mjs', 'dist/print-worker.mjs', 'dist/skema.mjs', 'LICENSE', 'README.md', 'package.json', 'src/cli/main.ts', 'src/model/skala-bawaan.yaml', 'templates/kerangka/lkjip.yaml', 'styles/kinerja.css', 'schemas/instansi.schema.json'])
      expect(files).toContain(f);
    // The setup script and the workflows ride along only for `init` to copy into a data repository.
    const copied = ['scripts/setup.mjs', '.github/workflows/kinerja.yml', '.github/workflows/kinerja-komentar.yml'];
    for (const f of copied) expect(files).toContain(f);
    const stray = files.filter((f) => !copied.includes(f)).filter((f) => /^(test|data|bench|scripts|node_modules|out|\.ci|\.github|\.vscode|\.node)\//.test(f) || f === 'package-lock.json' || f === '.puppeteerrc.cjs');
    expect(stray).toEqual([]);
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('depends on puppeteer-core and downloads no browser', () => {
    const p = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(p.dependencies['puppeteer-core']).toBeDefined();
    expect(p.dependencies.puppeteer).toBeUndefined();
    expect(existsSync(join(repo, 'node_modules', 'puppeteer'))).toBe(false);
    const used = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|mjs|cjs|js)$/.test(f) && !f.endsWith('pack.test.ts'))
        .filter((f) => /from 'puppeteer'|import\('puppeteer'\)|require\('puppeteer'\)/.test(readFileSync(join(ROOT, dir, f), 'utf8')))
        .map((f) => `${dir}/${f}`);
    expect([...used('src'), ...used('test'), ...used('bin')]).toEqual([]);
  });

  it('works installed in another repository: init and check find everything from the package', () => {
    const init = timed('init', () => sh('npx', ['kinerja', 'init', 'data/contoh', '--ya'], repo));
    expect(init.status, said(init)).toBe(0);
    // The editor's schema lines point inside the installed package, from wherever the data is.
    const first = readFileSync(join(repo, 'data', 'contoh', 'instansi.yaml'), 'utf8').split('\n')[0]!;
    const schema = /\$schema=(.+)$/.exec(first)?.[1];
    expect(schema, first).toBeDefined();
    expect(existsSync(resolve(repo, 'data', 'contoh', schema!)), schema).toBe(true);
    expect(resolve(repo, 'data', 'contoh', schema!)).toContain(join('node_modules', pkg.name, 'schemas'));

    const check = timed('check', () => sh('npx', ['kinerja', 'check'], repo));
    expect(check.status, said(check)).toBe(0);
    // It ran from the bundle the package ships: nothing was written inside the installed package.
    // (The build from the installed package is the data repository's, below.)
    expect(existsSync(join(repo, 'node_modules', pkg.name, 'node_modules', '.cache'))).toBe(false);
  }, 300_000);
});

// Deliverable 3: `kinerja init` in an empty folder writes a whole data repository, where the same
// two commands work — `npm run setup`, then a build — with the package installed from the tarball.
describe('a data repository from nothing', () => {
  let baru: string;

  beforeAll(() => {
    baru = join(work, 'repo-baru');
    mkdirSync(baru);
    expect(sh('git', ['init', '-q'], baru).status).toBe(0); // a folder holding only .git is empty enough
    // As `npx kinerja init` would: the package from elsewhere (here, the first repository's).
    const init = timed('init-repositori', () => sh(process.execPath, [join(repo, 'node_modules', pkg.name, 'bin', 'kinerja.mjs'), 'init', '--ya', '--instansi', 'dinas-contoh', '--tahun', '2025'], baru));
    expect(init.status, said(init)).toBe(0);
    expect(init.stdout).toContain('npm run setup');
  }, 120_000);

  it('holds package.json with the npm scripts, the editor settings, the workflows, .gitignore, a README and one agency', () => {
    const p = JSON.parse(readFileSync(join(baru, 'package.json'), 'utf8')) as { private: boolean; scripts: Record<string, string>; devDependencies: Record<string, string>; engines: { node: string } };
    expect(p.private).toBe(true);
    expect(p.devDependencies[pkg.name]).toBe(`^${pkg.version}`);
    expect(p.engines.node).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node);
    expect(Object.keys(p.scripts).sort()).toEqual(['build:all', 'build:lkjip', 'build:pk', 'build:rencana-aksi', 'build:rkt', 'check', 'setup', 'watch']);
    expect(readFileSync(join(baru, '.gitignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['node_modules/', 'out/']));
    expect(JSON.parse(readFileSync(join(baru, '.vscode', 'extensions.json'), 'utf8'))).toEqual({ recommendations: ['redhat.vscode-yaml'] });
    // The README speaks to authors, in Bahasa Indonesia: the two commands and how to read check.
    const readme = readFileSync(join(baru, 'README.md'), 'utf8');
    for (const s of ['npm run setup', 'npm run check', 'npm run build:lkjip', 'data/dinas-contoh/instansi.yaml', 'Membaca pesan', 'baris dan kolom']) expect(readme).toContain(s);
    // The setup script and the workflows are this package's own, not a second copy kept elsewhere.
    for (const f of ['scripts/setup.mjs', '.github/workflows/kinerja.yml', '.github/workflows/kinerja-komentar.yml'])
      expect(readFileSync(join(baru, f), 'utf8'), f).toBe(readFileSync(join(ROOT, f), 'utf8'));
    expect(existsSync(join(baru, 'data', 'dinas-contoh', 'instansi.yaml'))).toBe(true);
    expect(readdirSync(baru).filter((f) => f.startsWith('.kinerja-init-'))).toEqual([]);
  });

  it('runs the workflow’s commands, in order, with the scripts the repository has', () => {
    const wf = parseYaml(readFileSync(join(baru, '.github', 'workflows', 'kinerja.yml'), 'utf8')) as { jobs: Record<string, { steps: { run?: string }[] }> };
    const runs = wf.jobs.dokumen!.steps.map((s) => s.run ?? '').filter(Boolean);
    const order = ['npm run setup', 'npx kinerja check', 'npx kinerja build all', 'npx kinerja diff'];
    const at = order.map((c) => runs.findIndex((r) => r.includes(c)));
    expect(at.every((i) => i >= 0), runs.join('\n')).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const scripts = (JSON.parse(readFileSync(join(baru, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const r of runs) for (const m of r.matchAll(/npm run ([\w:-]+)/g)) expect(scripts[m[1]!], m[0]).toBeDefined();
  });

  it('installs the package, then `npm run setup`, `npm run check` and `npm run build:lkjip` work there and print the PDF', () => {
    // `npm install <tarball>` stands for the registry: the version init wrote, from the packed file.
    // The dependencies the first repository fetched are moved in first (npm then only checks them
    // and adds kinerja): the same tree npm makes, in a fraction of the time. The first repository
    // is done with by now (its tests ran above), so a rename, not a copy of the whole tree.
    timed('pindah-node_modules', () => renameSync(join(repo, 'node_modules'), join(baru, 'node_modules')));
    const installed = timed('install-repositori', () => sh('npm', ['install', '--save-dev', tarball, '--no-audit', '--no-fund', '--prefer-offline'], baru));
    expect(installed.status, said(installed)).toBe(0);
    expect(said(installed)).not.toContain('EBADENGINE');
    // `npm run setup` as an author's machine runs it: with the machine's own Node first on PATH.
    // Where that Node is older than `engines` (this machine's Node 20), the setup brings Node 24
    // from the npm registry into .node/ and every npm script after it runs on that one.
    const mesin = { ...env, PATH: (process.env.PATH ?? '').split(delimiter).filter((d) => !/node_modules|[\\/]\.node[\\/]/.test(d)).join(delimiter) };
    const nodeMesin = spawnSync('node', ['--version'], { env: mesin, encoding: 'utf8' }).stdout?.trim();
    const setup = timed('setup-repositori', () => spawnSync('npm', ['run', 'setup'], { cwd: baru, env: mesin, encoding: 'utf8', timeout: 300_000, shell: process.platform === 'win32' }));
    expect(setup.status, said(setup)).toBe(0);
    expect(setup.stdout).toContain('setup: selesai');
    const lama = nodeMesin !== undefined && !satisfies(nodeMesin, (JSON.parse(readFileSync(join(baru, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node);
    console.log(`paket: Node mesin ${nodeMesin ?? 'tidak ada'}${lama ? ', lebih lama dari engines: Node lokal dipasang' : ''}`);
    if (lama) {
      expect(setup.stdout).toContain('memasang Node lokal proyek dari registri npm');
      const versi = spawnSync('npm', ['exec', '--', 'node', '--version'], { cwd: baru, env: mesin, encoding: 'utf8' });
      expect(versi.stdout.trim()).toMatch(/^v(2[2-9]|[3-9]\d)\./);
    }
    // The schema lines of the agency's files now reach the installed package's schemas.
    const first = readFileSync(join(baru, 'data', 'dinas-contoh', '2025', 'pk.yaml'), 'utf8').split('\n')[0]!;
    const schema = resolve(join(baru, 'data', 'dinas-contoh', '2025'), /\$schema=(.+)$/.exec(first)![1]!);
    expect(schema).toBe(join(baru, 'node_modules', pkg.name, 'schemas', 'pk.schema.json'));
    expect(existsSync(schema)).toBe(true);
    const settings = JSON.parse(readFileSync(join(baru, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, unknown> };
    for (const path of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(baru, path)), path).toBe(true);

    // The two commands on the same machine PATH: npm scripts find node_modules/.bin/node first.
    const npmMesin = (args: string[]) => spawnSync('npm', args, { cwd: baru, env: mesin, encoding: 'utf8', timeout: 300_000, shell: process.platform === 'win32' });
    const check = timed('check-repositori', () => npmMesin(['run', 'check']));
    expect(check.status, said(check)).toBe(0);
    const build = timed('build-repositori', () => npmMesin(['run', 'build:lkjip']));
    expect(build.status, said(build)).toBe(0);
    const pdfs = readdirSync(join(baru, 'out'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toEqual([join('dinas-contoh', 'lkjip-2025.pdf')]);
    expect(readFileSync(join(baru, 'out', pdfs[0]!)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(join(baru, 'node_modules', pkg.name, 'node_modules', '.cache'))).toBe(false);
  }, 600_000);
});
