// `kinerja watch`: real HTTP, real file events, real Chromium — the preview is the PDF as it will
// print (pages, page labels, every Daftar Isi number), rebuilt at every save however the editor
// saves; a mistake shows beside the last good PDF and in the terminal with its file:line:col.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startWatch, type Watching } from '../../src/watch/index.ts';
import { ignored, watchFolder } from '../../src/watch/watcher.ts';
import { readPdf } from '../pdf-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-watch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function until(check: () => Promise<boolean> | boolean, ms = 180_000): Promise<void> {
  const t0 = Date.now();
  while (!(await check())) {
    if (Date.now() - t0 > ms) throw new Error('tidak terjadi dalam batas waktu');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The PDF the preview serves now, read back as text per page. */
async function pdfText(w: Watching): Promise<string[]> {
  const r = await fetch(w.url + 'dokumen.pdf');
  expect(r.headers.get('content-type')).toBe('application/pdf');
  return (await readPdf(new Uint8Array(await r.arrayBuffer()))).pages;
}

/** Waits for the rebuild after `act` (versi past `before`) and everything it started. */
async function rebuilt(w: Watching, act: () => void): Promise<void> {
  const before = w.versi();
  act();
  await until(() => w.versi() > before);
  await w.tenang();
}

describe('kinerja watch', () => {
  it('previews the printed PDF with real page numbers, rebuilds on save, and keeps the last good PDF beside the errors', async () => {
    const folder = join(dir, 'dinas');
    cpSync('test/fixtures/minimal', folder, { recursive: true });
    const log: string[] = [];
    const w = await startWatch({ folder, dokumen: 'lkjip', port: 0, log: (m) => log.push(m) });
    try {
      await until(() => w.versi() >= 1);
      await w.tenang();
      const res = await fetch(w.url + 'dokumen.pdf');
      const pdf = await readPdf(new Uint8Array(await res.arrayBuffer()));
      // Pages as printed: the front matter numbered i, ii, …, the body from 1.
      expect(pdf.labels?.slice(0, 2)).toEqual(['i', 'ii']);
      expect(pdf.labels).toContain('1');
      const toc = pdf.pages.find((p) => p.includes('DAFTAR ISI'))!;
      expect(toc).toMatch(/BAB I PENDAHULUAN 1\b/);
      expect(toc).not.toContain('–'); // every number real, no placeholder
      expect(pdf.pages.join(' ')).toContain('115,00');
      // Only the page itself may frame the PDF.
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");

      const page = await (await fetch(w.url)).text();
      // The PDF drawn by the page's viewer (PDF.js), with a link to the browser's own at the page read.
      expect(page).toContain('<div id="pdf"');
      expect(page).toContain('data-pdf="1"');
      expect(page).toContain('href="/dokumen.pdf?v=1#page=1"');
      expect(page.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/penampil.mjs">', '<script src="/muat-ulang.js">']);
      // The terminal: one line for the build, with its pages and seconds.
      expect(log.find((l) => /lkjip: \d+ halaman, \d+,\d detik/.test(l))).toBeDefined();

      // The browser's event stream hears the rebuild.
      const events = await fetch(w.url + 'peristiwa');
      const reader = events.body!.getReader();
      const heard = (async () => {
        let text = '';
        while (!text.includes('event: muat')) text += new TextDecoder().decode((await reader.read()).value);
        return text;
      })();
      const f = join(folder, '2024', 'realisasi.yaml');
      await rebuilt(w, () => writeFileSync(f, readFileSync(f, 'utf8').replace('nilai: 99', 'nilai: 90')));
      expect(await heard).toContain('event: muat');
      await reader.cancel();
      expect((await pdfText(w)).join(' ')).toContain('110,00');
      const good = w.keadaan().pdf;

      log.length = 0;
      await rebuilt(w, () => writeFileSync(f, readFileSync(f, 'utf8').replace('nilai: 90', 'nilai: 90,5')));
      const k = w.keadaan();
      expect(k.pdf).toBe(good); // the last good PDF stays
      expect(k.pesan[0]).toMatchObject({ tingkat: 'galat', lokasi: expect.stringMatching(/realisasi\.yaml:3:12$/), teks: 'nilai harus angka, atau predikat dengan angka: tertulis "90,5"' });
      expect((await pdfText(w)).join(' ')).toContain('110,00');
      const state = await (await fetch(w.url + 'keadaan.json')).json();
      expect(state).toEqual(k);
      const errorPage = await (await fetch(w.url)).text();
      expect(errorPage).toContain('tertulis &quot;90,5&quot;');
      expect(errorPage).toContain(`data-pdf="${good}"`);
      expect(errorPage).toContain(`href="/dokumen.pdf?v=${good}#page=1"`);
      // The terminal says it too, with the place.
      expect(log[0]).toMatch(/lkjip: 1 galat; pratinjau terakhir yang benar tetap ditampilkan/);
      expect(log[1]).toMatch(/realisasi\.yaml:3:12 {2}nilai harus angka/);

      await rebuilt(w, () => writeFileSync(f, readFileSync(f, 'utf8').replace('nilai: 90,5', 'nilai: 95')));
      expect(w.keadaan().pdf).toBeGreaterThan(good);
      expect(w.keadaan().pesan.filter((p) => p.tingkat === 'galat')).toEqual([]);
      expect((await pdfText(w)).join(' ')).toContain('112,78');
    } finally {
      await w.close();
    }
  }, 300_000);

  it('rebuilds after a save by rename, then after a plain save, and hears new and removed folders', async () => {
    // vim, `sed -i` and `git checkout` replace the file; Node's recursive watcher on Linux went
    // deaf after the first such rename.
    const folder = join(dir, 'rename');
    cpSync('test/fixtures/minimal', folder, { recursive: true });
    const w = await startWatch({ folder, dokumen: 'lkjip', port: 0, log: () => undefined });
    try {
      await until(() => w.versi() >= 1);
      await w.tenang();
      const f = join(folder, '2024', 'realisasi.yaml');
      const original = readFileSync(f, 'utf8');
      // By rename, as vim does…
      await rebuilt(w, () => {
        const tmp = join(folder, '2024', '.realisasi.yaml.tmp');
        writeFileSync(tmp, original.replace('nilai: 99', 'nilai: 90'));
        renameSync(tmp, f);
      });
      expect((await pdfText(w)).join(' ')).toContain('110,00');
      // …and then in place: the watcher still hears the file.
      await rebuilt(w, () => writeFileSync(f, original.replace('nilai: 99', 'nilai: 95')));
      expect((await pdfText(w)).join(' ')).toContain('112,78');
      // Deleted, then written anew (git checkout of another branch).
      await rebuilt(w, () => unlinkSync(f));
      await rebuilt(w, () => writeFileSync(f, original));
      expect((await pdfText(w)).join(' ')).toContain('115,00');
      // A new folder of data (an own table) is part of what is watched.
      await rebuilt(w, () => {
        mkdirSync(join(folder, 'tabel'));
        writeFileSync(join(folder, 'tabel', 'pegawai.yaml'), readFileSync('test/fixtures/tabel/pegawai.yaml'));
      });
      expect(w.keadaan().pesan.some((p) => /pegawai/.test(p.teks) && p.tingkat === 'peringatan')).toBe(true); // a table no outline prints
      await rebuilt(w, () => rmSync(join(folder, 'tabel'), { recursive: true }));
      expect(w.keadaan().pesan.some((p) => /pegawai/.test(p.teks))).toBe(false);
    } finally {
      await w.close();
    }
  }, 300_000);

  it('shows the data of an error as text, never as HTML', async () => {
    const folder = join(dir, 'galat');
    cpSync('test/fixtures/minimal', folder, { recursive: true });
    const f = join(folder, '2024', 'realisasi.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('nilai: 99', `nilai: "<img src=x onerror=alert(1)><script>alert(2)</script>"`));
    const w = await startWatch({ folder, dokumen: 'lkjip', port: 0, log: () => undefined });
    try {
      await until(() => w.versi() >= 1);
      const page = await (await fetch(w.url)).text();
      expect(page).toContain('Belum ada pratinjau: perbaiki galat di samping');
      expect(page).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
      expect(page).not.toContain('<img src=x');
      expect(page.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/penampil.mjs">', '<script src="/muat-ulang.js">']);
      expect((await fetch(w.url + 'dokumen.pdf')).status).toBe(404);
      // The page's script puts the messages in as text (textContent), never as markup.
      const script = await (await fetch(w.url + 'muat-ulang.js')).text();
      expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    } finally {
      await w.close();
    }
  }, 120_000);

  it('refuses a folder that is not there, with the folder named', async () => {
    await expect(startWatch({ folder: join(dir, 'tidak-ada'), dokumen: 'lkjip', port: 0 })).rejects.toThrow(/folder instansi tidak ditemukan: .*tidak-ada/);
  });
});

describe('the folder watcher (chokidar)', () => {
  it('hears renames, new subfolders and files in them, and a folder replaced as a whole', async () => {
    const root = join(dir, 'pantau');
    mkdirSync(join(root, 'a'), { recursive: true });
    let heard = 0;
    const w = watchFolder(root, () => heard++, { debounceMs: 20, checkMs: 100 });
    await w.ready;
    const heardMore = async (act: () => void) => {
      const before = heard;
      act();
      await until(() => heard > before, 10_000);
    };
    try {
      for (let i = 0; i < 3; i++)
        await heardMore(() => {
          writeFileSync(join(root, 'a', '.tmp'), `isi ${i}`);
          renameSync(join(root, 'a', '.tmp'), join(root, 'a', 'berkas.yaml'));
        });
      await heardMore(() => writeFileSync(join(root, 'a', 'berkas.yaml'), 'biasa'));
      await heardMore(() => mkdirSync(join(root, 'b')));
      await heardMore(() => writeFileSync(join(root, 'b', 'baru.yaml'), 'x'));
      await heardMore(() => rmSync(join(root, 'b'), { recursive: true }));
      // `rm -rf` and a fresh copy: another folder under the same name.
      await heardMore(() => {
        renameSync(root, `${root}-lama`);
        mkdirSync(root);
      });
      await heardMore(() => writeFileSync(join(root, 'sesudah.yaml'), 'x'));
      await new Promise((r) => setTimeout(r, 300));
      await w.ready;
      await heardMore(() => writeFileSync(join(root, 'sesudah.yaml'), 'y'));
    } finally {
      await w.close();
      rmSync(`${root}-lama`, { recursive: true, force: true });
    }
  }, 60_000);

  it('hears a second save of a file made right after the first (chokidar alone drops it within 50 ms)', async () => {
    const root = join(dir, 'dua-kali');
    mkdirSync(root, { recursive: true });
    const file = join(root, 'realisasi.yaml');
    writeFileSync(file, 'awal');
    let heard = 0;
    const w = watchFolder(root, () => {
      // A formatter that rewrites the file as soon as the editor's save is heard.
      if (++heard === 1) writeFileSync(file, 'kedua');
    }, { debounceMs: 5 });
    await w.ready;
    try {
      writeFileSync(file, 'pertama');
      await until(() => heard >= 2, 5_000);
    } finally {
      await w.close();
    }
  });

  it('leaves out editors’ own files and folders that are never data', () => {
    const root = '/data/dinas';
    for (const p of ['.git/index', 'out/x.pdf', 'node_modules/a/b.js', '2024/.realisasi.yaml.swp', '2024/4913', '2024/realisasi.yaml~', '2024/.#realisasi.yaml'])
      expect([p, ignored(root, join(root, p))]).toEqual([p, true]);
    for (const p of ['2024/realisasi.yaml', 'kerangka/lkjip.yaml', 'tabel/pegawai.yaml', 'gambar/logo.png', '2024/narasi/bab1.md', ''])
      expect([p, ignored(root, join(root, p))]).toEqual([p, false]);
  });
});
