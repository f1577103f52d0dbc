// Quiz pages as a whole: without JavaScript, under axe in three states, the
// final assessment end to end, and the JavaScript budget of the heaviest page.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, javascriptGzipBytes, useScheme } from './helpers';
import { answer, feedbackOf, questionOf, SHOW_ANSWER } from './quiz-driver';

async function pagesWithQuizzes(page: Page): Promise<string[]> {
  await page.goto('');
  const lessons = await page.locator('.module-card[id^="module-"] .lesson-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...lessons, 'assessment/'];
}

async function upgradeAll(page: Page) {
  for (const q of await page.locator('course-question:visible').all()) {
    await q.scrollIntoViewIfNeeded();
    await expect(q.locator('[data-answer]')).toBeHidden();
  }
}

/**
 * Every question on the page upgraded, hidden ones included: the final
 * assessment shows a random draw of its pool, and weighing only the drawn
 * questions' views measured anything from 14,332 to 14,889 B for one build.
 * Its worst case, every kind in the pool loaded, is what a learner's draw can cost.
 */
async function loadEveryView(page: Page) {
  const failed = await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('course-question')].map((q) =>
        (q as HTMLElement & { upgrade(): Promise<unknown> }).upgrade().then(
          () => 0,
          () => 1,
        ),
      ),
    ).then((results) => results.reduce((a: number, b: number) => a + b, 0)),
  );
  expect(failed, 'every question upgrades').toBe(0);
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every quiz page shows its questions, with answers behind <details>', async ({ page }) => {
    // Every question of every page, the final pool's 52 included: well past the default 30 s on a shared machine.
    test.setTimeout(120_000);
    const paths = await pagesWithQuizzes(page);
    expect(paths.length).toBeGreaterThanOrEqual(11);
    for (const path of paths) {
      await page.goto(path);
      const questions = page.locator('course-question');
      const count = await questions.count();
      expect(count, path).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const q = questions.nth(i);
        await expect(q.locator('.question-prompt')).toBeVisible();
        await expect(q.getByRole('button', { name: /Check|Show solution/ })).toHaveCount(0);
        const details = q.locator('details[data-answer]');
        await expect(details).toBeVisible();
        await expect(details.locator('.answer-explanation')).toBeHidden();
      }
      const first = questions.first().locator('details[data-answer]');
      await first.locator('summary').click();
      await expect(first.locator('.answer-explanation')).toBeVisible();
    }
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: a quiz page fresh, answered wrong, and with solutions shown (${scheme})`, async ({ page }) => {
    // Six axe runs over two pages whose practice now holds dialogues of several steps each.
    test.setTimeout(120_000);
    await useScheme(page, scheme);
    for (const path of ['openers/face-to-face-test/', 'voicemail/press-zero/']) {
      await page.goto(path);
      await upgradeAll(page);
      await expectNoAxeViolations(page);
      for (const q of await page.locator('course-question').all()) {
        await answer(page, q, false);
        const check = q.getByRole('button', { name: 'Check' });
        if (await check.isVisible()) await check.click();
        await expect(feedbackOf(q)).toContainText(/point/);
      }
      await expectNoAxeViolations(page);
      for (const q of await page.locator('course-question').all()) await q.getByRole('button', { name: SHOW_ANSWER }).click();
      await expectNoAxeViolations(page);
    }
  });
}

test('final assessment: 15 drawn, all right passes; unanswered is named; a fresh draw starts clean', async ({ page }) => {
  await page.goto('assessment/');
  const visible = page.locator('course-question:visible');
  await expect(visible).toHaveCount(15);
  await expect(page.getByText(/15 questions drawn from a pool of \d+/)).toBeVisible();
  await page.getByRole('button', { name: 'Finish and see my result' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'before you finish' })).toContainText('Answer questions 1, 2, 3');
  const drawn = await Promise.all((await visible.all()).map(async (q) => (await questionOf(q)).id));
  for (const q of await visible.all()) await answer(page, q, true);
  await page.getByRole('button', { name: 'Finish and see my result' }).click();
  const result = page.getByRole('region', { name: 'Your result' });
  await expect(result).toBeFocused();
  await expect(result).toContainText('✓ Passed: 15 of 15 (100%). The pass mark is 80%.');
  await expect(result.getByRole('listitem')).toHaveCount(15);
  await expect(visible.first().getByRole('status')).toContainText('✓ Right');

  await page.getByRole('button', { name: 'Try again with a fresh draw' }).click();
  await expect(result).toBeHidden();
  await expect(visible).toHaveCount(15);
  const redrawn = await Promise.all((await visible.all()).map(async (q) => (await questionOf(q)).id));
  expect(redrawn).not.toEqual(drawn);
  await expect(visible.first().getByRole('status')).toBeEmpty();
});

test('final assessment: all answered wrong does not pass', async ({ page }) => {
  await page.goto('assessment/');
  await expect(page.locator('course-question:visible')).toHaveCount(15);
  for (const q of await page.locator('course-question:visible').all()) await answer(page, q, false);
  await page.getByRole('button', { name: 'Finish and see my result' }).click();
  await expect(page.getByRole('region', { name: 'Your result' })).toContainText('✗ Not passed yet');
});

test('the heaviest quiz page ships at most 12 KB + 3 KB (progress) gzip of JavaScript', async ({ page }) => {
  test.setTimeout(120_000);
  const paths = await pagesWithQuizzes(page);
  let heaviest = { path: '', bytes: 0 };
  for (const path of paths) {
    const bytes = await javascriptGzipBytes(page, path, () => loadEveryView(page));
    if (bytes > heaviest.bytes) heaviest = { path, bytes };
  }
  console.log(`Heaviest quiz page: /course/${heaviest.path}, ${heaviest.bytes} bytes of JS gzip`);
  // 12 KB for the quizzes (quiz issue) plus the 3 KB the progress issue allows its code on every page.
  expect(heaviest.bytes).toBeLessThanOrEqual((12 + 3) * 1024);
});
