// Onboarding by link: a manager builds an assignment, a trainee in a fresh
// browser opens it, completes it, prints a certificate and downloads the
// report, and the manager's page re-scores it. Broken, foreign and edited
// links and files get a clear message and never run as code.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, useScheme } from './helpers';
import { answerLesson, passAssessment } from './progress-driver';

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const code = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function buildAssignment(page: Page, name: string) {
  await page.goto('assign/');
  await page.getByLabel("Trainee's name").fill(name);
  await page.getByRole('checkbox', { name: 'Lesson: Connect before you pitch' }).check();
  await page.getByRole('checkbox', { name: 'Practice: connect first' }).check();
  await page.getByRole('checkbox', { name: /^Final assessment/ }).check();
  await page.getByLabel('Pass mark for quizzes, in percent').fill('80');
  await page.getByLabel('Due date (optional)').fill(iso(Date.now() + 7 * 86_400_000));
  await page.getByLabel('Note for your trainee (optional)').fill('Finish before your first call block.');
  await page.getByRole('button', { name: 'Create the link' }).click();
  const result = page.getByRole('region', { name: `Link for ${name}` });
  await expect(result).toBeFocused();
  const link = await page.getByLabel('Link to the assignment').inputValue();
  expect(link).toMatch(/\/course\/assignment\/#a=[A-Za-z0-9_-]+$/);
  await expect(page.getByLabel('A message to send with it')).toHaveValue(new RegExp(`Open it here: ${link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  return link;
}

test('a manager assigns, a trainee completes it in a fresh browser, and the report checks out', async ({ browser, page }, testInfo) => {
  test.setTimeout(180_000);
  const link = await buildAssignment(page, 'Sam Okafor');
  await expectNoAxeViolations(page);

  const trainee = await browser.newContext({ acceptDownloads: true });
  const t = await trainee.newPage();
  await t.goto(link);
  await expect(t.getByRole('heading', { level: 1 })).toHaveText('Assignment for Sam Okafor');
  await expect(t.getByText('0 of 3 done')).toBeVisible();
  await expect(t.getByText(/Due .* · 7 days left/)).toBeVisible();
  await expect(t.getByText('Finish before your first call block.')).toBeVisible();
  await expectNoAxeViolations(t);
  await t.getByText('Next step:').getByRole('link').click();
  await expect(t.getByRole('heading', { level: 1 })).toHaveText('Connect before you pitch');
  await answerLesson(t);
  await passAssessment(t);
  await expect(t.getByRole('link', { name: 'Print your certificate' })).toBeVisible();

  // Without the link: the browser remembers the assignment.
  await t.goto('assignment/');
  await expect(t.getByText('3 of 3 done')).toBeVisible();
  await expect(t.getByRole('heading', { name: 'All done' })).toBeVisible();
  await t.getByRole('link', { name: 'Open your completion report' }).click();
  await expect(t.getByRole('heading', { level: 2, name: 'Sam Okafor' })).toBeVisible();
  await expect(t.getByRole('table', { name: 'What was assigned, and how it went' }).getByRole('row')).toHaveCount(4);
  await expectNoAxeViolations(t);
  const [download] = await Promise.all([t.waitForEvent('download'), t.getByRole('button', { name: 'Download the report file' }).click()]);
  const reportPath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(reportPath);
  expect(download.suggestedFilename()).toBe('warm-open-report-sam-okafor.json');

  await t.goto('certificate/');
  await expect(t.getByLabel('Your name, as it should appear on the certificate')).toHaveValue('Sam Okafor');
  const certificate = t.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText('Sam Okafor');
  await expect(certificate).toContainText('with a score of 100%');
  await expectNoAxeViolations(t);
  await trainee.close();

  // The manager checks the file they were sent.
  await page.goto('check-report/');
  // The picker is enabled once the page's script (which starts after the first paint) is ready.
  await expect(page.getByLabel('Report file')).toBeEnabled();
  await page.getByLabel('Report file').setInputFiles(reportPath);
  const verdict = page.getByRole('heading', { level: 2, name: /report's claims/ });
  await expect(verdict).toHaveText("✓ The report's claims match its answers");
  await expect(page.getByRole('region', { name: /claims match/ })).toBeFocused();
  await expect(page.getByRole('table', { name: /Each assigned item/ })).toContainText('Done, 100%');
  await expectNoAxeViolations(page);

  // An edited report: a score raised on a wrong answer is flagged.
  const report = JSON.parse(await readFile(reportPath, 'utf8'));
  report.answers[0].response = { selected: [], order: [], placed: [], path: [], text: '', ticked: [] };
  report.assessments[0].score = 15;
  report.assessments[0].answers[0].score = report.assessments[0].answers[0].max;
  report.assessments[0].answers[0].response = { selected: [99] };
  await page.getByLabel('Report file').setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
  await expect(page.getByRole('heading', { level: 2, name: /not match/ })).toHaveText(/^⚠ \d+ claims do not match the answers$/);
  await expect(page.getByRole('listitem').filter({ hasText: /⚠ (Does not match|The answer cannot be read)/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('broken, foreign and hostile links get a clear message and render as text', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const problem = page.getByRole('region', { name: /cannot be opened|does not fit|No assignment/ });

  await page.goto('assignment/');
  await expect(problem).toContainText('If your manager sent you an assignment, open the link');

  await page.goto('assignment/#a=not-a-real-code!!');
  await expect(problem).toContainText('This link is damaged');

  await page.goto(`assignment/#a=${code({ v: 1, n: 'Sam', i: ['L:negotiation/anchoring'], m: 80, c: '2026-11-01' })}`);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('This link does not fit this course');
  await expect(problem).toContainText('L:negotiation/anchoring');

  await page.goto(`assignment/#a=${code({ v: 4, n: 'Sam' })}`);
  await expect(problem).toContainText('newer version of the course');
  await expectNoAxeViolations(page);

  const hostile = '<img src=x onerror="window.pwned=1">';
  await page.goto(`assignment/#a=${code({ v: 1, n: hostile, i: ['L:openers/connect-first'], m: 80, c: '2026-11-01', o: '<script>window.pwned=1</script>' })}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Assignment for ${hostile}`);
  await expect(page.getByText('<script>window.pwned=1</script>')).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('the check page refuses a malformed or foreign file calmly', async ({ page }) => {
  await page.goto('check-report/');
  const input = page.getByLabel('Report file');
  const status = page.getByRole('status').filter({ hasText: /file|report/i });
  await expect(input).toBeEnabled();
  for (const [body, message] of [
    ['{"format":"warm-open-report",', 'it is not JSON'],
    ['{"format":"warm-open-progress","made":1,"progress":{}}', 'not a Warm Open completion report'],
    ['{"format":"warm-open-report","v":1,"learner":"<b>x</b>"}', 'damaged or was edited'],
  ]) {
    await input.setInputFiles({ name: 'report.json', mimeType: 'application/json', buffer: Buffer.from(body ?? '') });
    await expect(status).toContainText(message ?? '');
    await expect(page.getByRole('region', { name: /claims/ })).toBeHidden();
  }
});

test('the assign form says what to fix, beside each field', async ({ page }) => {
  await page.goto('assign/');
  await page.getByLabel('Pass mark for quizzes, in percent').fill('120');
  await page.getByRole('button', { name: 'Create the link' }).click();
  await expect(page.getByLabel("Trainee's name")).toBeFocused();
  await expect(page.getByText("⚠ Enter your trainee's name.")).toBeVisible();
  await expect(page.getByText('⚠ Pick at least one lesson or quiz.')).toBeVisible();
  await expect(page.getByText('⚠ Enter a whole number from 0 to 100.')).toBeVisible();
  await expect(page.getByLabel("Trainee's name")).toHaveAttribute('aria-invalid', '');
  // A whole module ticks all of its lessons and quizzes.
  const whole = page.getByRole('group', { name: /^Module 1/ }).getByRole('checkbox', { name: 'The whole module' });
  await whole.check();
  await expect(page.getByRole('group', { name: /^Module 1/ }).getByRole('checkbox', { checked: false })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Lesson: Connect before you pitch' }).uncheck();
  expect(await whole.evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
  await expectNoAxeViolations(page);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: assign, assignment, report and certificate pages before anything is done (${scheme})`, async ({ page }) => {
    await useScheme(page, scheme);
    for (const path of ['assign/', `assignment/#a=${code({ v: 1, n: 'Sam', i: ['L:openers/connect-first', 'Q:final-assessment'], m: 80, d: '2099-01-01', c: '2026-11-01', o: 'Hi' })}`, 'report/', 'certificate/', 'check-report/', 'review/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
    }
    await expect(page.getByRole('status').filter({ hasText: 'review' })).toContainText('Nothing to review today.');
  });
}
