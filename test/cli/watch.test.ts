// `kinerja watch`: real HTTP, real file events — an edit reaches the page, a mistake shows in it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startWatch } from '../../src/watch/index.ts';
import { watchFolder } from '../../src/watch/watcher.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-watch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!(await check())) {
    if (Date.now() - t0 > ms) throw new Error('tidak terjadi dalam batas waktu');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('kinerja watch', () => {
  it('serves the document, pushes a reload on save, and shows errors in the page', async () => {
    const folder = join(dir, 'dinas');
    cpSync('test/fixtures/minimal', folder, { recursive: true });
    const w = await startWatch({ folder, dokumen: 'lkjip', port: 0, log: () => undefined });
    try {
      const get = async (p = '') => (await fetch(w.url + p)).text();
      const first = await get();
      expect(first).toContain('115,00');
      // The reload script is a file of its own: the page's policy allows no inline script.
      expect(first).toContain('<script src="/muat-ulang.js"></script>');
      expect(await get('muat-ulang.js')).toContain("new EventSource('/peristiwa')");
      expect(first).toContain('RINGKASAN EKSEKUTIF'); // the front matter is previewed too
      expect(first).toContain('BAB I<br>PENDAHULUAN');
      expect((await fetch(w.url + 'styles/kinerja.css')).status).toBe(200);

      // The browser's event stream hears the reload.
      const events = await fetch(w.url + 'peristiwa');
      const reader = events.body!.getReader();
      const heard = (async () => {
        let text = '';
        while (!text.includes('event: muat')) text += new TextDecoder().decode((await reader.read()).value);
        return text;
      })();

      const f = join(folder, '2024', 'realisasi.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace('nilai: 99', 'nilai: 90'));
      expect(await heard).toContain('event: muat');
      await until(async () => (await get()).includes('110,00'));

      writeFileSync(f, readFileSync(f, 'utf8').replace('nilai: 90', 'nilai: 90,5'));
      await until(async () => (await get()).includes('galat di data'));
      const error = await get();
      expect(error).toContain('realisasi.yaml:3:12');
      expect(error).toContain('harus angka, atau predikat dengan angka: tertulis &quot;90,5&quot;');

      writeFileSync(f, readFileSync(f, 'utf8').replace('nilai: 90,5', 'nilai: 95'));
      await until(async () => (await get()).includes('112,78'));
      await reader.cancel();
    } finally {
      await w.close();
    }
  }, 30_000);

  it('keeps reloading when the editor saves by renaming a new file over the old one', async () => {
    // vim, `sed -i` and `git checkout` replace the file; Node's recursive watcher on Linux went
    // deaf after the first such rename.
    const folder = join(dir, 'rename');
    cpSync('test/fixtures/minimal', folder, { recursive: true });
    const w = await startWatch({ folder, dokumen: 'lkjip', port: 0, log: () => undefined });
    try {
      const get = async () => (await fetch(w.url)).text();
      const f = join(folder, '2024', 'realisasi.yaml');
      const original = readFileSync(f, 'utf8');
      for (const [nilai, capaian] of [['90', '110,00'], ['95', '112,78'], ['90', '110,00']] as const) {
        const before = w.versi();
        const tmp = join(folder, '2024', '.realisasi.yaml.tmp');
        writeFileSync(tmp, original.replace('nilai: 99', `nilai: ${nilai}`));
        renameSync(tmp, f);
        await until(async () => w.versi() > before && (await get()).includes(capaian));
      }
      expect(w.versi()).toBeGreaterThanOrEqual(4);
    } finally {
      await w.close();
    }
  }, 30_000);

  it('escapes the data in the error page', async () => {
    const folder = join(dir, 'galat');
    cpSync('test/fixtures/minimal', folder, { recursive: true });
    const f = join(folder, '2024', 'realisasi.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('nilai: 99', `nilai: "<img src=x onerror=alert(1)><script>alert(2)</script>"`));
    const w = await startWatch({ folder, dokumen: 'lkjip', port: 0, log: () => undefined });
    try {
      const page = await (await fetch(w.url)).text();
      expect(page).toContain('galat di data');
      expect(page).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
      expect(page).not.toContain('<img src=x');
      expect(page.match(/<script\b[^>]*>/g)).toEqual(['<script src="/muat-ulang.js">']);
    } finally {
      await w.close();
    }
  }, 30_000);

  it('refuses a folder that is not there, with the folder named', async () => {
    await expect(startWatch({ folder: join(dir, 'tidak-ada'), dokumen: 'lkjip', port: 0 })).rejects.toThrow(/folder instansi tidak ditemukan: .*tidak-ada/);
  });
});

describe('the folder watcher', () => {
  it('hears renames, new subfolders and a folder replaced as a whole', async () => {
    const root = join(dir, 'pantau');
    mkdirSync(join(root, 'a'), { recursive: true });
    let heard = 0;
    const w = watchFolder(root, () => heard++, { debounceMs: 20, checkMs: 100 });
    const heardMore = async (act: () => void) => {
      const before = heard;
      act();
      await until(async () => heard > before);
    };
    try {
      for (let i = 0; i < 3; i++)
        await heardMore(() => {
          writeFileSync(join(root, 'a', '.tmp'), `isi ${i}`);
          renameSync(join(root, 'a', '.tmp'), join(root, 'a', 'berkas.yaml'));
        });
      await heardMore(() => mkdirSync(join(root, 'b')));
      await new Promise((r) => setTimeout(r, 100)); // the walk after that change watches b
      await heardMore(() => writeFileSync(join(root, 'b', 'baru.yaml'), 'x'));
      // `rm -rf` and a fresh copy: another folder under the same name.
      await heardMore(() => {
        renameSync(root, `${root}-lama`);
        mkdirSync(root);
      });
      await new Promise((r) => setTimeout(r, 300));
      await heardMore(() => writeFileSync(join(root, 'sesudah.yaml'), 'x'));
    } finally {
      w.close();
      rmSync(`${root}-lama`, { recursive: true, force: true });
    }
  }, 30_000);
});
