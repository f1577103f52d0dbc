import { chromium } from '@playwright/test';
import { browserLaunchOptions } from './scripts/browser.mjs';
const browser = await chromium.launch(browserLaunchOptions());
const page = await browser.newPage();
await page.goto('http://localhost:4390/course/openers/connect-first/', { waitUntil: 'networkidle' });
await page.keyboard.press('Control+k');
await page.keyboard.type('receptionist');
await page.getByRole('status').filter({ hasText: 'results for' }).waitFor();
await page.waitForLoadState('networkidle');
const times = [];
for (const q of ['magic wand', 'ladder', 'voicemail', 'glossary', 'face to face', 'brush-off']) {
  await page.getByRole('searchbox').fill('');
  await page.evaluate((q) => {
    let last = 0;
    document.addEventListener('keydown', () => (last = performance.now()), true);
    const status = document.querySelector('.search-dialog [data-search-status]');
    window.t = new Promise((resolve) => new MutationObserver(() => status.textContent?.includes(`“${q}”`) && resolve(performance.now() - last)).observe(status, { childList: true, characterData: true, subtree: true }));
  }, q);
  await page.keyboard.type(q, { delay: 30 });
  times.push(Math.round(await page.evaluate(() => window.t)));
}
console.log(times.join(' '));
await browser.close();
