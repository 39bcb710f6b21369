// Renders the page's PNG icons from its SVGs (web/public/icons/) in Debian's Chromium.
// Run after changing an SVG: node scripts/make-icons.mjs. The PNGs are committed, so the build
// itself needs no browser.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../web/public/icons/', import.meta.url));
const icons = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  // iOS rounds the corners itself, so the touch icon is the full-bleed one.
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const { svg, png, size } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const markup = fs.readFileSync(dir + svg, 'utf8');
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(markup).toString('base64')}"></body></html>`,
    );
    await page.screenshot({ path: dir + png, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
