import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end specs: a real Chromium (playwright-core) against the production build.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    globalSetup: ['./tests/e2e/server.ts'],
    testTimeout: 30_000,
    // A page under a loaded 2-core machine (the dev server compiling, the build beside it) can
    // take seconds to show what a user would see; poll for it that long before failing.
    expect: { poll: { timeout: 20_000 } },
    hookTimeout: 60_000,
    // One browser per file on a 2-core machine: run files one after another.
    fileParallelism: false,
  },
});
