// Windows and macOS (issue 18): the browser finder's places, tried on fake install trees laid
// on this machine, the version read without starting the browser, and paths with spaces and
// backslashes.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserCandidates, browserVersion, findBrowser } from '../../src/print/find-browser.ts';
import { berkasInstansi } from '../../src/init/files.ts';
import { ROOT } from '../../src/util/root.ts';

const tmp = mkdtempSync(join(tmpdir(), 'kinerja peramban '));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fake program: started, it leaves a mark beside itself (it must never be). */
function program(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `#!/bin/sh\ntouch "${path}.dijalankan"\necho "Palsu 1.0"\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('Windows', () => {
  const env = {
    PROGRAMFILES: 'C:\\Program Files',
    'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    LOCALAPPDATA: 'C:\\Users\\Siti Aminah\\AppData\\Local',
  };

  it('looks for Chrome, Edge and Chromium in Program Files, Program Files (x86) and LOCALAPPDATA, with backslashes', () => {
    const c = browserCandidates(env, 'win32');
    for (const p of [
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\Siti Aminah\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Users\\Siti Aminah\\AppData\\Local\\Chromium\\Application\\chrome.exe',
    ])
      expect(c).toContain(p);
    // Chrome before Edge before Chromium; no forward slash anywhere.
    expect(c.indexOf('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')).toBeLessThan(c.indexOf('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'));
    expect(c.filter((p) => p.includes('/'))).toEqual([]);
  });

  it('reads the environment names in any case, and knows the default folders without them', () => {
    expect(browserCandidates({ ProgramFiles: 'D:\\Apps' }, 'win32')).toContain('D:\\Apps\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(browserCandidates({}, 'win32')).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('finds Edge in a fake Program Files (x86), a per-user Chrome before it, and reads the version from the folder without starting it', () => {
    const pf86 = join(tmp, 'Program Files (x86)');
    const local = join(tmp, 'Users', 'Siti Aminah', 'AppData', 'Local');
    const fake = { PROGRAMFILES: join(tmp, 'Program Files'), 'PROGRAMFILES(X86)': pf86, LOCALAPPDATA: local };
    const edge = program(join(pf86, 'Microsoft', 'Edge', 'Application', 'msedge.exe'));
    for (const v of ['118.0.2088.76', '120.0.2210.61', '99.0.1150.30']) mkdirSync(join(dirname(edge), v));
    mkdirSync(join(dirname(edge), 'SetupMetrics'));
    expect(findBrowser(fake, 'win32', existsSync, posix)).toBe(edge);
    expect(browserVersion(edge, 'win32', posix)).toBe('120.0.2210.61');

    const chrome = program(join(local, 'Google', 'Chrome', 'Application', 'chrome.exe'));
    mkdirSync(join(dirname(chrome), '131.0.6778.86'));
    expect(findBrowser(fake, 'win32', existsSync, posix)).toBe(chrome);
    expect(browserVersion(chrome, 'win32', posix)).toBe('131.0.6778.86');
    // Neither was started.
    expect(existsSync(`${edge}.dijalankan`)).toBe(false);
    expect(existsSync(`${chrome}.dijalankan`)).toBe(false);
  });

  it('an install folder with no version folder: version unknown, still not started', () => {
    const chromium = program(join(tmp, 'Lain', 'Chromium', 'Application', 'chrome.exe'));
    expect(browserVersion(chromium, 'win32', posix)).toBeUndefined();
    expect(existsSync(`${chromium}.dijalankan`)).toBe(false);
  });

  it('a browser named in PUPPETEER_EXECUTABLE_PATH is taken as written, spaces and backslashes included', () => {
    const named = 'D:\\Portable Apps\\Chrome\\chrome.exe';
    expect(findBrowser({ ...env, PUPPETEER_EXECUTABLE_PATH: named }, 'win32', () => false)).toBe(named);
  });
});

describe('macOS', () => {
  it('looks in /Applications and ~/Applications for Chrome, Chromium and Edge', () => {
    const c = browserCandidates({ HOME: '/Users/siti aminah' }, 'darwin');
    for (const p of [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Users/siti aminah/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Users/siti aminah/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ])
      expect(c).toContain(p);
    expect(c.indexOf('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge')).toBeLessThan(c.indexOf('/Users/siti aminah/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'));
  });

  it('finds a Chromium in a fake ~/Applications and reads its version from Info.plist without starting it', () => {
    const home = join(tmp, 'Users', 'siti aminah');
    const app = join(home, 'Applications', 'Chromium.app', 'Contents');
    const exe = program(join(app, 'MacOS', 'Chromium'));
    writeFileSync(
      join(app, 'Info.plist'),
      '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>\n\t<key>CFBundleName</key>\n\t<string>Chromium</string>\n\t<key>CFBundleShortVersionString</key>\n\t<string>131.0.6778.85</string>\n</dict></plist>\n',
    );
    expect(findBrowser({ HOME: home }, 'darwin')).toBe(exe);
    expect(browserVersion(exe, 'darwin')).toBe('131.0.6778.85');
    expect(existsSync(`${exe}.dijalankan`)).toBe(false);
  });
});

describe('paths with spaces', () => {
  it("init's $schema lines reach the package's schemas from a folder with spaces, with forward slashes", () => {
    const folder = join(tmp, 'Data Kinerja', 'Dinas Kominfo');
    const files = berkasInstansi(
      { id: 'dinas-kominfo', nama: 'Dinas Kominfo', pemda: 'Kabupaten Contoh', tempat: 'Contoh', tahun: 2025, jabatan: 'Kepala Dinas', atasanJabatan: 'Bupati Contoh' },
      folder,
    );
    const lines = Object.entries(files).filter(([, text]) => text.startsWith('# yaml-language-server: $schema='));
    expect(lines.length).toBeGreaterThanOrEqual(8);
    for (const [file, text] of lines) {
      const target = /\$schema=(.+)$/m.exec(text)![1]!;
      expect(target).not.toContain('\\');
      expect(resolve(dirname(join(folder, file)), target)).toBe(join(ROOT, 'schemas', target.split('/').at(-1)!));
      expect(existsSync(resolve(dirname(join(folder, file)), target))).toBe(true);
    }
  });
});
