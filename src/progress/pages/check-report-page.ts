/**
 * The Check a report page: reads a report file (readReport: size, JSON, Zod),
 * re-scores it (checkReport), against the manager's own assignment when they
 * give it (expected-assignment.ts), and lays out first the headline, then
 * each claim beside its re-score. Every text from the file is shown as text.
 */
import type { CourseIndex, QuestionBank } from '../course-index';
import type { AnswerCheck, ReportCheck, Verdict } from '../check-report';
import { checkReport } from '../check-report';
import type { Report } from '../report';
import { MAX_REPORT_BYTES, readReport } from '../report-file';
import { reportHeadline } from '../report-headline';
import { itemTitle } from '../report-notes';
import { percent } from '../summary';
import { $, LOAD_FAILED, loadIndex, loadQuestionBank, longDate, readChosenFile } from './dom';
import { h } from '../../utils/h';
import { expectedAssignment } from './expected-assignment';
import { findingNodes } from './findings';

const input = $<HTMLInputElement>('[data-report-file]');
const status = $('[data-check-status]');
const result = $('[data-check-result]');

const points = (p: { score: number; max: number }) => `${round(p.score)} of ${round(p.max)}`;
const round = (n: number) => String(Math.round(n * 100) / 100);
const verdictText: Record<Verdict, string> = {
  match: '✓ Matches',
  mismatch: '⚠ Does not match',
  unknown: '⚠ Not a question in this course',
  invalid: '⚠ The answer cannot be read for this question',
  misplaced: '⚠ Answer filed under the wrong quiz',
};

function answerItem(a: AnswerCheck) {
  const details = h(
    'details',
    {},
    h('summary', {}, `${verdictText[a.verdict]}: ${a.prompt ? shorten(a.prompt) : a.q}`),
    h('p', {}, `The report claims ${points(a.claimed)} points.${a.actual ? ` Scored again: ${points(a.actual)}.` : ''}`),
    h('ul', {}, ...a.lines.map((line) => h('li', {}, line))),
  );
  return h('li', { class: a.verdict === 'match' ? 'is-match' : 'is-problem' }, details);
}

const shorten = (text: string) => (text.length > 120 ? `${text.slice(0, 117).trimEnd()}…` : text);

/** First what matters most: does it answer the manager's assignment, does it pass it, what looks wrong. */
function renderFindings(check: ReportCheck, index: CourseIndex) {
  const { expected } = check;
  const warn = (nodes: (Node | string)[]) => h('li', { class: 'is-problem' }, '⚠ ', ...nodes);
  const list: HTMLElement[] = [];
  if (expected) {
    list.push(...expected.differences.map((d) => warn(findingNodes(d))));
    const done = expected.items.filter((i) => i.actual.done).length;
    list.push(
      h(
        'li',
        { class: expected.passed ? 'is-match' : 'is-problem' },
        `${expected.passed ? '✓' : '⚠'} Judged by your assignment, at your pass mark of ${expected.assignment.m}%, from the answers alone: ${done} of ${expected.items.length} items done.`,
        h(
          'ul',
          {},
          ...expected.items.map((i) =>
            h(
              'li',
              {},
              `${i.actual.done ? '✓ Done' : '⚠ Not done'}: ${itemTitle(i.id, index)}${i.actual.score === undefined ? '' : ` (${percent(i.actual.score)})`}`,
            ),
          ),
        ),
      ),
    );
  }
  list.push(...check.notes.map((n) => warn(findingNodes(n))));
  if (!expected) list.push(h('li', {}, 'To check this report against the assignment you set, give its link above.'));
  $('[data-check-findings]').replaceChildren(...list);
}

function render(check: ReportCheck, index: CourseIndex) {
  const { report } = check;
  $('[data-verdict]').textContent = reportHeadline(check).text;
  renderFindings(check, index);
  const facts: [string, string | Node][] = [
    // <bdi>: a right-to-left name keeps its own direction without turning the page's.
    ['Trainee', h('bdi', {}, report.learner)],
    ['Assignment set on', longDate(report.assignment.c)],
    ...(report.assignment.d ? ([['Due', longDate(report.assignment.d)]] as [string, string][]) : []),
    ['Report made on', longDate(report.made)],
    ['Pass mark for quizzes', `${report.assignment.m}%`],
  ];
  $('[data-check-facts]').replaceChildren(...facts.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))));
  $('[data-rev-note]').hidden = check.sameQuestions;

  const state = (x: { done: boolean; score?: number } | undefined) =>
    x === undefined ? 'Nothing' : `${x.done ? 'Done' : 'Not done'}${x.score === undefined ? '' : `, ${percent(x.score)}`}`;
  $('[data-check-items]').replaceChildren(
    ...check.items.map((item) =>
      h(
        'tr',
        { class: item.verdict === 'match' ? 'is-match' : 'is-problem' },
        h('th', {}, `${item.verdict === 'match' ? '✓' : '⚠'} ${item.id.startsWith('L:') ? 'Lesson: ' : ''}${item.title}`),
        h('td', {}, state(item.claimed)),
        h('td', {}, item.verdict === 'unknown' ? 'Not in this course' : state(item.actual)),
      ),
    ),
  );
  for (const row of $('[data-check-items]').querySelectorAll('th')) row.setAttribute('scope', 'row');

  $('[data-check-assessments]').replaceChildren(
    ...check.assessments.map((a) =>
      h(
        'section',
        { class: 'check-assessment' },
        h('h3', {}, `${a.verdict === 'match' ? '✓' : '⚠'} ${a.title}`),
        h(
          'p',
          {},
          `The report claims ${points(a.claimed)} (${a.claimed.passed ? 'passed' : 'not passed'}). Scored again: ${points(a.actual)} (${a.actual.passed ? 'passed' : 'not passed'}).`,
        ),
        ...a.notes.map((note) => h('p', {}, `⚠ ${note}`)),
        h('ol', { class: 'check-answers' }, ...a.answers.map(answerItem)),
      ),
    ),
  );
  $('[data-check-answers]').replaceChildren(...(check.answers.length ? check.answers.map(answerItem) : [h('li', {}, 'No practice answers in this report.')]));
  result.hidden = false;
}

/** The report last opened, so a change of the manager's assignment checks it again. */
let opened: { report: Report; name: string } | undefined;

async function show(data: Promise<[CourseIndex, QuestionBank]>, focus: boolean) {
  if (!opened) return;
  const { report, name } = opened;
  let index: CourseIndex;
  let bank: QuestionBank;
  try {
    [index, bank] = await data;
  } catch {
    status.textContent = LOAD_FAILED;
    return;
  }
  const expected = currentExpected();
  status.textContent = `Checked ${name}${expected ? ', against your assignment' : ''}.`;
  render(checkReport(report, bank, index, expected), index);
  if (focus) result.focus();
}

async function open(data: Promise<[CourseIndex, QuestionBank]>) {
  const file = input.files?.[0];
  input.value = '';
  result.hidden = true;
  opened = undefined;
  if (!file) return;
  const chosen = await readChosenFile(file, MAX_REPORT_BYTES);
  if (!chosen.ok) {
    status.textContent = chosen.tooLarge ? 'This file is too large to be a report from this course.' : 'This file could not be read.';
    return;
  }
  const parsed = readReport(chosen.text);
  if (!parsed.ok) {
    status.textContent = parsed.error;
    return;
  }
  opened = { report: parsed.value, name: file.name };
  await show(data, true);
}

const data = Promise.all([loadIndex(), loadQuestionBank()]);
data.catch(() => undefined);
// A new assignment link re-checks the open report where it is: focus stays in the field.
const currentExpected = expectedAssignment(() => void show(data, false));
input.disabled = false;
input.addEventListener('change', () => void open(data));
