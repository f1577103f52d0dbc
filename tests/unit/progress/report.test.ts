import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentStatus } from '../../../src/progress/assignment-status';
import { checkReport } from '../../../src/progress/check-report';
import { findLesson, findQuiz } from '../../../src/progress/course-index';
import { assess, completeIfAnswered } from '../../../src/progress/record';
import type { Report } from '../../../src/progress/report';
import { buildReport, reportFileName } from '../../../src/progress/report';
import { MAX_REPORT_BYTES, readReport } from '../../../src/progress/report-file';
import { isVisibleText } from '../../../src/progress/sane';
import type { ProgressState } from '../../../src/progress/state';
import { SAM_ASSIGNMENT, T0, answerAll, progress, responseFor, realCourse } from './fixtures';

const { index, bank, questions } = realCourse();
const assignment = SAM_ASSIGNMENT;
const lessonIds = findLesson(index, 'openers/connect-first')?.questions ?? [];
const pool = bank.quizzes.find((q) => q.id === 'final-assessment')?.questions.map((q) => q.id) ?? [];
const drawn = pool.slice(0, findQuiz(index, 'final-assessment')?.draw ?? 15);

function finished(): ProgressState {
  let s = answerAll(progress(), questions, lessonIds, T0, false);
  s = answerAll(s, questions, lessonIds, T0 + 1000);
  s = completeIfAnswered(s, 'openers/connect-first', lessonIds, T0 + 2000);
  s = answerAll(s, questions, drawn, T0 + 10_000);
  return assess(s, 'final-assessment', { at: T0 + 20_000, score: drawn.length, max: drawn.length, passed: true, questions: drawn });
}

const clone = (r: Report): Report => JSON.parse(JSON.stringify(r)) as Report;

describe('completion report', () => {
  it('is built from progress: each practice question at its best, the assessment attempt with its answers', () => {
    const state = finished();
    expect(assignmentStatus(assignment, state, index, T0).allDone).toBe(true);
    const report = buildReport(assignment, state, index, T0 + 30_000);
    expect(report.answers.map((a) => a.q).sort()).toEqual([...lessonIds].sort());
    expect(report.answers.every((a) => a.score === a.max)).toBe(true);
    expect(report.assessments).toHaveLength(1);
    expect(report.assessments[0]?.answers.map((a) => a.q)).toEqual(drawn);
    expect(report.items).toEqual([
      { id: 'L:openers/connect-first', done: true },
      { id: 'Q:connect-first', done: true, score: 1 },
      { id: 'Q:final-assessment', done: true, score: 1 },
    ]);
    expect(reportFileName(report)).toBe('warm-open-report-sam-okafor.json');
  });

  it('survives the trip through a file unchanged', () => {
    const report = buildReport(assignment, finished(), index, T0 + 30_000);
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 80, unit: 'binary' }).filter((s) => s.trim() !== '' && isVisibleText(s)),
        (name) => {
          const named = { ...report, learner: name, assignment: { ...report.assignment, n: name } };
          expect(readReport(JSON.stringify(named, null, 1))).toEqual({ ok: true, value: named });
        },
      ),
    );
  });

  it('any text fed to the reader gives a report or a clear message, never an exception', () => {
    const report = JSON.stringify(buildReport(assignment, finished(), index, T0));
    const texts = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ format: 'warm-open-report', v: 1, ...(typeof v === 'object' && v !== null ? v : { x: v }) })),
      fc.tuple(fc.nat(report.length - 1), fc.string({ maxLength: 3 })).map(([at, s]) => report.slice(0, at) + s + report.slice(at + 1)),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const result = readReport(text);
        if (!result.ok) expect(result.error).toMatch(/^This (file|report)/);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const input of [value as unknown as string, JSON.stringify(value) ?? '']) {
          const result = readReport(input);
          if (!result.ok) expect(result.error).toMatch(/^This (file|report)/);
        }
      }),
    );
    expect(readReport('x'.repeat(MAX_REPORT_BYTES + 1))).toEqual({ ok: false, error: 'This file is too large to be a report from this course.' });
    expect(readReport('{"format":"warm-open-report","v":9}')).toMatchObject({ ok: false, error: expect.stringContaining('newer version') });
  });

  // Issue 15, defect 10: a learner nobody can see, or a time no calendar shows, is not a report the course writes.
  it.each([
    ['a learner of only invisible characters', (r: Report) => (r.learner = '\u200b\u2066\u3164'), 'learner: the name shows no visible character'],
    ['a made time beyond the year 2199', (r: Report) => (r.made = 8.64e15), 'made: not a time between the years 2000 and 2199'],
    ['a made time before 2000', (r: Report) => (r.made = 0), 'made: not a time'],
    ['an answer time beyond the year 2199', (r: Report) => (r.answers[0]!.t = Date.UTC(2200, 0, 1)), 'answers.0.t: not a time'],
    ['an assessment time of a fraction', (r: Report) => (r.assessments[0]!.t = T0 + 0.5), 'assessments.0.t: not a time'],
    ['an assignment day in year 2200', (r: Report) => (r.assignment.d = '2200-03-01'), 'assignment.d: not a real date'],
  ])('refuses %s', (_, edit, message) => {
    const edited = clone(buildReport(assignment, finished(), index, T0 + 30_000));
    edit(edited);
    expect(readReport(JSON.stringify(edited))).toMatchObject({ ok: false, error: expect.stringContaining(message) });
  });
});

describe('checking a report', () => {
  const report = buildReport(assignment, finished(), index, T0 + 30_000);

  it('an honest report: every claim matches its answers', () => {
    const check = checkReport(report, bank, index);
    expect(check.problems).toBe(0);
    expect(check.sameQuestions).toBe(true);
    expect(check.answers.every((a) => a.verdict === 'match')).toBe(true);
    expect(check.items.map((i) => i.actual.done)).toEqual([true, true, true]);
    expect(check.assessments[0]).toMatchObject({ verdict: 'match', actual: { score: drawn.length, max: drawn.length, passed: true } });
    expect(check.answers[0]?.lines.length).toBeGreaterThan(0);
  });

  it('a raised score on a wrong answer is flagged', () => {
    const edited = clone(report);
    const first = edited.answers[0]!;
    first.response = responseFor(questions.get(first.q)!, false);
    const check = checkReport(edited, bank, index);
    expect(check.answers[0]?.verdict).toBe('mismatch');
    expect(check.answers[0]?.actual?.score).toBeLessThan(first.score);
    expect(check.items.find((i) => i.id === 'Q:connect-first')?.verdict).toBe('mismatch');
    expect(check.problems).toBeGreaterThanOrEqual(2);
  });

  it('an edited claim with untouched answers is flagged too', () => {
    const edited = clone(report);
    edited.assessments[0]!.score = 15;
    edited.assessments[0]!.answers[0]!.response = responseFor(questions.get(drawn[0]!)!, false);
    edited.assessments[0]!.answers[0]!.score = 1;
    const check = checkReport(edited, bank, index);
    expect(check.assessments[0]?.verdict).toBe('mismatch');
    expect(check.assessments[0]?.actual.score).toBeLessThan(15);
  });

  it('claims an item is done that its answers do not show', () => {
    const edited = clone(report);
    edited.answers = edited.answers.slice(1);
    const check = checkReport(edited, bank, index);
    expect(check.items.find((i) => i.id === 'L:openers/connect-first')).toMatchObject({
      claimed: { done: true },
      actual: { done: false },
      verdict: 'mismatch',
    });
  });

  it('questions from elsewhere: unknown ids, practice answers passed off as assessment ones, short assessments', () => {
    const edited = clone(report);
    edited.answers.push({ q: 'not-in-this-course', t: T0, score: 1, max: 1, response: { selected: [0] } });
    const practice = edited.answers[0]!;
    edited.assessments[0]!.answers = [...edited.assessments[0]!.answers.slice(1), { ...practice }];
    edited.assessments[0]!.answers.pop();
    const check = checkReport(edited, bank, index);
    expect(check.answers.at(-1)?.verdict).toBe('unknown');
    expect(check.assessments[0]?.notes).toEqual([expect.stringContaining(`this assessment asks ${drawn.length} questions`)]);
    const again = clone(report);
    again.assessments[0]!.answers[0] = { ...practice };
    expect(checkReport(again, bank, index).assessments[0]?.answers[0]?.verdict).toBe('misplaced');
  });

  it('an unreadable response is flagged, not crashed on', () => {
    const edited = clone(report);
    edited.answers[0]!.response = { selected: 'all of them' };
    expect(checkReport(edited, bank, index).answers[0]?.verdict).toBe('invalid');
  });

  it('says when the report was made against different questions', () => {
    expect(checkReport({ ...report, rev: 'older' }, bank, index).sameQuestions).toBe(false);
  });
});
