import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { atlasCachePlugin } from './scripts/atlasCachePlugin';
import { preloadFirstFramePlugin } from './scripts/preloadFirstFramePlugin';
import { validatedDataPlugin } from './scripts/validatedDataPlugin';
import { pwaOptions } from './scripts/pwaOptions';

export default defineConfig({
  plugins: [
    react(),
    validatedDataPlugin(),
    atlasCachePlugin(),
    preloadFirstFramePlugin(),
    VitePWA(pwaOptions),
  ],
  // Everything is served from the page's own origin: models and data are bundled or in public/.
  publicDir: 'public',
  // PA_DIST: another build folder, so that several checkouts' tests do not share one (preview serves it too)
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, outDir: process.env.PA_DIST ?? 'dist' },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
  },
});
