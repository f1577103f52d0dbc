// @ts-check
// The team board with a team of 100 (issue 20): 100 report files dropped at
// once, read, re-scored, checked, kept and drawn as a table; then the page
// reloaded with those 100 kept. Timed in the page (performance.now), so the
// figures are the board's own work, not the test driver's. A benchmark, not a
// test: timings vary with the machine.
//
// The reports are made here from the served course-questions.json: every
// trainee answers every lesson's practice and 15 assessment questions, with
// the responses the quiz engine reads; one in ten has an answer edited. Claims
// are written as 1 of 1, so some rows are flagged: the board's work is the
// same either way.

/** A right response per question kind (as src/quiz/kinds/<kind>/response.ts reads it). @param {any} q */
function rightResponse(q) {
  switch (q.kind) {
    case 'choice':
      return { selected: q.options.filter((/** @type {any} */ o) => o.correct).map((/** @type {any} */ o) => o.id) };
    case 'spot-the-mistake':
      return { selected: q.segments.filter((/** @type {any} */ s) => s.mistake).map((/** @type {any} */ s) => s.id) };
    case 'order':
      return { order: q.items.map((/** @type {any} */ i) => i.id) };
    case 'classify':
      return { placed: q.items.map((/** @type {any} */ i) => ({ item: i.id, group: i.group })) };
    case 'dialogue': {
      const path = [];
      for (let node = q.nodes[q.start], steps = 0; node?.choices?.length && steps < 50; steps++) {
        const best = node.choices.reduce((/** @type {any} */ a, /** @type {any} */ b) => (b.points > a.points ? b : a));
        path.push(best.id);
        node = q.nodes[best.next];
      }
      return { path };
    }
    default:
      return { text: q.model ?? 'My own words.', ticked: (q.rubric ?? []).map((/** @type {any} */ r) => r.id) };
  }
}

/** @param {any} bank @param {any} index @param {number} count */
export function makeReports(bank, index, count) {
  const t = Date.UTC(2026, 10, 20, 12);
  const lessons = index.modules.flatMap((/** @type {any} */ m) => m.lessons);
  const practice = bank.quizzes.filter((/** @type {any} */ q) => !q.draw);
  const final = bank.quizzes.find((/** @type {any} */ q) => q.draw);
  const answer = (/** @type {any} */ q, /** @type {number} */ i) => ({ q: q.id, t: t + i * 1000, score: 1, max: 1, response: rightResponse(q) });
  return Array.from({ length: count }, (_, n) => {
    const name = `Trainee ${String(n + 1).padStart(3, '0')}`;
    const assignment = { v: 1, n: name, i: [...lessons.map((/** @type {any} */ l) => `L:${l.key}`), `Q:${final.id}`], m: 80, d: '2026-12-31', c: '2026-11-01' };
    const answers = practice.flatMap((/** @type {any} */ quiz) => quiz.questions).map(answer);
    if (n % 10 === 9 && answers[0]) answers[0].response = { selected: [] };
    const drawn = final.questions.slice(n % 5, (n % 5) + final.draw).map(answer);
    const report = {
      format: 'warm-open-report',
      v: 2,
      rev: bank.rev,
      made: t + 86_400_000,
      learner: name,
      assignment,
      items: assignment.i.map((id) => ({ id, done: true })),
      answers,
      assessments: [{ quiz: final.id, t: t + 3_600_000, score: drawn.length, max: drawn.length, passed: true, answers: drawn }],
    };
    return { name: `warm-open-report-trainee-${n + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) };
  });
}

/**
 * Drops `count` reports on /team/ and reloads it; returns both timings in ms.
 * @param {import('@playwright/test').Browser} browser @param {string} siteUrl the served site, base included @param {number} [count]
 */
export async function benchTeamBoard(browser, siteUrl, count = 100) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const [bank, index] = await Promise.all(['course-questions.json', 'course-index.json'].map(async (f) => (await page.request.get(siteUrl + f)).json()));
  const files = makeReports(bank, index, count);
  await page.goto(`${siteUrl}team/`);
  const input = page.getByLabel('Report files and assignment links');
  await input.waitFor();
  await page.waitForFunction(() => !(/** @type {HTMLInputElement} */ (document.querySelector('[data-team-files]')).disabled));
  /** Resolves, in the page, with the time from `start` until the table holds `rows` rows. */
  const watch = (/** @type {number} */ rows) =>
    page.evaluate(
      (rows) =>
        new Promise((resolve) => {
          const body = /** @type {HTMLElement} */ (document.querySelector('[data-team-rows]'));
          const input = /** @type {HTMLElement} */ (document.querySelector('[data-team-files]'));
          let start = 0;
          input.addEventListener('change', () => (start = performance.now()), { capture: true, once: true });
          new MutationObserver((_, observer) => {
            if (body.children.length < rows) return;
            observer.disconnect();
            // After the frame that shows it: the table is on screen, not only in the DOM.
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
          }).observe(body, { childList: true });
        }),
      rows,
    );
  const dropped = watch(count);
  await input.setInputFiles(files);
  const dropMs = /** @type {number} */ (await dropped);
  // Reload: the kept files are read back, the course data fetched, the board rebuilt and drawn, from navigation start.
  await page.reload();
  const loadMs = /** @type {number} */ (
    await page.evaluate(
      (rows) =>
        new Promise((resolve) => {
          const body = /** @type {HTMLElement} */ (document.querySelector('[data-team-rows]'));
          const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
          if (body.children.length >= rows) {
            done();
            return;
          }
          new MutationObserver((_, observer) => {
            if (body.children.length < rows) return;
            observer.disconnect();
            done();
          }).observe(body, { childList: true });
        }),
      count,
    )
  );
  const bytes = files.reduce((sum, f) => sum + f.buffer.length, 0);
  await context.close();
  return { reports: count, bytes, dropMs: Math.round(dropMs), loadMs: Math.round(loadMs) };
}
