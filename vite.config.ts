/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pwaPlugin, appVersion } from './src/pwa/pwa-config.js';
import { bundledSetsPlugin } from './src/content/bundled-sets-plugin.js';

export default defineConfig({
  plugins: [react(), bundledSetsPlugin(fileURLToPath(new URL('.', import.meta.url))), pwaPlugin()],
  define: { __APP_VERSION__: JSON.stringify(appVersion()) },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The first screen's one file is about 530 kB before compression; its gzip size has a budget test of its own.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // Everything the first screen needs in one file: one gzip stream compresses better than many small chunks.
      // The play screen, right behind it, in one file too: its code, the session machine, XState and what they use that
      // the first file does not have (screens that share those parts load it; the first screen's effect fetches it anyway).
      output: {
        codeSplitting: {
          groups: [
            { name: 'initial', tags: ['$initial'] },
            { name: 'play', test: /\/src\/(features\/play|common\/play|machines\/quiz-session|domain\/explanation)|\/node_modules\/(xstate|@xstate\/react)\// },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // As long as Testing Library's waits (tests/setup.ts): the 1 s default failed on a busy 2-core CI machine.
    expect: { poll: { timeout: 15_000 } },
  },
});
