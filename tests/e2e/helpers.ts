import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { pageScriptsStarted } from '../../scripts/quality/page-weight.mjs';

/** axe with the WCAG 2.2 AA rule set; returns violations as readable strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Check the page a learner settles on: its own scripts may still be enabling controls.
  await pageScriptsStarted(page);
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** Emulate a colour scheme and wait for styles to settle. */
export async function useScheme(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
}

/**
 * Gzip size of all JavaScript a page runs: external scripts it fetched plus
 * inline scripts in its HTML. Counts every script, not just ours. Each file is
 * gzipped on its own at level 9, a close stand-in for what a server sends.
 */
export async function javascriptGzipBytes(page: Page, path: string, interact?: () => Promise<void>): Promise<number> {
  const pending: Promise<Buffer>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    const redirect = response.status() >= 300 && response.status() < 400;
    if (response.request().resourceType() === 'script' && !redirect) pending.push(response.body());
  };
  page.on('response', onResponse);
  // A script served from cache fires no response here: measure every page as a first visit.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(path, { waitUntil: 'networkidle' });
  // Lazy chunks (quiz views) load as questions scroll into view.
  if (interact) {
    await interact();
    await page.waitForLoadState('networkidle');
  }
  page.off('response', onResponse);
  await cdp.detach();
  const bodies = await Promise.all(pending);
  const inline = await page.$$eval('script:not([src])', (scripts) =>
    (scripts as HTMLScriptElement[]).filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript').map((s) => s.textContent ?? ''),
  );
  return [...bodies, ...inline.map((s) => Buffer.from(s))].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
}
