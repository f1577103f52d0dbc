// Shared steps for the progress specs: completing a lesson's practice and
// the final assessment the way a learner does, and reading stored progress.
import { expect, type Page } from '@playwright/test';
import type { ProgressState } from '../../src/progress/state';
import { answer, feedbackOf, openQuestion, questionOf } from './quiz-driver';

/** Answers every practice question on the current lesson page (right or wrong), checking each. */
export async function answerLesson(page: Page, right = true) {
  for (const q of await page.locator('course-question').all()) {
    const question = await questionOf(q);
    await openQuestion(page, question.id);
    await answer(page, q, right);
    const check = q.getByRole('button', { name: 'Check' });
    if (await check.isVisible()) await check.click();
    await expect(feedbackOf(q)).toContainText(right ? '✓ Right' : /point/);
  }
}

/** Takes the final assessment, answering every drawn question right, and finishes it. */
export async function passAssessment(page: Page) {
  await page.goto('assessment/');
  const drawn = page.locator('course-question:visible');
  await expect(drawn).toHaveCount(15);
  for (const q of await drawn.all()) await answer(page, q, true);
  await page.getByRole('button', { name: 'Finish and see my result' }).click();
  await expect(page.getByRole('region', { name: 'Your result' })).toContainText('✓ Passed');
}

/** Stored progress, format 2 (src/progress/state.ts). */
export type StoredProgress = ProgressState;

export const storedProgress = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('warm-open:progress') ?? 'null') as unknown) as Promise<StoredProgress | null>;

/** Makes localStorage unusable, as a browser with site data blocked does. */
export const blockStorage = `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`;
