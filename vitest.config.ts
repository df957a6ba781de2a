import { configDefaults, defineConfig } from 'vitest/config';

// Every test file shares one worker and its loaded modules (isolate: false): on 2 cores, loading
// the sources afresh for each of some 90 files cost about as much as the fast tests themselves.
// In a module graph of their own: the file that replaces node:fs with vi.mock, and the reference
// LKjIP's read-back, whose first build once gave other bytes than its rebuild after the other
// files had run in the same process (not reproduced alone; see the session notes of issue 19).
const EIGEN = ['test/bad-inputs/hostile-load.test.ts', 'test/print/lkjip.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Printing tests share one machine's Chromium; run files one at a time on 2 cores.
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: 'bersama', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...EIGEN], isolate: false } },
      { extends: true, test: { name: 'eigen', include: EIGEN, isolate: true } },
    ],
  },
});
