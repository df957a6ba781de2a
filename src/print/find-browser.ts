// Find a Chromium-family browser: PUPPETEER_EXECUTABLE_PATH, then the usual install paths
// of Debian/Ubuntu, Fedora, macOS and Windows (authors there have Chrome or Edge already).
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { KinerjaError } from '../diagnostics/index.ts';
import { join } from 'node:path';

export function browserCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const fromEnv = [env.PUPPETEER_EXECUTABLE_PATH, env.KINERJA_BROWSER].filter((p): p is string => !!p);
  if (platform === 'darwin')
    return [
      ...fromEnv,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((p): p is string => !!p);
    return [
      ...fromEnv,
      ...roots.flatMap((r) => [join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), join(r, 'Chromium', 'Application', 'chrome.exe')]),
    ];
  }
  return [
    ...fromEnv,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

/**
 * A browser named in the environment is taken as it is, even if it does not exist: the launch
 * then says what is wrong with it, rather than quietly printing with another one.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env.PUPPETEER_EXECUTABLE_PATH || env.KINERJA_BROWSER;
  if (named) return named;
  return browserCandidates(env).find((p) => existsSync(p));
}

/** Refuses, with a clear message, a path that cannot be a browser to run. */
export function checkExecutable(path: string): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new KinerjaError(`peramban "${path}" tidak ada`, [], { cause: 'periksa PUPPETEER_EXECUTABLE_PATH, atau jalankan `npm run setup` untuk memasang Chromium' });
  }
  if (!st.isFile())
    throw new KinerjaError(`peramban "${path}" bukan berkas program (${st.isDirectory() ? 'sebuah folder' : 'bukan berkas biasa'})`, [], {
      cause: 'tunjuk berkas program Chromium itu sendiri, misalnya /usr/bin/chromium',
    });
  if (process.platform === 'win32') return;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new KinerjaError(`peramban "${path}" tidak dapat dijalankan (tidak ada izin eksekusi)`, [], { cause: 'tunjuk program Chromium yang terpasang, atau jalankan `npm run setup`' });
  }
}

