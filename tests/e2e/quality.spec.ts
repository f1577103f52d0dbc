// Site-wide sweeps over every page the build publishes (the sitemap's, plus
// any built page it leaves out) and the 404 page: every page has a strict CSP,
// nothing breaks it, logs an error or fails to load, and axe finds nothing,
// light and dark.
// New pages are covered as soon as they are built.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base } from '../../playwright.config';
import { startTags } from '../../scripts/quality/links.mjs';
import { scrollThrough } from '../../scripts/quality/page-weight.mjs';
import { pagesToSweep } from '../../scripts/quality/sitemap.mjs';
import { axeViolations, useScheme } from './helpers';

// E2E_DIST: sweep a copy of a build (the server at E2E_PORT must serve the same copy).
const dist = process.env['E2E_DIST'] ?? join(import.meta.dirname, '../../dist');
const pages = pagesToSweep(dist, base);
const MISSING = 'no-such-page/';

/** Collects CSP violations, console errors, uncaught exceptions and failed requests from now on. */
function watchForTrouble(page: Page, expectedStatus: Record<string, number> = {}) {
  const trouble: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs a console error for the 404 page's own status; the response check below judges that.
    if (/status of 404/.test(message.text()) && Object.values(expectedStatus).includes(404) && message.location().url.endsWith(MISSING)) return;
    trouble.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => trouble.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => trouble.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    const expected = expectedStatus[response.url()] ?? 200;
    if (response.status() >= 400 && response.status() !== expected) trouble.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return trouble;
}

/** CSP violations as the page saw them (securitypolicyviolation events, recorded from before any script runs). */
async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.map((v) => `CSP: ${v}`));
}

test('the sweep has pages to visit', () => {
  expect(pages).toContain('');
  expect(pages.length).toBeGreaterThan(5);
});

test('every page carries a CSP that allows no inline or eval script', () => {
  const problems = [...pages.map((p) => `${p}index.html`), '404.html'].flatMap((file) => {
    const csp = startTags(readFileSync(join(dist, file), 'utf8')).find(
      (t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy',
    );
    const policy = csp?.attrs.get('content');
    if (!policy) return [`${file}: no CSP`];
    const scriptSrc =
      policy
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src ')) ?? '';
    if (!scriptSrc) return [`${file}: no script-src (default-src alone would not show intent)`];
    return ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:']
      .filter((bad) => scriptSrc.split(/\s+/).includes(bad))
      .map((bad) => `${file}: script-src allows ${bad}`);
  });
  expect(problems).toEqual([]);
});

for (const path of [...pages, MISSING]) {
  test(`no CSP violation, console error or failed request: /${path}`, async ({ page, baseURL }) => {
    const url = new URL(path, baseURL).href;
    const trouble = watchForTrouble(page, path === MISSING ? { [url]: 404 } : {});
    const cspViolations = await recordCspViolations(page);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(path === MISSING ? 404 : 200);
    // Quiz views and other lazy parts load as they scroll into view.
    await scrollThrough(page);
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    expect([...trouble, ...(await cspViolations())]).toEqual([]);
  });
}

for (const path of [...pages, MISSING]) {
  test(`axe, light and dark: /${path}`, async ({ page }) => {
    await useScheme(page, 'light');
    await page.goto(path, { waitUntil: 'networkidle' });
    // Check the upgraded page: quiz views and other lazy parts load as they scroll into view.
    // Then back to the top, as a learner arrives (a sticky header over scrolled content is not what axe should judge).
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, 0));
    // The colour scheme switches live (light-dark() tokens), so one load serves both checks.
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    expect.soft(await axeViolations(page), 'light').toEqual([]);
    await useScheme(page, 'dark');
    await expect.poll(background, { message: 'the page follows the dark scheme' }).not.toBe(light);
    expect.soft(await axeViolations(page), 'dark').toEqual([]);
  });
}
