// Build-time only: imported by vite.config.ts, never by the app.
import { readFileSync } from 'node:fs';
import { VitePWA } from 'vite-plugin-pwa';

const THEME_COLOUR = '#1f4e79';

/** The package version, plus FCO_BUILD_ID when set, so two builds of one version can be told apart. */
export function appVersion(): string {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const build = process.env.FCO_BUILD_ID;
  return build ? `${version}+${build}` : version;
}

export function pwaPlugin() {
  return VitePWA({
    registerType: 'prompt',
    // No inline script: the app registers the worker itself from src/pwa/register-service-worker.ts.
    injectRegister: false,
    includeAssets: ['favicon.svg', 'apple-touch-icon-180.png'],
    manifest: {
      name: 'Fact · Claim · Opinion',
      short_name: 'Fact·Claim·Opinion',
      description: 'Practise telling a checkable fact from an attributed claim from an opinion.',
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: THEME_COLOUR,
      background_color: '#fbfaf7',
      icons: [
        { src: '/pwa-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      // Every chunk (quiz sets and locale files are lazy JS chunks), style, icon and font.
      globPatterns: ['**/*.{js,mjs,css,html,json,svg,png,ico,webp,woff,woff2,webmanifest}'],
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Takes control of the first visit's page; an update still waits for the learner (no skipWaiting).
      clientsClaim: true,
      skipWaiting: false,
    },
  });
}
