// The package as another project gets it (issue 18): `npm pack`, the tarball installed into an
// empty folder, then init, check and a build there, with the package's paths found from itself.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
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
  console.log(`paket: npm pack ${times.pack} ms, npm install ${times.install} ms, init ${times.init} ms, check ${times.check} ms, build ${times.build} ms`);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the published package', () => {
  it('holds what runs and nothing else: bin, the prebuilt bundle, sources, templates, styles, schemas, LICENSE', () => {
    for (const f of ['bin/kinerja.mjs', 'bin/bundle.mjs', 'dist/kinerja.mjs', 'dist/print-worker.mjs', 'dist/skema.mjs', 'LICENSE', 'README.md', 'package.json', 'src/cli/main.ts', 'src/model/skala-bawaan.yaml', 'templates/kerangka/lkjip.yaml', 'styles/kinerja.css', 'schemas/instansi.schema.json'])
      expect(files).toContain(f);
    const stray = files.filter((f) => /^(test|data|bench|scripts|node_modules|out|\.ci|\.github|\.vscode|\.node)\//.test(f) || f === 'package-lock.json' || f === '.puppeteerrc.cjs');
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

  it('works installed in another repository: init, check and a build find everything from the package, and the PDF is there', () => {
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
    const build = timed('build', () => sh('npx', ['kinerja', 'build', 'lkjip'], repo));
    expect(build.status, said(build)).toBe(0);
    const pdfs = readdirSync(join(repo, 'out'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toEqual([expect.stringMatching(/^contoh[\\/]lkjip-\d{4}\.pdf$/)]);
    expect(readFileSync(join(repo, 'out', pdfs[0]!)).subarray(0, 5).toString()).toBe('%PDF-');
    // It ran from the bundle the package ships: nothing was written inside the installed package.
    expect(existsSync(join(repo, 'node_modules', pkg.name, 'node_modules', '.cache'))).toBe(false);
  });
});
