// A large build's garbage goes back to the system before its renderers grow (src/util/memori.ts):
// V8 pools the pages it freed, and only a last-resort collection returns them.
import { describe, expect, it } from 'vitest';
import { kembalikanMemori } from '../../src/util/memori.ts';

/** Some 300 MB of objects that live long enough to reach the old generation, then dropped. */
function sampah(): number {
  let banyak: { i: number; s: string }[][] | undefined = [];
  for (let k = 0; k < 30; k++) banyak.push(Array.from({ length: 100_000 }, (_, i) => ({ i, s: `baris ${k}-${i}` })));
  const n = banyak.length;
  banyak = undefined;
  return n;
}

describe('kembalikanMemori', () => {
  it('returns the pages a dropped parse left resident', () => {
    expect(sampah()).toBe(30);
    kembalikanMemori(true);
    const awal = process.memoryUsage.rss();
    expect(sampah()).toBe(30);
    const sesudahSampah = process.memoryUsage.rss();
    expect(kembalikanMemori(true)).toBe(true);
    // The garbage made the process grow; the collection gives (nearly) all of it back.
    expect(sesudahSampah - awal).toBeGreaterThan(100 * 2 ** 20);
    expect(process.memoryUsage.rss()).toBeLessThan(awal + (sesudahSampah - awal) / 2);
  });

  it('does nothing for a process that has not grown', () => {
    kembalikanMemori(true);
    expect(kembalikanMemori()).toBe(false);
  });
});
