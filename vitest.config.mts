import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // `server-only` throws outside React Server Components; in unit tests it is just a marker.
      'server-only': fileURLToPath(new URL('./tests/unit/server-only.ts', import.meta.url)),
    },
  },
  test: {
    include: ['{lib,app,tests/unit}/**/*.test.{ts,tsx}', 'tests/hardening/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./tests/unit/setup.ts'],
  },
});
