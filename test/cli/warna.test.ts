// Colour on a terminal only: NO_COLOR always wins, FORCE_COLOR is honoured, a pipe gets plain
// text; and the colour never opens a way around the escaping of data (src/escape/terminal.ts).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { polos, tampil, warnai, warnaAktif } from '../../src/cli/warna.ts';

const ESC = '\x1b';
const dir = mkdtempSync(join(tmpdir(), 'kinerja-warna-'));
const saved = { NO_COLOR: process.env['NO_COLOR'], FORCE_COLOR: process.env['FORCE_COLOR'] };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('when colour is shown', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it.each([
    ['a terminal', tty, {}, true],
    ['a pipe or a file', pipe, {}, false],
    ['NO_COLOR on a terminal', tty, { NO_COLOR: '1' }, false],
    ['NO_COLOR beats FORCE_COLOR', tty, { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
    ['an empty NO_COLOR is unset (no-color.org)', tty, { NO_COLOR: '' }, true],
    ['FORCE_COLOR=1 on a pipe (a CI log)', pipe, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR= (empty) on a pipe', pipe, { FORCE_COLOR: '' }, true],
    ['FORCE_COLOR=0 on a terminal', tty, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=false on a terminal', tty, { FORCE_COLOR: 'false' }, false],
    ['TERM=dumb', tty, { TERM: 'dumb' }, false],
  ] as const)('%s', (_, stream, env, expected) => {
    expect(warnaAktif(stream, env)).toBe(expected);
  });
});

describe('colour after escaping', () => {
  it('turns its own marks into SGR colour, and escapes every control character of the data', () => {
    const data = `nilai${ESC}[2J${ESC}[32mOK\u202e`;
    const line = `${warnai('lokasi', 'a.yaml:3:12', true)}  ${warnai('galat', `tertulis ${data}`, true)}`;
    expect(tampil(line, { isTTY: true }, {})).toBe(`${ESC}[1ma.yaml:3:12${ESC}[22m  ${ESC}[31mtertulis nilai\\x1b[2J\\x1b[32mOK\\u202e${ESC}[39m`);
    // The same line in a pipe: no colour, the same escaped text.
    expect(tampil(line, { isTTY: false }, {})).toBe('a.yaml:3:12  tertulis nilai\\x1b[2J\\x1b[32mOK\\u202e');
    expect(polos(line)).toBe(`a.yaml:3:12  tertulis ${data}`);
  });

  it('a mark written in the data is text: the data cannot know the key of the process', () => {
    const forged = '\ue000000000000000031\ue001merah';
    expect(tampil(forged, { isTTY: true }, {})).toBe(forged);
  });

  it('without colour a message is exactly the text it was', () => {
    expect(warnai('galat', 'galat:', false)).toBe('galat:');
  });
});

describe('kinerja check in colour', () => {
  const folder = join(dir, 'dinas');
  cpSync('test/fixtures/minimal', folder, { recursive: true });
  const f = join(folder, '2024', 'realisasi.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace('nilai: 99', 'nilai: 90,5'));
  const check = async () => {
    const err: string[] = [];
    const code = await main(['check', folder], { log: () => undefined, err: (s) => err.push(s) });
    return { code, err: err.join('\n') };
  };

  it('FORCE_COLOR: the place bold, the error red, the same words', async () => {
    process.env['FORCE_COLOR'] = '1';
    delete process.env['NO_COLOR'];
    const { code, err } = await check();
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`${ESC}\\[1m[^${ESC}]*realisasi\\.yaml:3:12${ESC}\\[22m {2}${ESC}\\[31mnilai harus angka`));
    expect(err).toContain(`${ESC}[2mtulis 90.5${ESC}[22m`);
    expect(err.replace(/\x1b\[\d+m/g, '')).toBe((await (async () => {
      delete process.env['FORCE_COLOR'];
      return (await check()).err;
    })()));
  });

  it('NO_COLOR, or output that is no terminal: not one escape sequence', async () => {
    process.env['FORCE_COLOR'] = '1';
    process.env['NO_COLOR'] = '1';
    expect((await check()).err).not.toContain(ESC);
    delete process.env['FORCE_COLOR'];
    delete process.env['NO_COLOR'];
    const { err } = await check();
    expect(err).not.toContain(ESC);
    expect(err).toMatch(/realisasi\.yaml:3:12 {2}nilai harus angka, atau predikat dengan angka: tertulis "90,5"\n {4}tulis 90\.5/);
  });
});

describe('figures of the build report (Intl, id-ID)', async () => {
  const { count, seconds, size } = await import('../../src/cli/build.ts');
  it('says durations, sizes and counts as before, in Indonesian', () => {
    expect([seconds(300), seconds(1734), seconds(12_345)]).toEqual(['0,3 detik', '1,7 detik', '12,3 detik']);
    expect([size(24 * 1024), size(1024 * 1023.6), size(1.25 * 1024 * 1024), size(517_014)]).toEqual(['24 kB', '1.024 kB', '1,3 MB', '505 kB']);
    expect([count(2), count(67), count(12_345)]).toEqual(['2', '67', '12.345']);
  });
});
