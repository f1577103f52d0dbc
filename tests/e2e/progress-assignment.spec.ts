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
  await expect(result.locator('h2 bdi')).toHaveText(name);
  const link = await page.getByLabel('Link to the assignment').inputValue();
  // The code, then its checksum (issue 15): a changed character is refused, never read as another assignment.
  expect(link).toMatch(/\/course\/assignment\/#a=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/);
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
  await expect(t.locator('[data-report-learner] bdi')).toHaveText('Sam Okafor');
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
  await expect(certificate.locator('bdi')).toHaveText('Sam Okafor');
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

  // Checked against the assignment this browser made on the Assign page: it answers it, and passes it.
  await expect(page.getByLabel('Or choose one you made in this browser')).toContainText(/Sam Okafor\u2069?, set on/);
  await page.getByLabel('Or choose one you made in this browser').selectOption({ index: 1 });
  await expect(page.getByRole('heading', { level: 2, name: /your assignment/ })).toHaveText('✓ This report answers your assignment, and its answers pass it');
  await expect(page.getByRole('listitem').filter({ hasText: 'Judged by your assignment, at your pass mark of 80%' })).toContainText('3 of 3 items done');
  await page.getByLabel('Or choose one you made in this browser').selectOption('');

  // An edited report: a score raised on a wrong answer is flagged.
  const report = JSON.parse(await readFile(reportPath, 'utf8'));
  report.answers[0].response = { selected: [], order: [], placed: [], path: [], text: '', ticked: [] };
  report.assessments[0].score = 15;
  report.assessments[0].answers[0].score = report.assessments[0].answers[0].max;
  report.assessments[0].answers[0].response = { selected: [99] };
  await page.getByLabel('Report file').setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
  await expect(page.getByRole('heading', { level: 2, name: /not match/ })).toHaveText(/^⚠ \d+ claims do not match the answers$/);
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: /⚠ (Does not match|The answer cannot be read)/ })
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

// Issue 15, defect 4: a report is checked against the assignment the manager set, not only the one it carries.
test("a tampered report does not answer the manager's assignment, chosen or pasted, and nothing done is never ✓", async ({ page }) => {
  const link = await buildAssignment(page, 'Sam Okafor');
  const today = iso(Date.now());
  const tampered = {
    format: 'warm-open-report',
    v: 1,
    rev: 'edited',
    made: Date.now(),
    learner: 'Sam Okafor',
    assignment: { v: 1, n: 'Sam Okafor', i: ['L:openers/connect-first'], m: 0, c: today },
    items: [{ id: 'L:openers/connect-first', done: false }],
    answers: [],
    assessments: [],
  };
  const file = { name: 'sam.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) };

  await page.goto('check-report/');
  await expect(page.getByLabel('Report file')).toBeEnabled();
  // Without the manager's assignment: a report with nothing done is never ✓.
  await page.getByLabel('Report file').setInputFiles(file);
  await expect(page.getByRole('heading', { level: 2, name: /done/ })).toHaveText('⚠ Nothing in this report is done');
  await expect(page.getByRole('listitem').filter({ hasText: 'pass mark of 0%' })).toBeVisible();

  // Chosen from the links this browser made: the same file is checked again against it.
  const choice = page.getByLabel('Or choose one you made in this browser');
  await expect(choice).toContainText(/Sam Okafor\u2069?, set on/);
  await choice.selectOption({ index: 1 });
  await expect(page.getByLabel('Link to the assignment (optional)')).toHaveValue(link);
  const headline = page.getByRole('heading', { level: 2, name: /your assignment/ });
  await expect(headline).toHaveText('⚠ This report does not answer your assignment, and its answers do not pass it (0 of 3 items done)');
  const findings = page
    .getByRole('region', { name: /does not answer your assignment/ })
    .getByRole('list')
    .first();
  await expect(findings).toContainText("Pass mark: yours is 80%; the report's is 0%.");
  await expect(findings).toContainText("Missing from the report's assignment: Practice: connect first and Final assessment.");
  await expect(findings).toContainText('Due date: yours is ');
  await expectNoAxeViolations(page);

  // Pasted instead, into a fresh page: the same verdict; then another learner's name is named, isolated.
  await page.reload();
  await page.getByLabel('Link to the assignment (optional)').fill(link);
  await expect(page.getByText(/^Reports are checked against your assignment for Sam Okafor/)).toBeVisible();
  await page.getByLabel('Report file').setInputFiles({ ...file, buffer: Buffer.from(JSON.stringify({ ...tampered, learner: 'سارة' })) });
  await expect(headline).toHaveText(/^⚠ This report does not answer your assignment/);
  await expect(page.getByRole('listitem').filter({ hasText: 'Trainee: your assignment is for' }).locator('bdi')).toHaveText(['Sam Okafor', 'سارة']);
  await expect(page.locator('[data-check-facts] bdi')).toHaveText('سارة');

  // A link with one character changed is refused as damaged, here and on the trainee's page.
  const code = link.split('#a=')[1] ?? '';
  const edited = `${link.split('#a=')[0]}#a=${code.slice(0, 20)}${code[20] === 'A' ? 'B' : 'A'}${code.slice(21)}`;
  await page.getByLabel('Link to the assignment (optional)').fill(edited);
  await expect(page.getByText('⚠ This link is damaged')).toBeVisible();
  await expect(page.getByLabel('Link to the assignment (optional)')).toHaveAttribute('aria-invalid', '');
  await expect(page.getByRole('heading', { level: 2, name: /done/ })).toHaveText('⚠ Nothing in this report is done');
  await page.goto(edited);
  await expect(page.getByRole('region', { name: 'This link cannot be opened' })).toContainText('This link is damaged');
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
  // Names and notes are isolated, so right-to-left text cannot reorder the words around them.
  await expect(page.locator('h1 bdi')).toHaveText(hostile);
  await expect(page.locator('[data-note-text] bdi')).toHaveText('<script>window.pwned=1</script>');
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
  // A name of only invisible characters would show as nothing.
  await page.getByLabel("Trainee's name").fill('\u200b\u3164\u200f');
  await page.getByRole('button', { name: 'Create the link' }).click();
  await expect(page.getByText('⚠ Enter a name with at least one visible letter.')).toBeVisible();
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
    for (const path of [
      'assign/',
      `assignment/#a=${code({ v: 1, n: 'Sam', i: ['L:openers/connect-first', 'Q:final-assessment'], m: 80, d: '2099-01-01', c: '2026-11-01', o: 'Hi' })}`,
      'report/',
      'certificate/',
      'check-report/',
      'review/',
    ]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
    }
    await expect(page.getByRole('status').filter({ hasText: 'review' })).toContainText('Nothing to review today.');
  });
}
