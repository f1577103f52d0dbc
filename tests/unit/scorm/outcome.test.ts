import { describe, expect, it } from 'vitest';
import type { ProgressState } from '../../../src/progress/state';
import { cmiValues, exitValue, outcomeOf } from '../../../src/scorm/outcome';
import { smallCourse as course } from './course';

const t = 1_764_000_000_000;
const done = (key: string) => ({ [key]: { o: t, c: t + 1, s: 60 } });
const state = (over: Partial<ProgressState>): ProgressState => ({ v: 1, r: 0, l: {}, q: {}, a: {}, ...over });
const allDone = { ...done('intro/hello'), ...done('intro/why'), ...done('calls/open') };

describe('what the LMS is told', () => {
  it('in progress: incomplete, no score', () => {
    const o = outcomeOf(state({ l: { ...done('intro/hello'), 'intro/why': { o: t, s: 5 } } }), course);
    expect(o).toEqual({ lessonsDone: 1, lessonsTotal: 3 });
    expect(cmiValues(o, '1.2')).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(cmiValues(o, '2004')).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.progress_measure', '0.333'],
      ['cmi.success_status', 'unknown'],
    ]);
    expect(exitValue(o, '1.2')).toBe('suspend');
  });

  it('every lesson done, no assessment yet: completed', () => {
    const o = outcomeOf(state({ l: allDone }), course);
    expect(cmiValues(o, '1.2')).toEqual([['cmi.core.lesson_status', 'completed']]);
    expect(cmiValues(o, '2004').slice(0, 3)).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.progress_measure', '1'],
      ['cmi.success_status', 'unknown'],
    ]);
    expect(exitValue(o, '2004')).toBe('suspend');
  });

  it('the best assessment attempt decides passed or failed, with its score', () => {
    const failedOnly = outcomeOf(state({ a: { 'final-assessment': [[t, 9.5, 15, 0, []]] } }), course);
    expect(cmiValues(failedOnly, '1.2')).toEqual([
      ['cmi.core.lesson_status', 'failed'],
      ['cmi.core.score.raw', '63.33'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
    ]);
    const passedLater = outcomeOf(state({ l: allDone, a: { 'final-assessment': [[t, 14, 15, 1, []], [t + 5, 11, 15, 0, []]] } }), course);
    expect(passedLater.assessment).toEqual({ percent: 93.33, passed: true });
    expect(cmiValues(passedLater, '2004')).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.progress_measure', '1'],
      ['cmi.success_status', 'passed'],
      ['cmi.score.scaled', '0.9333'],
      ['cmi.score.raw', '93.33'],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
    ]);
    expect(exitValue(passedLater, '1.2')).toBe('');
    expect(exitValue(passedLater, '2004')).toBe('normal');
  });

  it('passed with lessons still open: 2004 says so apart; the session stays resumable', () => {
    const o = outcomeOf(state({ a: { 'final-assessment': [[t, 15, 15, 1, []]] } }), course);
    expect(cmiValues(o, '1.2')[0]).toEqual(['cmi.core.lesson_status', 'passed']);
    expect(cmiValues(o, '2004').slice(0, 3)).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.progress_measure', '0'],
      ['cmi.success_status', 'passed'],
    ]);
    expect(exitValue(o, '2004')).toBe('suspend');
  });
});
