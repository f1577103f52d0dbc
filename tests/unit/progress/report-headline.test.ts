// Issue 15, defect 4: a report is judged against the manager's own assignment
// (the link they sent), not only against the one inside it, which the
// trainee's browser wrote; and a report with nothing done never gets a ✓.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/progress/assignment';
import { checkReport } from '../../../src/progress/check-report';
import { findLesson, findQuiz } from '../../../src/progress/course-index';
import { assess, completeIfAnswered } from '../../../src/progress/record';
import type { Report } from '../../../src/progress/report';
import { buildReport } from '../../../src/progress/report';
import { reportHeadline } from '../../../src/progress/report-headline';
import type { Finding } from '../../../src/progress/report-notes';
import type { ProgressState } from '../../../src/progress/state';
import { SAM_ASSIGNMENT, T0, answerAll, progress, realCourse } from './fixtures';

const { index, bank, questions } = realCourse();
const set = SAM_ASSIGNMENT;
const lessonIds = findLesson(index, 'openers/connect-first')?.questions ?? [];
const pool = bank.quizzes.find((q) => q.id === 'final-assessment')?.questions.map((q) => q.id) ?? [];
const drawn = pool.slice(0, findQuiz(index, 'final-assessment')?.draw ?? 15);

/** Every practice question answered (right or wrong); the assessment passed only when right. */
function work(right: boolean): ProgressState {
  let s = answerAll(progress(), questions, lessonIds, T0, right);
  s = completeIfAnswered(s, 'openers/connect-first', lessonIds, T0 + 2000);
  if (!right) return s;
  s = answerAll(s, questions, drawn, T0 + 10_000);
  return assess(s, 'final-assessment', { at: T0 + 20_000, score: drawn.length, max: drawn.length, passed: true, questions: drawn });
}

const honest = buildReport(set, work(true), index, T0 + 30_000);
const clone = (r: Report): Report => JSON.parse(JSON.stringify(r)) as Report;
const words = (f: Finding) => f.map((s) => (typeof s === 'string' ? s : 'name' in s ? s.name : s.day)).join('');
const headline = (r: Report, expected?: Assignment) => reportHeadline(checkReport(r, bank, index, expected));

describe('the headline of a checked report', () => {
  it('an honest report answers the assignment set and passes it', () => {
    expect(headline(honest)).toEqual({ ok: true, text: "✓ The report's claims match its answers" });
    expect(headline(honest, set)).toEqual({ ok: true, text: '✓ This report answers your assignment, and its answers pass it' });
    expect(checkReport(honest, bank, index, set).expected).toMatchObject({ differences: [], passed: true });
  });

  it('a report made against a pass mark of 0, with every answer wrong: never ✓, and not passed at the mark the manager set', () => {
    const zero = buildReport({ ...set, m: 0 }, work(false), index, T0 + 30_000);
    // Its claims agree with its answers at 0%: the old check showed "✓ claims match".
    expect(checkReport(zero, bank, index).problems).toBe(0);
    expect(headline(zero).ok).toBe(false);
    expect(checkReport(zero, bank, index).notes.map(words)).toEqual([expect.stringContaining('pass mark of 0%')]);
    const against = checkReport(zero, bank, index, set);
    expect(against.expected?.differences.map(words)).toEqual(["Pass mark: yours is 80%; the report's is 0%."]);
    expect(against.expected?.passed).toBe(false);
    expect(headline(zero, set)).toEqual({
      ok: false,
      text: '⚠ This report does not answer your assignment, and its answers do not pass it (1 of 3 items done)',
    });
  });

  it('a report whose assignment has fewer items does not answer the one set', () => {
    const fewer = buildReport({ ...set, i: ['L:openers/connect-first'] }, work(true), index, T0 + 30_000);
    expect(headline(fewer).ok).toBe(true); // alone, it is a consistent report of a smaller assignment
    const against = checkReport(fewer, bank, index, set);
    expect(against.expected?.differences.map(words)).toEqual(["Missing from the report's assignment: Practice: connect first and Final assessment."]);
    expect(headline(fewer, set).text).toMatch(/^⚠ This report does not answer your assignment, and its answers do not pass it/);
  });

  it('claims for items outside its assignment, a question answered twice, or another learner are noted', () => {
    const outside = clone(honest);
    outside.assignment.i = outside.assignment.i.filter((id) => id !== 'Q:final-assessment');
    const twice = clone(honest);
    twice.answers.push({ ...twice.answers[0]! });
    const renamed = clone(honest);
    renamed.learner = 'Alex Doe';
    for (const [report, note] of [
      [outside, 'claims items that its assignment does not list: Final assessment'],
      [twice, 'answered more than once in the practice answers (1 question'],
      [renamed, 'The report is for Alex Doe, but the assignment inside it is for Sam Okafor.'],
    ] as const) {
      const check = checkReport(report, bank, index);
      expect(check.notes.map(words)).toEqual([expect.stringContaining(note)]);
      expect(reportHeadline(check).ok).toBe(false);
      expect(headline(report, set).ok).toBe(false);
    }
    expect(checkReport(renamed, bank, index, set).expected?.differences.map(words)).toEqual([
      'Trainee: your assignment is for Sam Okafor; the report is made out to Alex Doe.',
    ]);
  });

  it('names each difference in words: trainee, items, pass mark, dates', () => {
    const other = buildReport(
      { v: 1, n: 'Alex Doe', i: ['Q:connect-first', 'Q:final-assessment', 'Q:hook-or-not'], m: 50, c: '2026-10-01' },
      work(true),
      index,
      T0,
    );
    const check = checkReport(other, bank, index, set);
    expect(check.expected?.differences.map(words)).toEqual([
      "Trainee: your assignment is for Sam Okafor; the report's is for Alex Doe.",
      "Missing from the report's assignment: Lesson: Connect before you pitch.",
      expect.stringMatching(/^In the report's assignment but not in yours: /),
      "Pass mark: yours is 80%; the report's is 50%.",
      "Set on: yours was set on 2026-11-01; the report's on 2026-10-01.",
      "Due date: yours is 2026-12-05; the report's is none.",
    ]);
    // Names and days stay apart from the words, for bidi isolation and the reader's calendar.
    expect(check.expected?.differences[0]).toContainEqual({ name: 'Alex Doe' });
  });

  it('a report with nothing done never gets a ✓, even when its claims agree', () => {
    const nothing = buildReport(set, progress(), index, T0);
    const check = checkReport(nothing, bank, index);
    expect(check.problems).toBe(0);
    expect(reportHeadline(check)).toEqual({ ok: false, text: '⚠ Nothing in this report is done' });
    expect(headline(nothing, set)).toEqual({ ok: false, text: '⚠ This report answers your assignment, but its answers do not pass it (0 of 3 items done)' });
  });

  it('whatever is edited, a ✓ against the manager’s assignment means the same assignment, every item done by the answers', () => {
    const edit = fc.record({
      m: fc.constantFrom(0, 50, 80),
      drop: fc.nat(3),
      learner: fc.constantFrom('Sam Okafor', 'Alex Doe'),
      duplicate: fc.boolean(),
      wrong: fc.boolean(),
    });
    fc.assert(
      fc.property(edit, ({ m, drop, learner, duplicate, wrong }) => {
        const base = buildReport({ ...set, m, i: set.i.slice(0, 3 - Math.min(drop, 2)) }, work(!wrong), index, T0 + 30_000);
        const report = { ...clone(base), learner };
        if (duplicate) report.answers.push({ ...report.answers[0]! });
        const check = checkReport(report, bank, index, set);
        const head = reportHeadline(check);
        if (head.ok) {
          expect(check.expected?.differences).toEqual([]);
          expect(check.expected?.items.every((i) => i.actual.done)).toBe(true);
          expect(check.notes).toEqual([]);
        }
        if (check.done === 0) expect(reportHeadline(checkReport(report, bank, index)).ok).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
