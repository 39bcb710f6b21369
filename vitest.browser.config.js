import { defineConfig } from 'vitest/config';

// Browser tests: the built page (dist/) served on localhost, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.js'],
    environment: 'node',
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
