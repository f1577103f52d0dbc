// The SCORM packages in a real runtime: scorm-again (SCORM 1.2 and 2004) in
// a stand-in LMS (scorm-harness/). For each version: a learner completes
// every lesson (still incomplete: the final assessment decides) and passes
// the final assessment, and the runtime holds passed (2004: completed and
// passed), the score and suspend data; a relaunch on a browser with no
// progress of its own resumes from that suspend data alone. A failed
// assessment records its score and leaves the attempt open; an LMS that refuses commits, no LMS at all,
// unreadable suspend data and a browser that refuses storage all leave the
// learner working, told calmly. Search works inside the package, and a second
// learner on a shared browser starts from their own progress, not the first's.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { blockStorage } from './progress-driver';
import type { Cmi, Version } from './scorm-harness/driver';
import {
  LMS,
  answerLesson,
  completeEveryLesson,
  coursePath,
  launch,
  launchFrame,
  packagePath,
  recorded,
  startCourse,
  takeAssessment,
  unload,
} from './scorm-harness/driver';
import { builtCourse, NOT_BUILT, scormBuilt } from './scorm-harness/packages';
import { decodeSuspend } from '../../src/scorm/suspend-decode';

test.skip(!scormBuilt, NOT_BUILT);
const course = builtCourse();

/** Status, and the score once there is one, as the version reports them. */
function outcome(cmi: Cmi, version: Version) {
  if (version === '1.2') {
    const score = cmi.core?.score;
    return { status: cmi.core?.lesson_status, ...(score?.raw ? { raw: score.raw, min: score.min, max: score.max } : {}) };
  }
  const score = cmi.score;
  return {
    completion: cmi.completion_status,
    success: cmi.success_status,
    ...(score?.raw ? { scaled: score.scaled, raw: score.raw, min: score.min, max: score.max } : {}),
  };
}

const reported = (page: Page, version: Version) => expect.poll(async () => outcome(await recorded(page), version), { timeout: 10_000 });

/** What a relaunch gets from the LMS: the last session's suspend data, bookmark and status. */
function priorOf(cmi: Cmi, version: Version): Record<string, unknown> {
  return version === '1.2'
    ? { suspend_data: cmi.suspend_data, core: { lesson_status: cmi.core?.lesson_status, lesson_location: cmi.core?.lesson_location, entry: 'resume' } }
    : { suspend_data: cmi.suspend_data, location: cmi.location, completion_status: cmi.completion_status, success_status: cmi.success_status, entry: 'resume' };
}

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version} in scorm-again`, () => {
    test('every lesson and a pass: passed with the score; a relaunch resumes from suspend data', async ({ page, browser }) => {
      test.setTimeout(300_000);
      const course1 = await launch(page, version);
      expect(coursePath(page, version)).toBe('index.html');
      await reported(page, version).toEqual(version === '1.2' ? { status: 'incomplete' } : { completion: 'incomplete', success: 'unknown' });

      expect(await completeEveryLesson(page, course1)).toBe(course.lessons.length);
      // Not "completed" yet: Moodle would open every later launch in review, the final assessment with it.
      await reported(page, version).toEqual(version === '1.2' ? { status: 'incomplete' } : { completion: 'incomplete', success: 'unknown' });

      await takeAssessment(page, course1, true);
      await reported(page, version).toEqual(
        version === '1.2'
          ? { status: 'passed', raw: '100', min: '0', max: '100' }
          : { completion: 'completed', success: 'passed', scaled: '1', raw: '100', min: '0', max: '100' },
      );
      const cmi = await recorded(page);
      expect(cmi.suspend_data.length).toBeGreaterThan(0);
      // 10% headroom under the version's limit.
      expect(cmi.suspend_data.length).toBeLessThanOrEqual((version === '1.2' ? 4096 : 4000) * 0.9);
      console.log(`SCORM ${version}: suspend data after every lesson and a pass: ${cmi.suspend_data.length} characters`);
      expect(version === '1.2' ? cmi.core?.lesson_location : cmi.location).toBe('assessment/');

      // The LMS closes the course: session time in the version's own format; exit suspend, passed or not,
      // so the LMS keeps the record for the next launch (after "normal" a 2004 LMS starts from nothing).
      await unload(page);
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { calls: string[] }).calls.filter((c) => /Terminate|LMSFinish/.test(c)).length))
        .toBe(1);
      const written = new Map(await page.evaluate(() => (window as unknown as { sets: [string, string][] }).sets));
      const ended = await recorded(page);
      if (version === '1.2') {
        expect(written.get('cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
        expect(ended.core?.session_time).not.toBe('');
        expect(ended.core?.exit).toBe('suspend');
      } else {
        expect(written.get('cmi.session_time')).toMatch(/^PT\d+H\d+M\d+(\.\d{1,2})?S$/);
        expect(ended.session_time).not.toBe('');
        expect(ended.exit).toBe('suspend');
      }

      // Next launch, on a browser that has never seen the course: everything comes back from suspend data.
      const elsewhere = await browser.newContext();
      const page2 = await elsewhere.newPage();
      const course2 = await launch(page2, version, { prior: priorOf(cmi, version) });
      expect(coursePath(page2, version)).toBe('assessment/index.html');
      await expect(course2.getByRole('navigation', { name: 'Course outline' }).getByRole('link', { name: /\(completed\)/ })).toHaveCount(course.lessons.length);
      await expect(course2.getByRole('link', { name: /Progress/ })).toContainText(`${course.lessons.length}/${course.lessons.length}`);
      await reported(page2, version).toEqual(
        version === '1.2'
          ? { status: 'passed', raw: '100', min: '0', max: '100' }
          : { completion: 'completed', success: 'passed', scaled: '1', raw: '100', min: '0', max: '100' },
      );
      await elsewhere.close();
    });

    test('an assessment below the pass mark records its score and leaves the attempt open for a retake', async ({ page }) => {
      test.setTimeout(120_000);
      const frame = await launch(page, version);
      await takeAssessment(page, frame, false);
      await reported(page, version).toMatchObject(
        version === '1.2' ? { status: 'incomplete', max: '100' } : { completion: 'incomplete', success: 'unknown', max: '100' },
      );
      const raw = Number(outcome(await recorded(page), version).raw);
      expect(raw).toBeGreaterThanOrEqual(0);
      expect(raw).toBeLessThan(80);
      await unload(page);
      const ended = await recorded(page);
      expect(version === '1.2' ? ended.core?.exit : ended.exit).toBe('suspend');
    });

    test('an LMS that refuses progress: a calm notice, and the learner keeps their place in this browser', async ({ page }) => {
      test.setTimeout(120_000);
      const frame = await launch(page, version, { failCommits: true });
      const notice = launchFrame(page).getByRole('status');
      await expect(notice).toContainText('did not accept your latest progress');
      await expect(notice).toContainText('kept in this browser');
      await expect(notice).toContainText('reopen the course from the learning system');
      await startCourse(frame);
      await answerLesson(page, frame);
      const lesson = coursePath(page, version);
      expect(lesson).toMatch(/^openers\/[a-z-]+\/index\.html$/);

      // The LMS works again next time, but has nothing from this visit: this browser has it.
      const frame2 = await launch(page, version);
      expect(coursePath(page, version)).toBe(lesson);
      await expect(frame2.getByRole('navigation', { name: 'Course outline' }).getByRole('link', { name: /\(completed\)/ })).toHaveCount(1);
      await expect(launchFrame(page).getByRole('status')).toBeEmpty();
    });
  });
}

test('outside an LMS the launch page says so calmly, and the course works as it does on the site', async ({ page }) => {
  await page.goto(new URL(`${packagePath('2004')}scorm-launch.html`, LMS).href);
  await expect(page.getByRole('status')).toContainText('could not reach the learning system');
  const frame = page.frameLocator('iframe[data-course-frame]');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(course.pages[''] ?? '');
  await frame.getByRole('link', { name: 'Glossary' }).first().click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('status')).toBeEmpty();
});

test('a browser that refuses storage: progress still reaches the LMS, through the launch page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(blockStorage);
  const frame = await launch(page, '1.2');
  await startCourse(frame);
  await answerLesson(page, frame);
  const key = coursePath(page, '1.2').replace(/\/index\.html$/, '');
  await expect(frame.getByRole('navigation', { name: 'Course outline' }).getByRole('link', { name: /\(completed\)/ })).toHaveCount(1);
  await expect
    .poll(async () => {
      const decoded = decodeSuspend((await recorded(page)).suspend_data, course, { root: packagePath('1.2') });
      return decoded.ok ? decoded.value.state.lessons[key]?.completed !== undefined : decoded.error;
    })
    .toBe(true);
});

test('search works inside the package, and its results open files by name', async ({ page }) => {
  const frame = await launch(page, '1.2');
  await frame.getByRole('link', { name: 'Search', exact: true }).click();
  const dialog = frame.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox', { name: 'Search the course' }).fill('receptionist');
  await expect(dialog.getByRole('status')).toContainText('“receptionist”');
  const first = dialog.getByRole('list', { name: 'Search results' }).locator(':scope > li').first().getByRole('link').first();
  await expect(first).toHaveAttribute('href', /\/lms\/content\.v2\/scorm12\/voicemail\/press-zero\/index\.html\?highlight=receptionist$/);
  await first.click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(course.pages['voicemail/press-zero/'] ?? '');
  expect(coursePath(page, '1.2')).toBe('voicemail/press-zero/index.html');
});

// Issue 19: inside an LMS the page may not use the microphone, so a speaking drill times a reply said aloud, and says so.
test('a speaking drill inside the package says why it does not record and offers the timer', async ({ page }) => {
  const course = await launch(page, '1.2');
  await startCourse(course);
  const q = course.locator('course-question:has([data-drill])').first();
  await q.scrollIntoViewIfNeeded();
  await q.getByRole('button', { name: 'Start the drill' }).click();
  await expect(
    q
      .locator('[data-drill]')
      .getByRole('paragraph')
      .filter({ hasText: /^Say it aloud.*(SCORM|training system)/ }),
  ).toBeVisible();
  await expect(q.getByRole('button', { name: 'Start the timer' })).toBeVisible();
  await expect(q.getByRole('button', { name: 'Record my reply' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a second learner on the same browser does not inherit the first one’s progress', async ({ page }) => {
  test.setTimeout(120_000);
  const first = await launch(page, '2004', { learner: 'learner-a' });
  await startCourse(first);
  await answerLesson(page, first);
  const outline = (frame: typeof first) => frame.getByRole('navigation', { name: 'Course outline' }).getByRole('link', { name: /\(completed\)/ });
  await expect(outline(first)).toHaveCount(1);

  const second = await launch(page, '2004', { learner: 'learner-b' });
  expect(coursePath(page, '2004')).toBe('index.html');
  await startCourse(second);
  await expect(outline(second)).toHaveCount(0);
  await reported(page, '2004').toEqual({ completion: 'incomplete', success: 'unknown' });
  const decoded = decodeSuspend((await recorded(page)).suspend_data, course, { root: packagePath('2004') });
  expect(decoded.ok && Object.values(decoded.value.state.lessons).filter((l) => l.completed !== undefined)).toEqual([]);
});

test('suspend data this course cannot read: a calm notice, a fresh start, and it is replaced', async ({ page }) => {
  await launch(page, '1.2', { prior: { suspend_data: 'viewed=1,2,3|lastviewedslide=31', core: { entry: 'resume' } } });
  await expect(launchFrame(page).getByRole('status')).toContainText('not in a form this course can read');
  expect(coursePath(page, '1.2')).toBe('index.html');
  await expect.poll(async () => (await recorded(page)).suspend_data).toMatch(/^WO1:/);
});
