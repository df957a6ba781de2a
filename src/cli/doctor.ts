// `kinerja doctor [--install]`: is there a browser to print with? With --install on Debian/Ubuntu
// as root, install Debian's Chromium (the only browser this project's machines can download).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { browserVersion, checkExecutable, findBrowser } from '../print/find-browser.ts';
import type { Out } from './check.ts';

function aptInstall(out: Out): boolean {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return false;
  const root = process.getuid?.() === 0;
  const sudo = root ? [] : existsSync('/usr/bin/sudo') ? ['sudo', '-n'] : undefined;
  if (!sudo) {
    out.err('doctor: Chromium belum terpasang dan perintah ini tidak berjalan sebagai root; jalankan: sudo apt-get install chromium');
    return false;
  }
  const run = (args: string[]) => {
    out.log(`$ ${[...sudo, ...args].join(' ')}`);
    const [cmd, ...rest] = [...sudo, ...args] as [string, ...string[]];
    return spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  return run(['apt-get', 'update', '-qq']) && run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium']);
}

export async function runDoctor(install: boolean, out: Out): Promise<number> {
  let browser = findBrowser();
  if (!browser && install && aptInstall(out)) browser = findBrowser();
  if (!browser) {
    out.err('doctor: tidak ada peramban Chromium/Chrome/Edge. Pasang Chromium (Debian/Ubuntu: apt-get install chromium),\n' +
      'atau tunjuk peramban yang ada dengan PUPPETEER_EXECUTABLE_PATH=/jalur/ke/chrome');
    return 1;
  }
  checkExecutable(browser);
  // Never by starting it on Windows (a window would open): see browserVersion.
  const version = browserVersion(browser);
  out.log(`doctor: peramban ${browser} (${version || 'versi tidak diketahui'})`);
  const require = createRequire(import.meta.url);
  for (const font of ['@fontsource/arimo', '@fontsource/tinos']) {
    try {
      require.resolve(`${font}/package.json`);
      out.log(`doctor: huruf ${font} terpasang (dari npm)`);
    } catch {
      out.err(`doctor: huruf ${font} belum terpasang: jalankan npm install`);
      return 1;
    }
  }
  return 0;
}
