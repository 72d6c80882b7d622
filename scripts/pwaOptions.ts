import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The service worker (Workbox, through vite-plugin-pwa) and the web app manifest. After one visit the whole atlas
 * works with no network: the worker precaches every file of the build — the app's code, both bodies, the ear maps,
 * the data files and the derivation caches (about 6 MB). An update never reloads the page by itself: the app shows
 * "a new version is ready" and waits for the user (registerType 'prompt'), so a lecture is never cut.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  // the app registers the worker itself (src/state/offline.ts), after the first frame, from its own module: no
  // inline script, no extra request before the first frame
  injectRegister: false,
  includeAssets: ['icons/*.png', 'icons/*.svg'],
  manifest: {
    name: 'PointAtlas',
    short_name: 'PointAtlas',
    description:
      'Interactive 3D atlas of therapeutic body points, computed from landmarks, with honest provenance. Works offline.',
    lang: 'en',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    background_color: '#1d2528',
    theme_color: '#1d2528',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,json,glb,wasm,png,svg,webmanifest}'],
    // the derivation caches are ~1 MB each and the bodies ~0.8 MB: raise Workbox's 2 MiB default with margin
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
};
