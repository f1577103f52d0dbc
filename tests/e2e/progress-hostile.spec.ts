// Issue 15 in the browser: progress that a clumsy or hostile hand has been at.
// Each test names the defect it covers; each failed on the build before the fix.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { answerLesson, storedProgress } from './progress-driver';
import { answer, openQuestion, questionOf } from './quiz-driver';

const T = Date.UTC(2026, 10, 20, 12);

/** Stores `text` as progress once, before the first page of the test loads. */
async function seed(page: Page, text: string) {
  await page.addInitScript((stored) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('warm-open:progress', stored);
      sessionStorage.setItem('seeded', '1');
    }
  }, text);
}

const pageErrors = (page: Page) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message || String(e)));
  return errors;
};

test('defect 1: ids named "constructor" import, survive a reload and break nothing', async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto('openers/connect-first/');
  await answerLesson(page);
  await page.goto('progress/');
  const input = page.getByLabel('Import a progress file');
  await expect(input).toBeEnabled();
  const progress = {
    v: 1,
    r: 0,
    l: { constructor: { o: T, c: T, s: 5 }, 'voicemail/press-zero': { o: T, c: T + 1, s: 60 } },
    q: { constructor: [[T, 1, 1, { selected: [0] }]] },
    a: { constructor: [[T, 1, 1, 1, ['constructor']]] },
  };
  await input.setInputFiles({
    name: 'p.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'warm-open-progress', made: T, progress })),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible();
  await expect(page.getByText('2 of 10 lessons completed')).toBeVisible();
  await page.reload();
  await expect(page.getByText('2 of 10 lessons completed')).toBeVisible();
  await page.goto('openers/connect-first/');
  await expect(page.getByRole('navigation', { name: 'Course outline' }).getByRole('link', { name: /✓ \(completed\)/ })).toHaveCount(2);
  expect((await storedProgress(page))?.questions['constructor']).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('defect 2: a path of 520 slashes is stored as the page it names; a bad entry costs only itself, by name', async ({ page }) => {
  await page.goto('openers/connect-first/');
  await answerLesson(page);
  await page.goto(`openers/${'/'.repeat(520)}connect-first/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await storedProgress(page))?.lastPage?.url).toBe('/course/openers/connect-first/');
  await page.goto('progress/');
  await expect(page.getByText('1 of 10 lessons completed')).toBeVisible();
  await expect(page.getByText('Part of your saved progress could not be read')).toBeHidden();
});

test('defect 2: one unreadable entry is set aside and named; every other entry is kept', async ({ page }) => {
  const errors = pageErrors(page);
  await seed(
    page,
    JSON.stringify({ v: 1, r: 0, l: { 'openers/connect-first': { o: T, c: T + 1, s: 60 }, 'voicemail/press-zero': { o: 'yesterday', s: 0 } }, q: {}, a: {} }),
  );
  await page.goto('progress/');
  await expect(page.getByText('1 of 10 lessons completed')).toBeVisible();
  await expect(page.getByText('Part of your saved progress could not be read, so a copy was set aside (see My progress); the rest is kept.')).toBeVisible();
  const kept = page.getByRole('region', { name: 'Progress that could not be read' });
  await expect(kept).toContainText('Could not be read: the lesson "voicemail/press-zero" (expected a time).');
  // Defect 3: what was set aside can be restored; the unreadable entry stays out, and says so.
  await kept.getByRole('button', { name: 'Restore what can be read' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toContainText(
    'Left out, because it could not be read: the lesson "voicemail/press-zero"',
  );
  // The format-1 data was migrated on the way (issue 17): what is stored now is format 2.
  expect(await storedProgress(page)).toMatchObject({ version: 2, lessons: { 'openers/connect-first': { opened: T, completed: T + 1, seconds: 60 } } });
  expect(errors).toEqual([]);
});

test('defect 5: a stored "passed" flag on a score of 0 shows no certificate', async ({ page }) => {
  await seed(
    page,
    JSON.stringify({
      version: 2,
      generation: 0,
      lessons: {},
      questions: {},
      assessments: { 'final-assessment': [{ at: T, score: 0, max: 15, passed: true, questions: [] }] },
    }),
  );
  await page.goto('certificate/');
  await expect(page.getByText('Your best score in the final assessment so far is 0%.')).toBeVisible();
  await expect(page.getByRole('article')).toBeHidden();
  await page.goto('progress/');
  await expect(page.getByText(/Final assessment: best score so far 0%/)).toBeVisible();
});

test('defect 6: progress saved by a newer version is announced on every page that would save, and left as it was', async ({ page }) => {
  const newer = JSON.stringify({ v: 9, future: true });
  await seed(page, newer);
  const message = 'A newer version of this course saved your progress, so this page leaves it as it was and saves nothing.';
  for (const path of ['', 'openers/connect-first/', 'progress/']) {
    await page.goto(path);
    await expect(page.getByText(message)).toBeVisible();
  }
  await page.goto('openers/connect-first/');
  const first = page.locator('course-question').first();
  await openQuestion(page, (await questionOf(first)).id);
  await answer(page, first, true);
  const check = first.getByRole('button', { name: 'Check' });
  if (await check.isVisible()) await check.click();
  await expect(first.getByRole('status')).toContainText('✓ Right');
  expect(await page.evaluate(() => localStorage.getItem('warm-open:progress'))).toBe(newer);
});

test('defect 7: damaged data and no room to set it aside: the notice says nothing was kept or saved', async ({ page }) => {
  await seed(page, '{"v":1,"l":');
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('warm-open:progress:kept:')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto('progress/');
  await expect(page.getByText('could not be read or copied aside, so this page leaves it as it was and saves nothing')).toBeVisible();
  await expect(page.locator('[data-notice="damaged"]')).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('warm-open:progress'))).toBe('{"v":1,"l":');
});

test('defect 8: a stored last page on another site is never offered as Resume', async ({ page }) => {
  await seed(
    page,
    JSON.stringify({
      version: 2,
      generation: 0,
      lastPage: { url: '//evil.example/course/', title: 'Evil', at: T },
      lessons: { 'openers/connect-first': { opened: T, seconds: 1 } },
      questions: {},
      assessments: {},
    }),
  );
  await page.goto('progress/');
  await page.goto('');
  const start = page.locator('[data-start-link]');
  await expect(start).not.toHaveAttribute('href', /evil/);
  await expect(start).not.toContainText('Evil');
});

test('issue 17: format-1 progress from before is migrated on the first quiz page, every answer kept by option id', async ({ page }) => {
  const v1 = await readFile(new URL('../fixtures/progress-v1/stored.json', import.meta.url), 'utf8');
  await seed(page, JSON.stringify(JSON.parse(v1)));
  await page.goto('openers/connect-first/');
  await expect(page.getByRole('banner').getByRole('link', { name: /Progress/ })).toHaveAccessibleName('Progress 5/10 lessons completed');
  await expect.poll(async () => (await storedProgress(page))?.version).toBe(2);
  const stored = await storedProgress(page);
  expect(stored?.questions['last-resort-voicemail-spot']?.[0]).toMatchObject({ earned: 2, total: 2, response: { selected: ['b', 'e'] } });
  expect(Object.keys(stored?.questions ?? {})).toHaveLength(Object.keys((JSON.parse(v1) as { q: object }).q).length);
  expect(stored?.assessments['final-assessment']?.[0]).toMatchObject({ score: 15, max: 15, passed: true });
});

test('defect 12: on a phone the open outline panel sits right under the header', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('openers/connect-first/');
  await page.getByRole('button', { name: /menu|outline/i }).click();
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await expect(outline).toBeVisible();
  const headerBox = await page.getByRole('banner').boundingBox();
  const outlineBox = await outline.boundingBox();
  expect(Math.abs((outlineBox?.y ?? 0) - ((headerBox?.y ?? 0) + (headerBox?.height ?? 0)))).toBeLessThanOrEqual(1);
});
