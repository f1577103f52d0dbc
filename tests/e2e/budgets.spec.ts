// Byte budgets from the performance issue, held on every built page. Bytes
// are stable from run to run, so they are tests; timings (Lighthouse, build
// time) vary with the machine and stay in `npm run bench`, as does the build
// of a 1,000-lesson course (its page size and outline length are bench budgets).
// Bytes over the wire are measured for real: this file starts
// scripts/serve-dist.mjs (brotli, as a static host serves the site) on a free
// port against dist/, and Chromium counts every response, headers included,
// on a first visit scrolled to the end (so lazily loaded quiz views count).
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base } from '../../playwright.config';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { BUDGETS, jsWire } from '../../scripts/quality/budgets.mjs';
import { hasQuiz, isCoursePage, isLesson } from '../../scripts/quality/page-types.mjs';
import { weighPage } from '../../scripts/quality/page-weight.mjs';
import { weighFirstSearch } from '../../scripts/quality/first-search.mjs';
import { pagesToSweep } from '../../scripts/quality/sitemap.mjs';

const root = join(import.meta.dirname, '../..');
// E2E_DIST: measure a copy of a build, e.g. while dist/ is being rebuilt.
const dist = process.env['E2E_DIST'] ?? join(root, 'dist');
const pages = pagesToSweep(dist, base);
const MISSING = 'no-such-page/';
/** Tool pages with a figure of their own (issue 20): the team board and the call planner. */
const TOOL_BUDGETS: Record<string, number> = { 'team/': BUDGETS.teamBoardWire, 'call-planner/': BUDGETS.callPlannerWire };
const htmlOf = (path: string) => readFileSync(path === MISSING ? join(dist, '404.html') : join(dist, path, 'index.html'), 'utf8');

let server: { url: string; close: () => Promise<void> } | undefined;
test.beforeAll(async () => {
  server = await serveDist({ root: dist, base });
});
test.afterAll(async () => {
  await server?.close();
});

for (const path of [...pages, MISSING]) {
  test(`bytes over the wire within budget: /${path}`, async ({ browser }) => {
    const html = htmlOf(path);
    const quiz = hasQuiz(html);
    const context = await browser.newContext();
    const weight = await weighPage(await context.newPage(), `${server?.url}${path}`);
    await context.close();
    const js = jsWire(weight);
    const figures = `/${path}: ${weight.wire} bytes over the wire in ${weight.requests} requests, JavaScript ${js}${quiz ? ' (has quiz questions)' : ''}`;
    console.log(figures);
    expect(weight.status).toBe(path === MISSING ? 404 : 200);
    expect(weight.list.filter((r) => r.failed || r.status >= 400).map((r) => `${r.status} ${r.url}`)).toEqual(
      path === MISSING ? [`404 ${server?.url}${path}`] : [],
    );
    const tool = TOOL_BUDGETS[path];
    if (tool !== undefined) {
      expect.soft(weight.wire, `${figures}: budget ${tool}`).toBeLessThanOrEqual(tool);
    } else if (!quiz && (path === '' || path === MISSING || isCoursePage(html))) {
      expect.soft(weight.wire, `${figures}: budget ${BUDGETS.pageWire}`).toBeLessThanOrEqual(BUDGETS.pageWire);
      expect.soft(js, `${figures}: JavaScript budget ${BUDGETS.plainPageJs}`).toBeLessThanOrEqual(BUDGETS.plainPageJs);
    } else if (!quiz) {
      // Search, progress, assign, report…: tools rather than reading pages; the issue gives them no byte figure.
      test.info().annotations.push({ type: 'no budget', description: figures });
    } else if (isLesson(html)) {
      expect(weight.wire, `${figures}: budget ${BUDGETS.quizLessonWire}`).toBeLessThanOrEqual(BUDGETS.quizLessonWire);
    } else {
      // The issue budgets lesson pages; a page of questions that is not a lesson (final assessment, review) has no figure yet.
      test.info().annotations.push({ type: 'no budget', description: figures });
    }
  });
}

// One word and two (which may touch two index chunks), each from a first visit.
for (const query of ['receptionist', 'magic wand']) {
  test(`the first search fetches at most 110 KB over the wire: "${query}"`, async ({ browser }) => {
    const context = await browser.newContext();
    const search = await weighFirstSearch(await context.newPage(), server!.url, query, 'openers/connect-first/');
    await context.close();
    const figures = `"${query}": ${search.wire} bytes in ${search.requests} requests (${search.files.map((f) => `${f.url} ${f.wire}`).join(', ')})`;
    console.log(`First search ${figures}`);
    expect(search.method).toBe('the search dialog');
    expect(search.files.some((f) => f.url.includes('/pagefind/index/'))).toBe(true);
    expect(search.files.some((f) => f.url.includes('/pagefind/fragment/'))).toBe(true);
    expect(search.wire, figures).toBeLessThanOrEqual(BUDGETS.firstSearchWire);
  });
}
