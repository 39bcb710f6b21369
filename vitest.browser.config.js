import { defineConfig } from 'vitest/config';

// Browser tests: the built page (dist/) served on localhost, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.js'],
    environment: 'node',
    testTimeout: 60000,
    hookTimeout: 60000,
    // Two files at a time (each with its own Chromium and server of dist/): much of a browser test
    // is waiting on the page, so two overlap well on a two-core machine.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
