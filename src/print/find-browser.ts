// Find a Chromium-family browser: PUPPETEER_EXECUTABLE_PATH, then the usual install paths
// of Debian/Ubuntu, Fedora, macOS and Windows (authors there have Chrome or Edge already).
import { existsSync } from 'node:fs';
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

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return browserCandidates(env).find((p) => existsSync(p));
}
