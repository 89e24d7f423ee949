// Rasterises public/icon.svg and public/icon-maskable.svg into the PNG icons of the web manifest,
// with the system Chromium: `node scripts/render-pwa-icons.mjs`.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
});

const outputs = [
  { svg: 'icon.svg', png: 'pwa-192.png', size: 192 },
  { svg: 'icon.svg', png: 'pwa-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'maskable-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon-180.png', size: 180 },
];

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const { svg, png, size } of outputs) {
  const markup = readFileSync(new URL(`../public/${svg}`, import.meta.url), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`);
  await page.locator('svg').screenshot({ path: new URL(`../public/${png}`, import.meta.url).pathname, omitBackground: true });
}
await browser.close();
