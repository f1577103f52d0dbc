import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { pageScriptsStarted, recordNetwork } from '../../scripts/quality/page-weight.mjs';

/** axe with the WCAG 2.2 AA rule set; returns violations as readable strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Check the page a learner settles on: its own scripts may still be enabling controls.
  const net = recordNetwork(page);
  await pageScriptsStarted(page);
  await net.settle();
  net.detach();
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
  // A script served from cache makes no request: measure every page as a first visit.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const net = recordNetwork(page);
  await page.goto(path, { waitUntil: 'load' });
  // A page's own scripts start after its first paint (after-paint.ts), which on a busy machine can come
  // after the network has gone quiet: wait for them to be in the page, then until nothing is in flight.
  await pageScriptsStarted(page);
  await net.settle();
  // Lazy chunks (quiz views) load as questions scroll into view.
  if (interact) {
    await interact();
    await net.settle();
  }
  const scripts = (await net.requests()).filter((r) => r.kind === 'js' && r.body).map((r) => r.body as Buffer);
  net.detach();
  await cdp.detach();
  const inline = await page.$$eval('script:not([src])', (scripts) =>
    (scripts as HTMLScriptElement[]).filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript').map((s) => s.textContent ?? ''),
  );
  return [...scripts, ...inline.map((s) => Buffer.from(s))].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
}
