// A question's data comes from its quiz's JSON file (quiz-data/<id>.json),
// fetched after the page has painted: a question must still work when that
// file arrives late, and say so calmly, offering to try again, when it cannot
// be loaded at all. Answers come from the authored YAML.
import { expect, test, type Page } from '@playwright/test';
import { answer, loadQuiz, SHOW_ANSWER } from './quiz-driver';

const LESSON = 'openers/connect-first/';
const DATA = '**/quiz-data/connect-first.json';
const first = loadQuiz('connect-first').questions[0]!;

/** Page errors (uncaught exceptions, rejected promises): the page must raise none. */
function pageErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('a question whose data arrives late shows it is loading, takes no click, then works; one fetch serves the quiz', async ({ page }) => {
  const errors = pageErrors(page);
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  let fetches = 0;
  await page.route(DATA, async (route) => {
    fetches += 1;
    await held;
    await route.continue();
  });
  await page.goto(`${LESSON}#practice`);
  const q = page.locator(`[id="q-${first.id}"]`);
  await expect(q.getByRole('status')).toHaveText('Loading this question…');
  // Nothing can be picked yet, so no pick is taken and then lost.
  for (const input of await q.locator('input, textarea').all()) await expect(input).toBeDisabled();
  await expect(q.getByRole('button', { name: 'Check' })).toBeHidden();

  release();
  await expect(q.getByRole('button', { name: SHOW_ANSWER })).toBeVisible();
  await expect(q.getByRole('status')).toHaveText('');
  await answer(page, q, true);
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.getByRole('status')).toContainText('✓ Right');
  // The data file leaves the explanation out; the question reads it from its own answer (src/quiz/page-text.ts), label aside.
  await expect(q.getByRole('status')).toContainText(first.explanation);
  await expect(q.getByRole('status')).not.toContainText('Why:');

  // Every other question of the quiz upgrades from the same response.
  for (const other of await page.locator('course-question').all()) {
    await other.scrollIntoViewIfNeeded();
    await expect(other.getByRole('button', { name: SHOW_ANSWER })).toBeVisible();
  }
  expect(fetches).toBe(1);
  expect(errors).toEqual([]);
});

test('a question whose data cannot load says so calmly, keeps its answer readable, and loads on request', async ({ page }) => {
  const errors = pageErrors(page);
  await page.route(DATA, (route) => route.abort('internetdisconnected'));
  await page.goto(`${LESSON}#practice`);
  const q = page.locator(`[id="q-${first.id}"]`);
  await expect(q.getByRole('status')).toContainText('This question could not load');
  await expect(q.getByRole('status')).toContainText('Your progress is safe.');
  const again = q.getByRole('button', { name: 'Try loading again' });
  await expect(again).toBeVisible();
  // The answer a reader without JavaScript gets is still there to open.
  await q.getByText('Show the answer').click();
  await expect(q.locator('details[data-answer]')).toHaveAttribute('open', '');
  await expect(q.getByText(first.explanation)).toBeVisible();

  await page.unroute(DATA);
  await again.click();
  await expect(again).toBeHidden();
  await expect(q.getByRole('status')).toBeFocused();
  await expect(q.getByRole('button', { name: SHOW_ANSWER })).toBeVisible();
  await answer(page, q, true);
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.getByRole('status')).toContainText('✓ Right');
  expect(errors).toEqual([]);
});
