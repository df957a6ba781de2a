// Find a Chromium-family browser: PUPPETEER_EXECUTABLE_PATH, then the usual install paths
// of Debian/Ubuntu, Fedora, macOS and Windows (authors there have Chrome or Edge already).
// Nothing here reads the Windows registry or starts the browser: on Windows `chrome --version`
// opens a window, so its version is read from the install folder (and on macOS from Info.plist).
import { accessSync, constants, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { posix, win32, type PlatformPath } from 'node:path';
import { spawnSync } from 'node:child_process';
import { KinerjaError } from '../diagnostics/index.ts';

/** The three browsers' places inside a Windows install root (Program Files, LOCALAPPDATA). */
const WINDOWS = [
  ['Google', 'Chrome', 'Application', 'chrome.exe'],
  ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
  ['Chromium', 'Application', 'chrome.exe'],
  ['Google', 'Chrome Beta', 'Application', 'chrome.exe'],
  ['Microsoft', 'Edge Beta', 'Application', 'msedge.exe'],
];

/** The three browsers' bundles in an Applications folder, and the program inside each. */
const MACOS = [
  ['Google Chrome.app', 'Google Chrome'],
  ['Chromium.app', 'Chromium'],
  ['Microsoft Edge.app', 'Microsoft Edge'],
  ['Google Chrome Beta.app', 'Google Chrome Beta'],
];

/**
 * Where a browser may be, first found first. `path` is the platform's own path module (a test
 * may pass another to lay a fake install tree on this machine).
 */
export function browserCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, path?: PlatformPath): string[] {
  const fromEnv = [env.PUPPETEER_EXECUTABLE_PATH, env.KINERJA_BROWSER].filter((p): p is string => !!p);
  if (platform === 'darwin') {
    const p = path ?? posix;
    const apps = ['/Applications', ...(env.HOME ? [p.join(env.HOME, 'Applications')] : [])];
    return [...fromEnv, ...apps.flatMap((a) => MACOS.map(([bundle, program]) => p.join(a, bundle!, 'Contents', 'MacOS', program!)))];
  }
  if (platform === 'win32') {
    const p = path ?? win32;
    // Environment names are not case-sensitive on Windows; a test's object may be.
    const get = (name: string) => Object.entries(env).find(([k, v]) => k.toUpperCase() === name && v)?.[1];
    const roots = [get('PROGRAMFILES') ?? 'C:\\Program Files', get('PROGRAMFILES(X86)') ?? 'C:\\Program Files (x86)', get('PROGRAMW6432'), get('LOCALAPPDATA')]
      .filter((r): r is string => !!r)
      .filter((r, i, all) => all.indexOf(r) === i);
    return [...fromEnv, ...WINDOWS.flatMap((parts) => roots.map((r) => p.join(r, ...parts)))];
  }
  return [
    ...fromEnv,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge',
  ];
}

/**
 * A browser named in the environment is taken as it is, even if it does not exist: the launch
 * then says what is wrong with it, rather than quietly printing with another one.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, exists: (p: string) => boolean = existsSync, path?: PlatformPath): string | undefined {
  const named = env.PUPPETEER_EXECUTABLE_PATH || env.KINERJA_BROWSER;
  if (named) return named;
  return browserCandidates(env, platform, path).find((p) => exists(p));
}

/** "120.0.6099.110" > "99.0.1.2", part by part. */
const byVersion = (a: string, b: string) => {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 4; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/**
 * The browser's version without starting it where starting it shows a window: on Windows the
 * newest version-named folder beside the program (Chrome and Edge keep `Application\120.0.6099.110\`),
 * on macOS the bundle's Info.plist; on Linux `--version`, bounded. Undefined when it cannot be told.
 */
export function browserVersion(browser: string, platform: NodeJS.Platform = process.platform, path?: PlatformPath): string | undefined {
  try {
    if (platform === 'win32') {
      const p = path ?? win32;
      const folders = readdirSync(p.dirname(browser)).filter((f) => /^\d+\.\d+\.\d+\.\d+$/.test(f));
      return folders.sort(byVersion).at(-1);
    }
    if (platform === 'darwin') {
      const p = path ?? posix;
      const plist = readFileSync(p.join(p.dirname(browser), '..', 'Info.plist'), 'utf8');
      return /<key>CFBundleShortVersionString<\/key>\s*<string>([^<]+)<\/string>/.exec(plist)?.[1]?.trim();
    }
  } catch {
    return undefined;
  }
  // Bounded: a program that is not a browser may never answer.
  const r = spawnSync(browser, ['--version'], { encoding: 'utf8', timeout: 15_000, killSignal: 'SIGKILL' });
  return (r.stdout ?? '').trim() || undefined;
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

