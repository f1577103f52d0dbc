// Issue 20: the team board. A manager builds two assignments; three trainees
// complete theirs (one failing, one tampering with the file); the manager
// drops the two links and three reports at once and reads the rows, flags and
// weakest ideas; the CSV says what the table says. Then the manager guide and
// the call planner, light and dark.
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, useScheme } from './helpers';
import { codeFromLink } from '../../src/progress/assigned-links';
import { decodeAssignment } from '../../src/progress/assignment';
import type { CourseIndex } from '../../src/progress/course-index';
import { buildReport, reportFileName } from '../../src/progress/report';
import { answerLesson, passAssessment, storedProgress } from './progress-driver';
import { parseCsv } from '../support/parse-csv';

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

async function buildAssignment(page: Page, name: string, finalToo = true) {
  await page.goto('assign/');
  await page.getByLabel("Trainee's name").fill(name);
  await page.getByRole('checkbox', { name: 'Lesson: Connect before you pitch' }).check();
  await page.getByRole('checkbox', { name: 'Practice: connect first' }).check();
  if (finalToo) await page.getByRole('checkbox', { name: /^Final assessment/ }).check();
  await page.getByLabel('Pass mark for quizzes, in percent').fill('80');
  await page.getByLabel('Due date (optional)').fill(iso(Date.now() + 7 * 86_400_000));
  await page.getByRole('button', { name: 'Create the link' }).click();
  await expect(page.getByRole('region', { name: `Link for ${name}` })).toBeFocused();
  return page.getByLabel('Link to the assignment').inputValue();
}

/**
 * A trainee in a fresh browser: opens the link and does the lesson (right or wrong), maybe the assessment. A finished
 * assignment's report file comes from the report page's own button. The page offers no file before everything is done,
 * so a failing trainee's file is built by the same buildReport from the progress their browser really stored.
 */
async function complete(browser: Browser, link: string, right: boolean, assess: boolean): Promise<{ name: string; text: string }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const t = await context.newPage();
  await t.goto(link);
  await t.getByText('Next step:').getByRole('link').click();
  await answerLesson(t, right);
  if (assess) await passAssessment(t);
  if (!right) {
    const decoded = decodeAssignment(codeFromLink(link));
    const state = await storedProgress(t);
    const index = (await (await t.request.get('course-index.json')).json()) as CourseIndex;
    await context.close();
    if (!decoded.ok || !state) throw new Error('no assignment or no progress');
    const report = buildReport(decoded.value, state, index, Date.now());
    return { name: reportFileName(report), text: JSON.stringify(report) };
  }
  await t.goto(link.replace('/assignment/#', '/report/#'));
  const [download] = await Promise.all([t.waitForEvent('download'), t.getByRole('button', { name: 'Download the report file' }).click()]);
  const text = await readFile((await download.path()) ?? '', 'utf8');
  const name = download.suggestedFilename();
  await context.close();
  return { name, text };
}

const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('a manager drops two links and three reports and reads the team: rows, flags, weakest ideas, CSV', async ({ browser, page }) => {
  test.setTimeout(420_000);
  const samLink = await buildAssignment(page, 'Sam Okafor');
  const anaLink = await buildAssignment(page, 'Ana Ruiz');
  // Lee's link was made in another browser (another manager's), so it is not one of this manager's.
  const other = await browser.newPage();
  const leeLink = await buildAssignment(other, 'Lee Chen', false);
  await other.close();

  const sam = await complete(browser, samLink, true, true);
  const ana = await complete(browser, anaLink, false, false);
  const lee = await complete(browser, leeLink, true, false);
  // Lee edits the file: one answer swapped for a blank one, its full marks left claimed.
  const edited = JSON.parse(lee.text);
  edited.answers[0].response = { selected: [], order: [], placed: [], path: [], text: '', ticked: [] };

  await page.goto('team/');
  const picker = page.getByLabel('Report files and assignment links');
  await expect(picker).toBeEnabled();
  await picker.setInputFiles([
    { name: 'sam-link.txt', mimeType: 'text/plain', buffer: Buffer.from(`${samLink}\n`) },
    { name: 'ana-link.txt', mimeType: 'text/plain', buffer: Buffer.from(anaLink) },
    json(sam.name, sam.text),
    json(ana.name, ana.text),
    json(lee.name, JSON.stringify(edited)),
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Added 5 files' })).toHaveText('Added 5 files; the board shows 5.');
  const board = page.getByRole('region', { name: 'Your team' });
  await expect(board).toBeFocused();
  await expect(board).toContainText('3 reports: 1 done, 0 overdue, 1 flagged.');

  const table = page.getByRole('table', { name: /One row per file/ });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row('Sam Okafor')).toContainText('Done (3 of 3 items)');
  await expect(row('Sam Okafor')).toContainText('15 of 15 (100%), passed');
  await expect(row('Sam Okafor')).toContainText('✓ None');
  await expect(row('Ana Ruiz')).toContainText(/Not done yet, due .* \(\d of 3 items\)/);
  await expect(row('Ana Ruiz')).toContainText('Not taken');
  await expect(row('Ana Ruiz')).toContainText('✓ None');
  await expect(row('Lee Chen')).toContainText('⚠ None of your assignments is for this trainee.');
  await expect(row('Lee Chen')).toContainText(/\d+ claims? (does|do) not match the answers\./);
  await expect(board.getByRole('list').filter({ hasText: 'pass mark 80%' }).getByRole('listitem')).toHaveText([
    // The links this browser made, newest first; the two dropped are the same links, so counted once.
    /^Ana Ruiz: 3 items, pass mark 80%, set on .*, due /,
    /^Sam Okafor: 3 items, pass mark 80%, set on .*, due /,
  ]);

  // Weakest ideas: Ana missed the lesson's ideas, Lee one answer's; each links to the lesson and the coaching notes.
  const ideas = page.getByRole('list', { name: "The team's weakest ideas" }).getByRole('listitem');
  await expect(ideas.first()).toContainText(/^Missed by 2 of 3 \(67%\): /);
  await expect(ideas.first().getByRole('link', { name: 'Lesson: Connect before you pitch' })).toHaveAttribute('href', '/course/openers/connect-first/');
  await expect(ideas.first().getByRole('link', { name: /^Coaching notes for O\d+$/ })).toHaveAttribute('href', /\/course\/manager-guide\/#coach-o\d+$/);
  await expectNoAxeViolations(page);
  await useScheme(page, 'dark');
  await expectNoAxeViolations(page);
  await useScheme(page, 'light');

  // Sorted and filtered by keyboard; the CSV is the table as shown.
  await page.getByRole('button', { name: 'Final assessment' }).press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Final assessment' })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByLabel('Show').selectOption('flagged');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Show').selectOption('all');
  await expect(rows).toHaveCount(3);
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the table (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('warm-open-team.csv');
  const csv = parseCsv(await readFile((await download.path()) ?? '', 'utf8'));
  const headers = await table.locator('thead th').allTextContents();
  expect(csv[0]).toEqual(headers);
  expect(csv.slice(1)).toEqual(shown);

  // Kept in this browser: after a reload the board is back; a bad file joins it without stopping the rest.
  await page.reload();
  await expect(rows).toHaveCount(3);
  await page.getByLabel('Report files and assignment links').setInputFiles([json('notes.json', '{"oops"'), json('photo.json', 'GIF89a')]);
  await expect(rows).toHaveCount(5);
  await expect(table.getByRole('row').filter({ hasText: 'notes.json' })).toContainText('⚠ This file is not a report: it is not JSON.');
  await expect(table.getByRole('row').filter({ hasText: 'photo.json' })).toContainText(
    '⚠ This file is neither a completion report from this course nor an assignment link.',
  );
  await page.getByRole('button', { name: 'Clear the board' }).click();
  await expect(board).toBeHidden();
  await page.reload();
  await expect(page.getByLabel('Report files and assignment links')).toBeEnabled();
  await expect(board).toBeHidden();
});

test('the manager guide and the call planner: in the outline, accessible light and dark; the planner is kept on the device and is a form without JavaScript', async ({
  page,
  browser,
}) => {
  await page.goto('manager-guide/');
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await expect(outline.getByRole('link', { name: 'Running onboarding with Warm Open' })).toHaveAttribute('aria-current', 'page');
  await expect(outline.getByRole('link', { name: 'Team board' })).toBeVisible();
  await expect(outline.getByRole('link', { name: 'Call-planning worksheet' })).toBeVisible();
  await expect(page.getByRole('table', { name: /The opener, at any level/ }).getByRole('rowheader')).toHaveCount(5);
  await expect(page.locator('#coach-o6')).toContainText('O6: Step 1: connect');
  for (const path of ['manager-guide/', 'call-planner/', 'team/']) {
    await page.goto(path);
    for (const scheme of ['light', 'dark'] as const) {
      await useScheme(page, scheme);
      await expectNoAxeViolations(page);
    }
  }

  await page.goto('call-planner/');
  await expect(page.getByRole('button', { name: 'Print the worksheet' })).toBeEnabled();
  await page.getByLabel('Who are you calling?').fill('Tom Reyes, operations lead, <b>Northline</b> Freight');
  await page.getByLabel('One easy question').fill('Are you tracking fuel costs per route today?');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('warm-open:call-plan'))).toContain('Northline');
  await page.reload();
  await expect(page.getByLabel('Who are you calling?')).toHaveValue('Tom Reyes, operations lead, <b>Northline</b> Freight');
  await expect(page.locator('main b')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear it' }).click();
  await expect(page.getByLabel('Who are you calling?')).toHaveValue('');
  await expect(page.getByLabel('Who are you calling?')).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('warm-open:call-plan'))).toBeNull();

  // Without JavaScript: the same fields, to fill in or print; no buttons that would do nothing.
  const off = await browser.newContext({ javaScriptEnabled: false });
  const p = await off.newPage();
  await p.goto('call-planner/');
  await expect(p.getByRole('textbox')).toHaveCount(6);
  await expect(p.getByRole('button', { name: 'Print the worksheet' })).toBeHidden();
  await p.getByLabel('The reason for your call, in their words').fill('Typed with scripts off.');
  await off.close();

  // Linked from the opener lessons, Press 0 and the voicemail lesson.
  for (const lesson of ['openers/connect-first/', 'voicemail/press-zero/', 'voicemail/last-resort-voicemail/']) {
    await page.goto(lesson);
    await expect(page.getByRole('main').getByRole('link', { name: 'call-planning worksheet' })).toHaveAttribute('href', '../../call-planner/');
  }
});
