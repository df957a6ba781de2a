#!/usr/bin/env node
// `npm run setup`: everything a fresh machine needs, idempotent.
// 1. npm dependencies (puppeteer without its browser download: .puppeteerrc.cjs);
// 2. a Chromium-family browser (found, or installed from Debian's packages);
// The fonts come from npm (@fontsource), so nothing else is installed from the system.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' };

function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`setup: perintah gagal (${cmd}, kode ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

const lock = existsSync(join(root, 'package-lock.json'));
const installed = existsSync(join(root, 'node_modules', '.package-lock.json'));
// A fresh clone gets exactly the locked tree; an existing one is brought up to date.
run('npm', [lock && !installed ? 'ci' : 'install', '--no-audit', '--no-fund']);

run(process.execPath, [join(root, 'bin', 'kinerja.mjs'), 'doctor', '--install']);
