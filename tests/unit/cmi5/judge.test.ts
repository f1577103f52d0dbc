import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueNow, failedAtEnd, moveOnMet, newAnswers, outcomeFor } from '../../../src/cmi5/judge';
import { joinVerdicts, readRecord, readVerdicts } from '../../../src/cmi5/record';
import { MOVE_ON } from '../../../src/cmi5/launch-params';
import type { ProgressState } from '../../../src/progress/state';
import { isDone, outcomeOf } from '../../../src/scorm/outcome';
import { progressArb, smallCourse as course } from '../scorm/course';
import { launchData } from './session';

const t = 1_764_000_000_000;
const none = { completed: false, passed: false };
const done = (key: string) => ({ [key]: { opened: t, completed: t + 1, seconds: 60 } });
const allDone = { ...done('intro/hello'), ...done('intro/why'), ...done('calls/open') };
const state = (over: Partial<ProgressState>): ProgressState => ({ version: 2, generation: 0, lessons: {}, questions: {}, assessments: {}, ...over });
const final = (score: number, at = t + 100) => ({ 'final-assessment': [{ at, score, max: 10, passed: false, questions: [] }] });

describe('cmi5 verdicts', () => {
  it('completed once every lesson is done; passed at the mastery score, with the exact score', () => {
    expect(dueNow(state({ lessons: done('intro/hello') }), course, launchData(), none)).toEqual({ completed: false });
    expect(dueNow(state({ lessons: allDone }), course, launchData(), none)).toEqual({ completed: true });
    expect(dueNow(state({ assessments: final(8) }), course, launchData(), none)).toEqual({ completed: false, passed: { scaled: 0.8, raw: 8, max: 10 } });
    expect(dueNow(state({ assessments: final(7.9) }), course, launchData(), none)).toEqual({ completed: false });
  });

  it('never twice in a registration, and nothing outside Normal launch mode', () => {
    const s = state({ lessons: allDone, assessments: final(9) });
    expect(dueNow(s, course, launchData(), { completed: true, passed: true })).toEqual({ completed: false });
    expect(dueNow(s, course, launchData({ launchMode: 'Browse' }), none)).toEqual({ completed: false });
    expect(dueNow(s, course, launchData({ launchMode: 'Review' }), none)).toEqual({ completed: false });
  });

  it('judges by the LMS mastery score when it sets one, else by the course pass mark', () => {
    const s = state({ assessments: final(7) });
    expect(dueNow(s, course, launchData({ masteryScore: 0.7 }), none).passed).toEqual({ scaled: 0.7, raw: 7, max: 10 });
    expect(dueNow(s, course, launchData({ masteryScore: undefined }), none).passed).toBeUndefined();
    expect(dueNow(state({ assessments: final(8) }), course, launchData({ masteryScore: undefined }), none).passed).toBeDefined();
  });

  it('failed only at the end of a session that assessed below the mark, and never after a pass or a verdict this session', () => {
    const s = state({ assessments: final(5) });
    expect(failedAtEnd(s, course, launchData(), none, false, t)).toEqual({ scaled: 0.5, raw: 5, max: 10 });
    expect(failedAtEnd(s, course, launchData(), none, false, t + 200)).toBeUndefined(); // taken in an earlier session
    expect(failedAtEnd(s, course, launchData(), { completed: false, passed: true }, false, t)).toBeUndefined();
    expect(failedAtEnd(s, course, launchData(), none, true, t)).toBeUndefined();
    expect(failedAtEnd(state({ assessments: final(9) }), course, launchData(), none, false, t)).toBeUndefined();
    expect(failedAtEnd(s, course, launchData({ launchMode: 'Review' }), none, false, t)).toBeUndefined();
  });

  // One way to decide: with the course's own pass mark, cmi5's "passed" is exactly SCORM's "done for credit".
  it('passes exactly when the SCORM packages report the course done, and the score never crosses the mark', () => {
    fc.assert(
      fc.property(progressArb, (s) => {
        const ld = launchData({ masteryScore: course.final?.passMark });
        const due = dueNow(s, course, ld, none);
        expect(due.passed !== undefined).toBe(isDone(outcomeOf(s, course)));
        expect(outcomeFor(s, course, ld)).toEqual(outcomeOf(s, course));
        if (due.passed) expect(due.passed.scaled).toBeGreaterThanOrEqual(0.8);
        const failed = failedAtEnd(s, course, ld, none, false, 0);
        if (failed) expect(failed.scaled).toBeLessThan(0.8);
        expect(due.passed && failed).toBeFalsy();
      }),
    );
  });

  it('moveOn: met by what was sent', () => {
    const met = (sent: typeof none) => MOVE_ON.filter((m) => moveOnMet(m, sent));
    expect(met(none)).toEqual(['NotApplicable']);
    expect(met({ completed: true, passed: false })).toEqual(['Completed', 'CompletedOrPassed', 'NotApplicable']);
    expect(met({ completed: false, passed: true })).toEqual(['Passed', 'CompletedOrPassed', 'NotApplicable']);
    expect(met({ completed: true, passed: true })).toEqual([...MOVE_ON]);
  });

  it('answered: each attempt newer than the last one reported, oldest first', () => {
    const s = state({
      questions: {
        b: [{ at: t + 5, earned: 1, total: 1, response: { selected: ['a'] } }],
        a: [
          { at: t, earned: 0, total: 1, response: { selected: ['c'] } },
          { at: t + 9, earned: 1, total: 1, response: { selected: ['a'] } },
        ],
      },
    });
    expect(newAnswers(s, t).map((a) => [a.id, a.at])).toEqual([
      ['b', t + 5],
      ['a', t + 9],
    ]);
    expect(newAnswers(s, t + 9)).toEqual([]);
  });
});

describe('the record kept in the State API', () => {
  it('reads progress strictly and verdicts as booleans; anything else reads as nothing sent', () => {
    const progress = state({ lessons: allDone });
    expect(readRecord({ progress, verdicts: { completed: true, passed: 'yes' } })).toEqual({ progress, verdicts: { completed: true, passed: false } });
    expect(readRecord(undefined)).toEqual({ verdicts: none });
    expect(readRecord({ progress: { version: 2, lessons: 'x' } }).progress?.lessons ?? {}).toEqual({});
    expect(readVerdicts('{oops')).toEqual(none);
    expect(joinVerdicts({ completed: true, passed: false }, { completed: false, passed: true })).toEqual({ completed: true, passed: true });
  });
});
