// Screenshots of built pages at phone and desktop widths, light and dark, for
// looking at what we ship: node scripts/screenshots.mjs <baseURL> <outDir> <path>...
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from './browser.mjs';

const [baseURL = 'http://localhost:4321/course/', outDir = 'screenshots', ...paths] = process.argv.slice(2);
const browser = await chromium.launch(browserLaunchOptions());
const sizes = { phone: { width: 375, height: 812 }, desktop: { width: 1366, height: 900 } };
for (const path of paths.length ? paths : ['']) {
  for (const [device, viewport] of Object.entries(sizes)) {
    for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(new URL(path, baseURL).href, { waitUntil: 'networkidle' });
      const name = `${outDir}/${(path || 'home').replace(/[^a-z0-9]+/gi, '_')}-${device}-${colorScheme}.png`;
      await page.screenshot({ path: name, fullPage: device === 'phone' ? false : true });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
