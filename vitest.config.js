import { defineConfig } from 'vitest/config';

// Vitest in Node against the real wasm build (web/generated/), never a mock of the core.
export default defineConfig({
  test: {
    include: ['tests/js/**/*.test.js'],
    environment: 'node',
    setupFiles: ['tests/js/setup/languages.js'],
    testTimeout: 30000,
  },
});
