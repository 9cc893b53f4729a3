import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end specs: a real Chromium (playwright-core) against the production build.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    globalSetup: ['./tests/e2e/server.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One browser per file on a 2-core machine: run files one after another.
    fileParallelism: false,
  },
});
