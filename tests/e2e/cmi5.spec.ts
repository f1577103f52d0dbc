// The cmi5 package against a fake cmi5 LMS and LRS (cmi5-harness/), which
// validates every statement and holds it to the cmi5 rules, each by its
// requirement id: a full pass, a fail, the LRS out of reach for part of a
// session and as the page closes (statements arrive later, in order, each
// once), and a relaunch on another browser that resumes from the LRS.
import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { answerLesson, completeEveryLesson, startCourse, takeAssessment } from './scorm-harness/driver';
import { FakeCmi5Lms } from './cmi5-harness/lms';

const ZIP = new URL('../../cmi5/warm-open-cmi5.zip', import.meta.url);
const built = existsSync(ZIP);
test.skip(!built, 'the cmi5 package is not built: run `npm run build:scorm` first (npm test does)');
// One fake LMS on one port: every test of this file in one worker, in turn.
test.describe.configure({ mode: 'serial' });

let lms: FakeCmi5Lms;
test.beforeAll(async () => {
  lms = FakeCmi5Lms.fromFile(ZIP.pathname);
  await lms.start();
});
test.afterAll(async () => lms?.stop());

const verbOf = (s: Record<string, unknown>) => String((s['verb'] as { id: string }).id).replace('http://adlnet.gov/expapi/verbs/', '');
const verbs = (registration: string) => lms.statementsOf(registration).map(verbOf);
const only = (registration: string, verb: string) => lms.statementsOf(registration).filter((s) => verbOf(s) === verb);
const resultOf = (s: Record<string, unknown> | undefined) => s?.['result'] as { success?: boolean; response?: string; score?: { scaled: number } } | undefined;

/** No statement of this registration broke a rule (each violation names its cmi5 requirement id). */
function expectNoViolations(registration: string) {
  const ids = new Set(lms.statementsOf(registration).map((s) => s['id']));
  expect(lms.violations.filter((v) => ids.has(v.statement))).toEqual([]);
}

/** Statements stored once each, in the order they were made. */
function expectOrderedOnce(registration: string) {
  const list = lms.statementsOf(registration);
  expect(new Set(list.map((s) => s['id'])).size).toBe(list.length);
  const times = list.map((s) => Date.parse(String(s['timestamp'])));
  expect(times).toEqual([...times].sort((a, b) => a - b));
}

async function open(page: Page, url: string) {
  await page.goto(url);
  const course = page.frameLocator('iframe[data-course-frame]');
  await expect(course.locator('main')).toBeVisible();
  return course;
}

/** The learner leaves: the page goes, and with it the session (terminated). */
async function leave(page: Page, registration: string, sessions = 1) {
  await page.goto('about:blank');
  await expect.poll(() => only(registration, 'terminated').length, { timeout: 15_000 }).toBe(sessions);
}

test('a full pass: initialized, an answered per attempt, completed, passed with the score, terminated', async ({ page }) => {
  // Every lesson and the assessment: about 4 minutes on a shared 2-core machine.
  test.setTimeout(480_000);
  const { url, registration } = lms.launch({ masteryScore: 0.8 });
  const course = await open(page, url);
  await expect.poll(() => verbs(registration)).toEqual(['initialized']);

  const lessons = await completeEveryLesson(page, course);
  await expect.poll(() => verbs(registration)).toContain('completed');
  await takeAssessment(page, course, true);
  await expect.poll(() => verbs(registration)).toContain('passed');
  await expect(page.getByRole('status')).toContainText('counts this course as done');
  await leave(page, registration);

  const v = verbs(registration);
  expect(v[0]).toBe('initialized');
  expect(v.at(-1)).toBe('terminated');
  expect(v.filter((x) => x === 'completed')).toHaveLength(1);
  expect(v.filter((x) => x === 'passed')).toHaveLength(1);
  expect(v).not.toContain('failed');
  // Every lesson's practice and the 15 drawn questions, each attempt with its response and result.
  const answered = only(registration, 'answered');
  expect(answered.length).toBeGreaterThanOrEqual(lessons + 15);
  for (const a of answered) expect(resultOf(a)?.response).toBeTruthy();
  expect(resultOf(only(registration, 'passed')[0])?.score?.scaled).toBeGreaterThanOrEqual(0.8);
  expectOrderedOnce(registration);
  expectNoViolations(registration);
});

test('a fail: failed with the score below the mastery score as the session ends, then terminated; nothing completed', async ({ page }) => {
  test.setTimeout(120_000);
  const { url, registration } = lms.launch({ masteryScore: 0.8 });
  const course = await open(page, url);
  await takeAssessment(page, course, false);
  // Not yet: a retake in this session could still pass.
  await expect.poll(() => only(registration, 'answered').length).toBeGreaterThanOrEqual(15);
  expect(verbs(registration)).not.toContain('failed');
  await leave(page, registration);

  const v = verbs(registration);
  expect(v.slice(-2)).toEqual(['failed', 'terminated']);
  expect(v).not.toContain('passed');
  expect(v).not.toContain('completed');
  const failed = resultOf(only(registration, 'failed')[0]);
  expect(failed?.success).toBe(false);
  expect(failed?.score?.scaled).toBeLessThan(0.8);
  expectOrderedOnce(registration);
  expectNoViolations(registration);
});

test('the LRS out of reach mid-session and as the page closes: everything arrives later, in order, once', async ({ page }) => {
  test.setTimeout(180_000);
  const first = lms.launch({ masteryScore: 0.8 });
  const course = await open(page, first.url);
  await expect.poll(() => verbs(first.registration)).toEqual(['initialized']);

  lms.offline = true;
  await startCourse(course);
  await answerLesson(page, course);
  await expect(page.getByRole('status')).toContainText('cannot reach the learning record store');
  expect(verbs(first.registration)).toEqual(['initialized']);
  lms.offline = false;
  // The queue's next try (backoff) sends what waited, and says so.
  await expect.poll(() => only(first.registration, 'answered').length, { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(page.getByRole('status')).toContainText('has reached the learning record store', { timeout: 30_000 });
  // The launch page with its notice showing, and the course in its frame.
  await expectNoAxeViolations(page);
  const answeredOnline = only(first.registration, 'answered').length;

  // Out of reach again as the learner leaves: answered and terminated stay in this browser…
  lms.offline = true;
  const next = course.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /^Next lesson/ });
  await next.click();
  await answerLesson(page, course);
  await page.goto('about:blank');
  expect(verbs(first.registration)).not.toContain('terminated');
  lms.offline = false;

  // …and the next launch sends them first, before its own initialized.
  const again = lms.launch({ masteryScore: 0.8, registration: first.registration });
  await open(page, again.url);
  await expect.poll(() => only(first.registration, 'initialized').length, { timeout: 30_000 }).toBe(2);
  const v = verbs(first.registration);
  expect(v.indexOf('terminated')).toBeLessThan(v.lastIndexOf('initialized'));
  expect(only(first.registration, 'answered').length).toBeGreaterThan(answeredOnline);
  await leave(page, first.registration, 2);
  expectOrderedOnce(first.registration);
  expectNoViolations(first.registration);
});

test('a relaunch on another browser resumes from the LRS: the last page, completed lessons, nothing sent again', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const first = lms.launch({ masteryScore: 0.8 });
  const course = await open(page, first.url);
  await startCourse(course);
  await answerLesson(page, course);
  const lesson = (await course.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  await leave(page, first.registration);
  const before = verbs(first.registration);

  const elsewhere = await browser.newContext();
  const page2 = await elsewhere.newPage();
  const again = lms.launch({ masteryScore: 0.8, registration: first.registration });
  const course2 = await open(page2, again.url);
  await expect(course2.getByRole('heading', { level: 1 })).toHaveText(lesson);
  await expect(course2.getByRole('navigation', { name: 'Course outline' }).getByRole('link', { name: /\(completed\)/ })).toHaveCount(1);
  await expect.poll(() => verbs(first.registration)).toEqual([...before, 'initialized']);
  await leave(page2, first.registration, 2);
  expect(verbs(first.registration)).toEqual([...before, 'initialized', 'terminated']);
  await elsewhere.close();
  expectOrderedOnce(first.registration);
  expectNoViolations(first.registration);
});

test('Exit ends the session, then returns to the learning system’s returnURL; without one, the course closes and says so', async ({ page }) => {
  test.setTimeout(120_000);
  const back = lms.launch({ masteryScore: 0.8, returnURL: '/lms/course/12' });
  await open(page, back.url);
  await expect.poll(() => verbs(back.registration)).toEqual(['initialized']);
  const exit = page.getByRole('button', { name: 'Exit the course' });
  await expectNoAxeViolations(page);
  await exit.click();
  await expect(page).toHaveURL(`${lms.base}/lms/course/12`);
  await expect(page.getByRole('heading', { name: 'Back in the LMS' })).toBeVisible();
  await expect.poll(() => verbs(back.registration)).toEqual(['initialized', 'terminated']);
  expectNoViolations(back.registration);

  // No returnURL: nothing is left to record, so the course closes and the page says the window can go.
  const stay = lms.launch({ masteryScore: 0.8 });
  await open(page, stay.url);
  await expect.poll(() => verbs(stay.registration)).toEqual(['initialized']);
  await exit.click();
  await expect(page.getByRole('status')).toContainText('You can close this window');
  await expect(page.locator('iframe[data-course-frame]')).toHaveCount(0);
  await expect(exit).toBeHidden();
  await expect.poll(() => verbs(stay.registration)).toEqual(['initialized', 'terminated']);
  await expectNoAxeViolations(page);
  // Closing the window afterwards sends nothing more: terminated stays the last statement.
  await page.goto('about:blank');
  await expect.poll(() => lms.statementsOf(stay.registration).length).toBe(2);
  expectNoViolations(stay.registration);

  // A returnURL that is not an http(s) address is never followed.
  const hostile = lms.launch({ returnURL: 'javascript:document.title="taken"' });
  await open(page, hostile.url);
  await expect.poll(() => verbs(hostile.registration)).toEqual(['initialized']);
  await exit.click();
  await expect(page.getByRole('status')).toContainText('You can close this window');
  expect(await page.title()).not.toBe('taken');
  expect(new URL(page.url()).pathname).toMatch(/cmi5-launch\.html$/);
  await expect.poll(() => verbs(hostile.registration)).toEqual(['initialized', 'terminated']);
});

test('the learner’s sound preference: with sound off in the LMS, the spoken drill reads no line aloud, and says why', async ({ page }) => {
  test.setTimeout(120_000);
  // A device voice in every frame (headless Chromium has none), so "Hear the line" would be offered.
  await page.addInitScript(() => {
    const voice = { name: 'Test voice', lang: 'en-US', localService: true, default: true, voiceURI: 'test' };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: { getVoices: () => [voice], speak() {}, cancel() {} } });
  });
  const drill = async (audioPreference?: 'on' | 'off') => {
    const { url } = lms.launch(audioPreference ? { audioPreference } : {});
    const course = await open(page, url);
    await startCourse(course);
    const q = course.locator('course-question:has([data-drill])').first();
    await q.scrollIntoViewIfNeeded();
    await q.getByRole('button', { name: 'Start the drill' }).click();
    await expect(q.getByRole('button', { name: 'Start the timer' })).toBeVisible();
    return q;
  };
  const off = await drill('off');
  await expect(off.getByText('Your learning system has sound turned off for you')).toBeVisible();
  await expect(off.getByRole('button', { name: 'Hear the line' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  for (const preference of ['on', undefined] as const) {
    const on = await drill(preference);
    await expect(on.getByRole('button', { name: 'Hear the line' })).toBeVisible();
    await expect(on.getByText('has sound turned off')).toHaveCount(0);
  }
});
