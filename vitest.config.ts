import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Printing tests share one machine's Chromium; run files one at a time on 2 cores.
    fileParallelism: false,
  },
});
