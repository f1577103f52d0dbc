import { describe, expect, it } from 'vitest';
import type { ProgressState } from '../../../src/progress/state';
import { EXIT, cmiValues, isDone, outcomeOf } from '../../../src/scorm/outcome';
import { smallCourse as course } from './course';

const t = 1_764_000_000_000;
const done = (key: string) => ({ [key]: { opened: t, completed: t + 1, seconds: 60 } });
const state = (over: Partial<ProgressState>): ProgressState => ({ version: 2, generation: 0, lessons: {}, questions: {}, assessments: {}, ...over });
const allDone = { ...done('intro/hello'), ...done('intro/why'), ...done('calls/open') };

describe('what the LMS is told', () => {
  it('in progress: incomplete, no score', () => {
    const o = outcomeOf(state({ lessons: { ...done('intro/hello'), 'intro/why': { opened: t, seconds: 5 } } }), course);
    expect(o).toEqual({ lessonsDone: 1, lessonsTotal: 3, hasFinal: true });
    expect(cmiValues(o, '1.2')).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(cmiValues(o, '2004')).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.progress_measure', '0.25'],
      ['cmi.success_status', 'unknown'],
    ]);
  });

  // Moodle opens every launch after completed, passed or failed in Review mode, without credit:
  // the final assessment must stay open for credit until it is passed.
  it('every lesson done, no assessment yet: still incomplete, so the assessment counts', () => {
    const o = outcomeOf(state({ lessons: allDone }), course);
    expect(isDone(o)).toBe(false);
    expect(cmiValues(o, '1.2')).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(cmiValues(o, '2004')).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.progress_measure', '0.75'],
      ['cmi.success_status', 'unknown'],
    ]);
  });

  it('a failed assessment: incomplete with its score, never "failed", so a retake counts', () => {
    const failedOnly = outcomeOf(state({ lessons: allDone, assessments: { 'final-assessment': [{ at: t, score: 9.5, max: 15, passed: false, questions: [] }] } }), course);
    expect(cmiValues(failedOnly, '1.2')).toEqual([
      ['cmi.core.lesson_status', 'incomplete'],
      ['cmi.core.score.raw', '63.33'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
    ]);
    expect(cmiValues(failedOnly, '2004').slice(0, 4)).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.progress_measure', '0.75'],
      ['cmi.success_status', 'unknown'],
      ['cmi.score.scaled', '0.6333'],
    ]);
  });

  it('the best attempt passes: passed, completed, with its score', () => {
    const passedLater = outcomeOf(state({ lessons: allDone, assessments: { 'final-assessment': [{ at: t, score: 14, max: 15, passed: true, questions: [] }, { at: t + 5, score: 11, max: 15, passed: false, questions: [] }] } }), course);
    expect(passedLater.assessment).toEqual({ percent: 93.33, passed: true });
    expect(cmiValues(passedLater, '1.2')[0]).toEqual(['cmi.core.lesson_status', 'passed']);
    expect(cmiValues(passedLater, '2004')).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.progress_measure', '1'],
      ['cmi.success_status', 'passed'],
      ['cmi.score.scaled', '0.9333'],
      ['cmi.score.raw', '93.33'],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
    ]);
  });

  it('passed with lessons still open: passed and completed; the progress measure shows the open lessons', () => {
    const o = outcomeOf(state({ assessments: { 'final-assessment': [{ at: t, score: 15, max: 15, passed: true, questions: [] }] } }), course);
    expect(cmiValues(o, '1.2')[0]).toEqual(['cmi.core.lesson_status', 'passed']);
    expect(cmiValues(o, '2004').slice(0, 3)).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.progress_measure', '0.25'],
      ['cmi.success_status', 'passed'],
    ]);
  });

  it('a course without a final assessment: completed when every lesson is', () => {
    const { final: _, ...noFinal } = course;
    const o = outcomeOf(state({ lessons: allDone }), noFinal);
    expect(cmiValues(o, '1.2')).toEqual([['cmi.core.lesson_status', 'completed']]);
    expect(cmiValues(o, '2004')).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.progress_measure', '1'],
      ['cmi.success_status', 'unknown'],
    ]);
  });

  // With exit "normal" a SCORM 2004 LMS starts the next launch from an empty data model.
  it('always leaves with exit suspend, so the LMS keeps the record for the next launch', () => {
    expect(EXIT).toBe('suspend');
  });
});
