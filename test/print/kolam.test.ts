// The print pool (src/print/kolam.ts): how many pages print at once, and the order they are served in.
import { describe, expect, it } from 'vitest';
import { Kolam, ukuranKolam } from '../../src/print/kolam.ts';

const GB = 1024 ** 3;

describe('the pool size', () => {
  it('is the cores, no more than free memory allows (512 MB a page), at least one', () => {
    expect(ukuranKolam({}, 2, 24 * GB)).toBe(2);
    expect(ukuranKolam({}, 8, 2 * GB)).toBe(4);
    expect(ukuranKolam({}, 8, 0.3 * GB)).toBe(1);
  });

  it('watch asks for one more than the cores, still bounded by memory', () => {
    expect(ukuranKolam({}, 2, 24 * GB, 1)).toBe(3);
    expect(ukuranKolam({}, 2, 1 * GB, 1)).toBe(2);
  });

  it('KINERJA_HALAMAN_SEREMPAK decides when set, and a bad value is an error that says what to write', () => {
    expect(ukuranKolam({ KINERJA_HALAMAN_SEREMPAK: '5' }, 2, 0.1 * GB, 1)).toBe(5);
    expect(ukuranKolam({ KINERJA_HALAMAN_SEREMPAK: ' ' }, 2, 24 * GB)).toBe(2);
    for (const bad of ['0', '33', 'dua', '1.5'])
      expect(() => ukuranKolam({ KINERJA_HALAMAN_SEREMPAK: bad }, 2, 24 * GB)).toThrow(`KINERJA_HALAMAN_SEREMPAK harus bilangan bulat 1 sampai 32: tertulis "${bad}"`);
  });
});

describe('the pool', () => {
  it('lets at most its size hold a place, and serves the waiting in the order they asked', async () => {
    const kolam = new Kolam(2);
    const order: string[] = [];
    const a = await kolam.take();
    const b = await kolam.take();
    const waiting = ['c', 'd'].map((n) => kolam.take().then((release) => (order.push(n), release)));
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([]);
    b();
    b(); // a second release of one place gives nothing back
    const c = await waiting[0]!;
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual(['c']);
    a();
    (await waiting[1]!)();
    c();
    expect(order).toEqual(['c', 'd']);
    // All given back: two places at once again.
    await Promise.all([kolam.take(), kolam.take()]);
  });
});
