import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { atlasCachePlugin } from './scripts/atlasCachePlugin';
import { cspPlugin, SECURITY_HEADERS } from './scripts/cspPlugin';
import { preloadFirstFramePlugin } from './scripts/preloadFirstFramePlugin';
import { validatedDataPlugin } from './scripts/validatedDataPlugin';
import { pwaOptions } from './scripts/pwaOptions';

export default defineConfig({
  plugins: [
    react(),
    validatedDataPlugin(),
    atlasCachePlugin(),
    preloadFirstFramePlugin(),
    cspPlugin(),
    VitePWA(pwaOptions),
  ],
  // Everything is served from the page's own origin: models and data are bundled or in public/.
  publicDir: 'public',
  // PA_DIST: another build folder, so that several checkouts' tests do not share one (preview serves it too)
  // the built page under its security policy (the meta tag carries the same policy, for any static host)
  preview: { headers: SECURITY_HEADERS },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, outDir: process.env.PA_DIST ?? 'dist' },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
  },
});
