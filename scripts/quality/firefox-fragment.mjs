// Firefox check (issue 15, defect 11): a lesson opened at a #fragment starts
// its questions at once. Firefox records no paint entry for such a load, so
// the page's after-paint scripts once waited for the 1.5 s fallback timer.
// Runs Debian's firefox-esr through puppeteer-core over WebDriver BiDi (no
// geckodriver); where Firefox is not installed it says so and skips. Chromium
// stays the test suite's browser: this checks the one engine-specific path.
//
//   node scripts/quality/firefox-fragment.mjs [dist] [base]
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serveDist } from '../serve-dist.mjs';

const BUDGET_MS = 300;
const [dist = 'dist', base = '/course/'] = process.argv.slice(2);
const firefox = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
if (!firefox) {
  console.log('Firefox check skipped: no firefox-esr here (apt-get install firefox-esr, or set FIREFOX_PATH).');
  process.exit(0);
}

const server = await serveDist({ root: dist, base });
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true, protocol: 'webDriverBiDi' });
const results = [];
try {
  for (const path of ['openers/connect-first/#practice', 'voicemail/press-zero/#practice']) {
    const page = await browser.newPage();
    // Watched from the first moment of the page, so the time does not depend on when this script asks.
    await page.evaluateOnNewDocument(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('course-question [data-controls]:not([hidden])')) return;
        window.__questionsReady = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__questionsReady !== undefined, { timeout: 5000 }).catch(() => undefined);
    // Milliseconds from the end of the load event until the first question's controls were shown (0 if before).
    const late = await page.evaluate(() => {
      const ready = window.__questionsReady;
      const loaded = performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0;
      return ready === undefined ? -1 : Math.max(0, Math.round(ready - loaded));
    });
    results.push({ path, late });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
let failed = false;
for (const { path, late } of results) {
  const ok = late >= 0 && late <= BUDGET_MS;
  failed ||= !ok;
  console.log(
    `Firefox: /${base.replace(/^\/|\/$/g, '')}/${path}: questions ${late < 0 ? 'never started within 5 s' : `started ${late} ms after load`} (budget ${BUDGET_MS} ms) ${ok ? 'ok' : 'TOO LATE'}`,
  );
}
process.exit(failed ? 1 : 0);
