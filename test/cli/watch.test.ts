// `kinerja watch`: real HTTP, real file events — an edit reaches the page, a mistake shows in it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startWatch } from '../../src/watch/index.ts';

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
    const w = await startWatch({ folder, dokumen: 'lkjip', port: 0 });
    try {
      const get = async (p = '') => (await fetch(w.url + p)).text();
      const first = await get();
      expect(first).toContain('115,00');
      expect(first).toContain("new EventSource('/peristiwa')");
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
});
