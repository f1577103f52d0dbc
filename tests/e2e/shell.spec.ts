// The course shell as a learner meets it, under the /course/ sub-path.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, useScheme } from './helpers';

const dist = process.env['E2E_DIST'] ?? join(import.meta.dirname, '../../dist');

test('home starts the course, the outline marks the lesson, previous/next move through it', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: 'Start the course' }).click();
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  const first = await page.getByRole('heading', { level: 1 }).textContent();
  await expect(outline.locator('[aria-current="page"]')).toHaveText(first ?? '');

  await page.getByRole('link', { name: /Next lesson/ }).click();
  const second = await page.getByRole('heading', { level: 1 }).textContent();
  expect(second).not.toEqual(first);
  await expect(outline.locator('[aria-current="page"]')).toHaveText(second ?? '');

  await page.getByRole('link', { name: /Previous lesson/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first ?? '');

  await outline.getByRole('link', { name: second ?? '' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second ?? '');
});

test('the theme choice persists across a reload and applies before paint', async ({ page }) => {
  await page.goto('');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(theme).toHaveValue('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 19, 15)');
  await theme.selectOption('system');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test('the menu opens and closes by keyboard and returns focus', async ({ page }) => {
    await page.goto('');
    await page.getByRole('link', { name: 'Start the course' }).click();
    const menu = page.getByRole('button', { name: 'Menu' });
    const outline = page.getByRole('navigation', { name: 'Course outline' });
    await expect(outline).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(outline).toBeVisible();
    await expect(outline.locator('[aria-current="page"]')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(outline).toBeHidden();
    await expect(menu).toBeFocused();
    await page.keyboard.press('Space');
    await expect(outline).toBeVisible();
    // Tabbing out of the open panel closes it, so focus never hides behind it.
    await outline.getByRole('link').last().focus();
    await page.keyboard.press('Tab');
    await expect(outline).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  for (const path of ['', 'start/']) {
    test(`nothing overflows 375px: /${path}`, async ({ page }) => {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(375);
    });
  }

  test('nothing overflows 375px on any lesson', async ({ page }) => {
    await page.goto('');
    const lessons = await page.locator('.module-card[id^="module-"] .lesson-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(lessons.length).toBeGreaterThan(1);
    for (const href of lessons) {
      await page.goto(href);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), href).toBeLessThanOrEqual(375);
    }
  });
});

test.describe('on a phone without JavaScript', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, javaScriptEnabled: false });

  test('the outline follows the lesson, in full view, and no menu button promises what cannot open', async ({ page }) => {
    await page.goto('openers/connect-first/');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    const outline = page.getByRole('navigation', { name: 'Course outline' });
    await outline.scrollIntoViewIfNeeded();
    await expect(outline).toBeVisible();
    const current = outline.locator('[aria-current="page"]');
    await expect(current).toBeVisible();
    // Below the lesson's text, not above it: a reader meets the lesson first.
    const article = await page.getByRole('main').locator('h1').boundingBox();
    const placed = await outline.boundingBox();
    expect(placed && article && placed.y > article.y + article.height).toBe(true);
    const next = outline
      .getByRole('link')
      .filter({ hasNot: page.locator('[aria-current]') })
      .first();
    const href = await next.getAttribute('href');
    await next.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
});

test('an unknown URL gets the 404 page', async ({ page }) => {
  const response = await page.goto('no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/couldn.t find that page/);
  await page.getByRole('link', { name: 'Go to the course home' }).click();
  await expect(page.getByRole('link', { name: 'Start the course' })).toBeVisible();
});

test('the sitemap lists every lesson, under the base path', async ({ page, request }) => {
  await page.goto('');
  const lessons = await page.locator('.module-card[id^="module-"] .lesson-list a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  const index = await (await request.get('sitemap-index.xml')).text();
  const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)?.[1] ?? '';
  const sitemap = await (await request.get(new URL(sitemapUrl).pathname.replace('/course/', ''))).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(lessons.length).toBeGreaterThan(1);
  for (const lesson of lessons) expect(listed).toContain(lesson);
  expect(listed.every((p) => p.startsWith('/course/'))).toBe(true);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: home, a lesson and the 404 page have no violations (${scheme})`, async ({ page }) => {
    await useScheme(page, scheme);
    for (const path of ['', 'start/', 'no-such-page/']) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    await page.goto('');
    await page.getByRole('link', { name: 'Start the course' }).click();
    await expectNoAxeViolations(page);
  });
}

test.describe('a slow connection on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  // A page paints as its HTML arrives, as a plain page does: nothing holds the first paint back. The
  // HTML here stops in the middle of the header (before the theme select's options) for a while, as a slow network
  // can; the first paint then shows a half-parsed header, and nothing seen may move once the rest comes.
  test('a first paint in the middle of the header moves nothing once seen', async ({ page }) => {
    const path = '/course/openers/connect-first/';
    const html = readFileSync(join(dist, 'openers/connect-first/index.html'), 'utf8');
    const cut = html.indexOf('<option value="system">');
    expect(cut, 'the header has its theme select').toBeGreaterThan(0);
    const pause = 800;
    const server = createServer((request, response) => {
      if (request.url !== path) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.write(html.slice(0, cut));
      setTimeout(() => response.end(html.slice(cut)), pause);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: number };
        w.shifts = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.shifts += (e as unknown as { value: number }).value))).observe({
          type: 'layout-shift',
          buffered: true,
        });
      });
      const started = Date.now();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
      expect(Date.now() - started, 'the rest of the page came after the pause').toBeGreaterThanOrEqual(pause);
      const firstPaint = await page.evaluate(() => performance.getEntriesByName('first-paint')[0]?.startTime ?? Infinity);
      expect(firstPaint, 'the half-parsed page painted before the rest came').toBeLessThan(pause);
      await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    } finally {
      server.close();
    }
  });
});
