// Spoken call drills (issue 19) in Chromium, the way a learner uses them. A
// fake microphone plays tests/fixtures/speech/reply.wav (5.69 s of espeak-ng):
// the learner records, hears it back, finishes the drill, ticks the rubric,
// and the self-assessed result reaches progress and the completion report.
// With the microphone refused the drill falls back to a timer and says why.
// Transcripts: without on-device recognition the drill says why; with a fake
// recogniser each reply shows what was heard, its pace and fillers. Keep
// stores recordings in IndexedDB until Delete; blocked storage is said calmly.
// Nothing leaves the page during a drill, and the drill's code is fetched only
// on Start. axe is clean with the drill open, recording and finished.
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page, type Request } from '@playwright/test';
import { browserLaunchOptions } from '../../scripts/browser.mjs';
import { expectNoAxeViolations, useScheme } from './helpers';
import { answer, openQuestion, questionOf, sayEveryLine } from './quiz-driver';
import { storedProgress } from './progress-driver';
import type { QuestionByKind } from '../../src/quiz/schema';

const wav = fileURLToPath(new URL('../fixtures/speech/reply.wav', import.meta.url));
/** reply.wav: 91,051 frames at 16 kHz (python3 wave), see tests/fixtures/speech/README.md. */
const WAV_SECONDS = 91_051 / 16_000;
const LESSON = 'openers/connect-first/';
const launch = browserLaunchOptions();
const fakeMicrophone = ['--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}%noloop`, '--autoplay-policy=no-user-gesture-required'];

/** The lesson's speaking drill, scrolled into view and upgraded. */
async function openDrillQuestion(page: Page): Promise<{ q: Locator; question: QuestionByKind['speak'] }> {
  const q = page.locator('course-question:has([data-drill])').first();
  const question = (await questionOf(q)) as QuestionByKind['speak'];
  await openQuestion(page, question.id);
  return { q, question };
}

/** Seconds in the drill's own words: "Your reply: 4.6 seconds". */
async function replySeconds(q: Locator, n = 0): Promise<number> {
  const text =
    (await q
      .getByText(/^Your reply: [\d.]+ seconds$/)
      .nth(n)
      .textContent()) ?? '';
  return Number(/([\d.]+) seconds/.exec(text)?.[1]);
}

/** Records one reply from the fake microphone for `seconds`, by the clock from the press of Record. */
async function recordFor(q: Locator, seconds: number) {
  // Stop is pressed in the page, a set time after the drill says it records: a round trip from the
  // test to the page on a busy machine would add its own delay to the length measured.
  await q.evaluate((root, ms) => {
    const drill = root.querySelector('[data-drill]')!;
    new MutationObserver((_, observer) => {
      const status = [...drill.querySelectorAll('[role="status"]')].find((el) => el.textContent === 'Recording.');
      if (!status) return;
      observer.disconnect();
      setTimeout(() => [...drill.querySelectorAll('button')].find((b) => b.textContent === 'Stop recording')?.click(), ms);
    }).observe(drill, { subtree: true, childList: true, characterData: true });
  }, seconds * 1000);
  await q.getByRole('button', { name: 'Record my reply' }).click();
  await expect(q.getByRole('timer')).toHaveText(/^0:0\d of about 0:\d\d$/);
  await expect(q.getByRole('status').filter({ hasText: /^Recorded [\d.]+ seconds\.$/ })).toBeVisible({ timeout: (seconds + 10) * 1000 });
}

const sameOrigin = (page: Page, r: Request) => {
  const url = new URL(r.url());
  return url.protocol === 'blob:' || url.protocol === 'data:' || url.origin === new URL(page.url()).origin;
};
const scripts = (requests: Request[]) => requests.filter((r) => r.resourceType() === 'script').map((r) => r.url());

// Every test here has the fake microphone; consent is the context's microphone permission, not
// --use-fake-ui-for-media-stream: that flag says yes even where the site's permission is denied,
// and the refusal test below needs a real no.
test.use({ launchOptions: { ...launch, args: [...launch.args, ...fakeMicrophone] }, permissions: ['microphone'] });

test.describe('with a microphone (a fake one playing reply.wav)', () => {
  test('record, play back, finish, tick: the length matches the WAV, and the result is in progress and the report', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    // An assignment of this lesson's practice, so the completion report can be made at the end.
    await page.goto('assign/');
    await page.getByLabel("Trainee's name").fill('Sam Okafor');
    await page.getByRole('checkbox', { name: 'Practice: connect first' }).check();
    await page.getByRole('button', { name: 'Create the link' }).click();
    await page.goto(await page.getByLabel('Link to the assignment').inputValue());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assignment for Sam Okafor');

    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    await page.goto(`${LESSON}#practice`);
    const { q, question } = await openDrillQuestion(page);
    // Every question's view has loaded: a script fetched after Start can only be the drill's own code
    // (import('./drill') makes no request if the page already had it).
    await page.waitForLoadState('networkidle');
    const onLoad = scripts(requests);
    const fromStart = requests.length;

    await q.getByRole('button', { name: 'Start the drill' }).click();
    await expect(q.getByText(/^Nothing you say leaves this device/)).toBeVisible();
    await expect(q.getByText(`Line 1 of ${question.turns.length}`)).toBeVisible();
    await expect(q.locator('[data-turns] li[aria-current="step"]')).toHaveCount(1);
    await recordFor(q, WAV_SECONDS);
    const measured = await replySeconds(q);
    testInfo.annotations.push({ type: 'recorded', description: `${measured} s shown for a ${WAV_SECONDS.toFixed(3)} s WAV` });
    console.log(`speak: recorded ${measured} s shown for a ${WAV_SECONDS.toFixed(3)} s WAV`);
    expect(Math.abs(measured - WAV_SECONDS), `recorded ${measured} s of a ${WAV_SECONDS.toFixed(2)} s WAV`).toBeLessThanOrEqual(0.5);

    // Playback: the learner presses play on "Your reply 1" and it plays.
    const playback = q.getByLabel('Your reply 1');
    await expect(playback).toHaveJSProperty('controls', true);
    // Its metadata first (a recording is a blob: URL the element reads), then play, as the play button does.
    await expect.poll(() => playback.evaluate((a: HTMLAudioElement) => (a.error ? `error ${a.error.code}: ${a.error.message}` : a.readyState >= 1))).toBe(true);
    await playback.evaluate((a: HTMLAudioElement) => a.play());
    await expect.poll(() => playback.evaluate((a: HTMLAudioElement) => !a.paused || a.currentTime > 0)).toBe(true);
    await playback.evaluate((a: HTMLAudioElement) => a.pause());
    await expect(q.getByRole('button', { name: 'Delete my recordings' })).toBeVisible();

    let total = measured;
    for (let line = 2; line <= question.turns.length; line++) {
      await q.getByRole('button', { name: 'Next line' }).click();
      await expect(q.getByText(`Line ${line} of ${question.turns.length}`)).toBeVisible();
      await recordFor(q, 1.2);
      total += await replySeconds(q, line - 1);
    }
    await q.getByRole('button', { name: 'Finish the drill' }).click();
    const replies = question.turns.length === 1 ? '1 reply' : `${question.turns.length} replies`;
    await expect(q.getByText(new RegExp(`^Done: ${replies}, [\\d.]+ seconds in all\\. Now tick what you did, then Check\\.$`))).toBeVisible();

    // Nothing left the page from Start to Finish; the drill's code came only after Start.
    const during = requests.slice(fromStart);
    expect(during.filter((r) => !sameOrigin(page, r)).map((r) => r.url())).toEqual([]);
    const drillCode = scripts(during).filter((url) => !onLoad.includes(url));
    expect(drillCode.length, 'a script fetched on Start').toBeGreaterThan(0);

    const boxes = q.locator('[data-rubric]').getByRole('checkbox');
    for (const box of await boxes.all()) await box.check();
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(q.getByRole('status').filter({ hasText: '✓ Right' })).toBeVisible();

    const attempts = (await storedProgress(page))?.questions[question.id] ?? [];
    const latest = attempts.at(-1) as { earned: number; total: number; response: { ticked: string[]; seconds: number; mode: string } } | undefined;
    expect(latest?.response.mode).toBe('recorded');
    expect(latest?.response.ticked.sort()).toEqual(question.rubric.map((r) => r.id).sort());
    expect(Math.abs((latest?.response.seconds ?? 0) - total)).toBeLessThanOrEqual(0.5);
    expect(latest?.earned).toBe(latest?.total);

    // The rest of the lesson, then the completion report, which says the drill was self-assessed.
    for (const other of await page.locator('course-question').all()) {
      const { id } = await questionOf(other);
      if (id === question.id) continue;
      await openQuestion(page, id);
      await answer(page, other, true);
      const check = other.getByRole('button', { name: 'Check' });
      if (await check.isVisible()) await check.click();
    }
    await page.goto('assignment/');
    await expect(page.getByText('1 of 1 done')).toBeVisible();
    await page.getByRole('link', { name: 'Open your completion report' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report file' }).click()]);
    const reportPath = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(reportPath);
    await page.goto('check-report/');
    // The picker is enabled once the page's script (which starts after the first paint) is ready.
    await expect(page.getByLabel('Report file')).toBeEnabled();
    await page.getByLabel('Report file').setInputFiles(reportPath);
    // The drill's answer in the check's list: its lines (describe.ts) and the verdict that its score matches.
    const said = page
      .locator('.check-answers li')
      .filter({ hasText: 'Said it aloud (recorded on their device)' })
      .filter({ hasText: 'Self-assessed, says it did:' });
    await expect(said).toContainText('✓ Matches');
    await expect(said).toContainText(question.rubric[0]!.label);
  });

  test('axe: no violations with the drill open, recording and finished, light and dark', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${LESSON}#practice`);
    const { q, question } = await openDrillQuestion(page);
    await q.getByRole('button', { name: 'Start the drill' }).click();
    for (const scheme of ['light', 'dark'] as const) {
      await useScheme(page, scheme);
      await expectNoAxeViolations(page);
    }
    await q.getByRole('button', { name: 'Record my reply' }).click();
    await expect(q.getByRole('button', { name: 'Stop recording' })).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await useScheme(page, scheme);
      await expectNoAxeViolations(page);
    }
    await q.getByRole('button', { name: 'Stop recording' }).click();
    await q.getByRole('button', { name: question.turns.length > 1 ? 'Next line' : 'Finish the drill' }).click();
    if (question.turns.length > 1) await sayEveryLine(page, q, question.turns.length - 1);
    await expect(q.getByText(/^Done: /)).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await useScheme(page, scheme);
      await expectNoAxeViolations(page);
    }
  });
});

test.describe('transcripts and kept recordings', () => {
  test('where the browser makes no on-device transcript, the drill says why and works without one', async ({ page }) => {
    await page.goto(`${LESSON}#practice`);
    const { q } = await openDrillQuestion(page);
    await q.getByRole('button', { name: 'Start the drill' }).click();
    await expect(q.getByText(/^No transcript: .+\. The drill works the same without one\.$/)).toBeVisible();
    await recordFor(q, 1.5);
    await expect(q.getByText(/^Your reply: [\d.]+ seconds$/)).toBeVisible();
    await expect(q.getByText('Making the transcript on this device…')).toHaveCount(0);
  });

  test('with on-device recognition installed on request (a fake recogniser), each reply shows what was heard, its pace and fillers', async ({ page }) => {
    // A stand-in for Chromium's on-device SpeechRecognition: English can be installed for local use
    // (as a fresh Chromium says), then is available; it hears one sentence from the track it is
    // given, and ends when stopped.
    await page.addInitScript(() => {
      const seen: { processLocally: boolean; track: string }[] = [];
      (window as unknown as { recognitions: typeof seen }).recognitions = seen;
      class Recognition extends EventTarget {
        lang = '';
        continuous = false;
        interimResults = true;
        processLocally = false;
        static installed = false;
        static available = async ({ processLocally }: { processLocally: boolean }) =>
          !processLocally ? 'unavailable' : Recognition.installed ? 'available' : 'downloadable';
        static install = async () => (Recognition.installed = true);
        start(track?: MediaStreamTrack) {
          seen.push({ processLocally: this.processLocally, track: `${track?.kind} ${track?.readyState}` });
          setTimeout(() => {
            const results = [{ isFinal: true, 0: { transcript: "um hi Omar it's Elif from Fieldline you know how is your week going" } }];
            this.dispatchEvent(Object.assign(new Event('result'), { results }));
          }, 300);
        }
        stop() {
          setTimeout(() => this.dispatchEvent(new Event('end')), 50);
        }
      }
      Object.assign(window, { SpeechRecognition: Recognition });
    });
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    await page.goto(`${LESSON}#practice`);
    const { q } = await openDrillQuestion(page);
    await q.getByRole('button', { name: 'Start the drill' }).click();
    await expect(
      q.getByText('No transcript: English speech recognition is not installed on this device yet. The drill works the same without one.'),
    ).toBeVisible();
    await q.getByRole('button', { name: 'Install English speech recognition on this device' }).click();
    await expect(q.getByRole('status').filter({ hasText: 'Installed: your next reply gets a transcript.' })).toBeVisible();
    await expect(q.getByText('Each reply gets a transcript, made on this device, with your pace and filler words.')).toBeVisible();
    await expect(q.getByRole('button', { name: /^Install English/ })).toBeHidden();
    await recordFor(q, 3);
    await expect(q.getByText("What the transcript heard: “um hi Omar it's Elif from Fieldline you know how is your week going”")).toBeVisible();
    await expect(q.getByText(/^\d+ words a minute \(an unhurried phone pace is about 150\); fillers: um \(1\), you know \(1\)\.$/)).toBeVisible();
    await expect(q.getByText('The transcript has no punctuation, so your questions were not counted.')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { recognitions: unknown[] }).recognitions)).toEqual([{ processLocally: true, track: 'audio live' }]);
    for (const scheme of ['light', 'dark'] as const) {
      await useScheme(page, scheme);
      await expectNoAxeViolations(page);
    }
    expect(requests.filter((r) => !sameOrigin(page, r)).map((r) => r.url())).toEqual([]);
  });

  test('Keep stores the recordings on this device until Delete', async ({ page }) => {
    await page.goto(`${LESSON}#practice`);
    let { q } = await openDrillQuestion(page);
    await q.getByRole('button', { name: 'Start the drill' }).click();
    await recordFor(q, 1.5);
    await q.getByRole('button', { name: 'Keep my recordings on this device' }).click();
    await expect(q.getByRole('status').filter({ hasText: /^Kept on this device/ })).toBeVisible();

    await page.reload();
    ({ q } = await openDrillQuestion(page));
    await q.getByRole('button', { name: 'Start the drill' }).click();
    await expect(q.getByText('Kept on this device from an earlier attempt:')).toBeVisible();
    const kept = q.getByLabel('Kept reply 1');
    await expect.poll(() => kept.evaluate((a: HTMLAudioElement) => (a.error ? `error ${a.error.code}` : a.readyState >= 1))).toBe(true);
    await q.getByRole('button', { name: 'Delete my recordings' }).click();
    await expect(q.getByRole('status').filter({ hasText: 'Your recordings are deleted.' })).toBeVisible();
    await expect(kept).toHaveCount(0);

    await page.reload();
    ({ q } = await openDrillQuestion(page));
    await q.getByRole('button', { name: 'Start the drill' }).click();
    await expect(q.getByText(/^Line 1 of/)).toBeVisible();
    const stored = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('warm-open-recordings', 1);
          open.onsuccess = () => {
            const get = open.result.transaction('drills').objectStore('drills').count();
            get.onsuccess = () => resolve(get.result);
          };
        }),
    );
    expect(stored).toBe(0);
    await expect(q.getByText('Kept on this device from an earlier attempt:')).toHaveCount(0);
  });

  test('with storage blocked, Keep says so calmly and the recording stays playable', async ({ page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${LESSON}#practice`);
    const { q } = await openDrillQuestion(page);
    await q.getByRole('button', { name: 'Start the drill' }).click();
    await recordFor(q, 1.5);
    await q.getByRole('button', { name: 'Keep my recordings on this device' }).click();
    await expect(q.getByRole('status').filter({ hasText: /^This browser would not/ })).toHaveText(
      /^This browser would not keep them \(its storage is full or blocked\); they stay on this page until you leave it\.$/,
    );
    await expect(q.getByLabel('Your reply 1')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('with the microphone refused', () => {
  test('the drill says why it does not record, the timer works, and the answer is stored as said aloud', async ({ page, context, browser, baseURL }) => {
    // A microphone exists, but the learner said no: the site's microphone permission is set to denied
    // (Chromium's own setting, so getUserMedia rejects with NotAllowedError before any prompt).
    await context.clearPermissions();
    const { targetInfo } = await (await context.newCDPSession(page)).send('Target.getTargetInfo');
    const cdp = await browser.newBrowserCDPSession();
    await cdp.send('Browser.setPermission', {
      permission: { name: 'microphone' },
      setting: 'denied',
      origin: new URL(baseURL!).origin,
      browserContextId: targetInfo.browserContextId!,
    });
    await page.goto(`${LESSON}#practice`);
    const { q, question } = await openDrillQuestion(page);
    await q.getByRole('button', { name: 'Start the drill' }).click();
    // The drill may ask for the microphone on open or on the first Record: either way it ends in the fallback.
    const record = q.getByRole('button', { name: 'Record my reply' });
    const timer = q.getByRole('button', { name: 'Start the timer' });
    await expect(record.or(timer)).toBeVisible();
    if (await record.isVisible()) await record.click();
    await expect(
      q
        .locator('[data-drill]')
        .getByRole('paragraph')
        .filter({ hasText: /^Say it aloud.*microphone was refused/ }),
    ).toBeVisible();
    await expect(record).toHaveCount(0);

    await timer.click();
    await expect(q.getByRole('button', { name: 'Stop the timer' })).toBeVisible();
    await expect(q.getByRole('timer')).toHaveText(/^0:01 of about 0:\d\d$/, { timeout: 5_000 });
    await q.getByRole('button', { name: 'Stop the timer' }).click();
    await q.getByRole('button', { name: question.turns.length > 1 ? 'Next line' : 'Finish the drill' }).click();
    if (question.turns.length > 1) await sayEveryLine(page, q, question.turns.length - 1);
    await expect(q.getByText(/^Done: /)).toBeVisible();

    const first = q.locator('[data-rubric]').getByRole('checkbox').first();
    await first.check();
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(q.getByRole('status').filter({ hasText: /point/ })).toBeVisible();
    const latest = ((await storedProgress(page))?.questions[question.id] ?? []).at(-1) as
      { response: { mode: string; seconds: number; ticked: string[] } } | undefined;
    expect(latest?.response.mode).toBe('aloud');
    expect(latest?.response.seconds).toBeGreaterThanOrEqual(1);
    expect(latest?.response.ticked).toEqual([await first.getAttribute('value')]);
  });
});
