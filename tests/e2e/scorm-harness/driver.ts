// Steps for the SCORM specs: launching a package in the test LMS (server.mjs,
// harness.js) and taking the course inside it the way a learner does. The
// course runs two frames deep: LMS page › launch page › course page.
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { scormPort } from '../../../playwright.config';
import { answer, feedbackOf, questionOf, SHOW_ANSWER } from '../quiz-driver';

export type Version = '1.2' | '2004';
export const LMS = `http://localhost:${scormPort}/harness/`;
export const packagePath = (version: Version) => `/lms/content.v2/${version === '1.2' ? 'scorm12' : 'scorm2004'}/`;

/** scorm-again's CMI JSON (its own shape), as far as these tests read it. */
export interface Cmi {
  suspend_data: string;
  core?: { lesson_status: string; lesson_location: string; exit: string; session_time: string; score: { raw: string; min: string; max: string } };
  completion_status?: string;
  success_status?: string;
  progress_measure?: string;
  location?: string;
  exit?: string;
  session_time?: string;
  score?: { scaled: string; raw: string; min: string; max: string };
}

/** A learner's record in one activity, as moodle.js keeps it: each attempt's CMI values. */
export interface MoodleRecord {
  attempts: Record<string, string>[];
}

export interface LaunchOptions {
  learner?: string;
  /** CMI saved by an earlier launch: a relaunch. */
  prior?: Record<string, unknown>;
  failCommits?: boolean;
  /** Launch as Moodle does (moodle.js), from this record; read it back with moodleRecord(). */
  moodle?: MoodleRecord;
  /** Moodle's "Start a new attempt". */
  newAttempt?: boolean;
  /** The package's folder on the LMS ("scorm2004-b": the same package as a second activity). */
  activity?: string;
}

export interface MoodleLaunch {
  record: MoodleRecord;
  launched: { attempt: number; mode: string; credit: string; entry: string };
}

export const moodleRecord = (page: Page) => page.evaluate(() => (window as unknown as { moodleRecord(): MoodleLaunch }).moodleRecord());

export async function launch(page: Page, version: Version, options: LaunchOptions = {}) {
  await page.goto(LMS);
  await page.evaluate((o) => (window as unknown as { launch(o: unknown): void }).launch(o), { version, learner: 'learner-1', ...options });
  const course = courseFrame(page);
  await expect(course.locator('main')).toBeVisible();
  return course;
}

export const launchFrame = (page: Page) => page.frameLocator('#sco');
export const courseFrame = (page: Page): FrameLocator => launchFrame(page).frameLocator('iframe[data-course-frame]');

/** The address of the page the course frame shows, from the package root. */
export function coursePath(page: Page, version: Version): string {
  const frame = page.frames().find((f) => f.url().includes(packagePath(version)) && !f.url().endsWith('scorm-launch.html'));
  return frame ? new URL(frame.url()).pathname.slice(packagePath(version).length) : '';
}

export const recorded = (page: Page) => page.evaluate(() => (window as unknown as { recorded(): Cmi }).recorded());

/** The LMS closes the course (the launch page unloads, so it ends the session). */
export const unload = (page: Page) => page.evaluate(() => (window as unknown as { unload(): void }).unload());

/** Answers every practice question on the lesson in view, right, checking each. */
export async function answerLesson(page: Page, course: FrameLocator) {
  for (const q of await course.locator('course-question').all()) {
    const { id } = await questionOf(q);
    await q.scrollIntoViewIfNeeded();
    await expect(q.getByRole('button', { name: SHOW_ANSWER }), id).toBeVisible();
    await answer(page, q, true);
    const check = q.getByRole('button', { name: 'Check' });
    if (await check.isVisible()) await check.click();
    await expect(feedbackOf(q)).toContainText('✓ Right');
  }
}

/** From the home page: Start, then every lesson in turn by its Next link. Returns how many lessons. */
/** Start on the home page; waits for the first lesson (its heading), not just any page with questions. */
export async function startCourse(course: FrameLocator) {
  const heading = course.getByRole('heading', { level: 1 });
  const home = await heading.textContent();
  await course.getByRole('link', { name: /^(Start the course|Resume)/ }).click();
  await expect(heading).not.toHaveText(home ?? '');
  await expect(course.locator('[data-lesson-key]')).toBeVisible();
}

export async function completeEveryLesson(page: Page, course: FrameLocator): Promise<number> {
  const heading = course.getByRole('heading', { level: 1 });
  await startCourse(course);
  let lessons = 0;
  for (;;) {
    await expect(course.locator('[data-lesson-key]')).toBeVisible();
    await answerLesson(page, course);
    lessons++;
    const next = course.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /^Next lesson/ });
    if ((await next.count()) === 0) return lessons;
    const title = ((await next.locator('.prev-next-title').textContent()) ?? '').trim();
    await next.click();
    await expect(heading).toHaveText(title);
  }
}

/**
 * Opens the final assessment (from the outline, or the home page) unless the launch resumed on it, answers every
 * drawn question (right or wrong), finishes. Clicking its link while on it reloads it: the old page's questions then
 * pass the checks below and are gone when answered (a CI run clicked Finish on the new page with nothing answered).
 */
export async function takeAssessment(page: Page, course: FrameLocator, right: boolean) {
  const heading = course.getByRole('heading', { level: 1 });
  if ((await heading.textContent())?.trim() !== 'Final assessment') {
    await course.getByRole('link', { name: 'Final assessment' }).first().click();
    await expect(heading).toHaveText('Final assessment');
  }
  const drawn = course.locator('course-question:visible');
  await expect(drawn).toHaveCount(15);
  for (const q of await drawn.all()) await answer(page, q, right);
  await course.getByRole('button', { name: 'Finish and see my result' }).click();
  await expect(course.getByRole('region', { name: 'Your result' })).toContainText(right ? '✓ Passed' : '✗ Not passed yet');
}
