/**
 * What the LMS is told, from progress: how far the learner is, whether the
 * final assessment is passed, and the CMI values that say so in SCORM 1.2
 * and in SCORM 2004. Pure: no DOM, no LMS calls (lms-api.ts makes those).
 *
 * SCORM 1.2 has one status: the final assessment decides it once taken
 * (passed or failed, its best attempt); before that it is completed when
 * every lesson is, else incomplete. SCORM 2004 reports the two apart:
 * completion from the lessons, success from the assessment.
 */
import type { ProgressState } from '../progress/state';
import { assessmentPassed, bestAssessment } from '../progress/summary';
import { entry } from '../progress/state';
import type { ScormCourse } from './course-map';

export type ScormVersion = '1.2' | '2004';

export interface Outcome {
  lessonsDone: number;
  lessonsTotal: number;
  /** The final assessment's best attempt, as a percentage; absent until it is taken. */
  assessment?: { percent: number; passed: boolean };
}

export function outcomeOf(state: ProgressState, course: ScormCourse): Outcome {
  const lessonsDone = course.lessons.filter((key) => entry(state.l, key)?.c !== undefined).length;
  const best = course.final ? bestAssessment(state, course.final.id) : undefined;
  const percent = best && best[2] > 0 ? Math.round((best[1] / best[2]) * 10_000) / 100 : 0;
  return { lessonsDone, lessonsTotal: course.lessons.length, ...(best && course.final ? { assessment: { percent, passed: assessmentPassed(best, course.final.passMark) } } : {}) };
}

export const isComplete = (o: Outcome) => o.lessonsDone === o.lessonsTotal;

/** Done for good: the next launch may start afresh (exit normal rather than suspend). */
export const isFinished = (o: Outcome) => isComplete(o) && o.assessment?.passed === true;

/** CMI element → value, in the order to set them. */
export function cmiValues(o: Outcome, version: ScormVersion): [string, string][] {
  const score = o.assessment ? String(o.assessment.percent) : undefined;
  if (version === '1.2') {
    const status = o.assessment ? (o.assessment.passed ? 'passed' : 'failed') : isComplete(o) ? 'completed' : 'incomplete';
    return [['cmi.core.lesson_status', status], ...(score ? ([['cmi.core.score.raw', score], ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']] as [string, string][]) : [])];
  }
  const progress = o.lessonsTotal ? Math.round((o.lessonsDone / o.lessonsTotal) * 1000) / 1000 : 1;
  return [
    ['cmi.completion_status', isComplete(o) ? 'completed' : 'incomplete'],
    ['cmi.progress_measure', String(progress)],
    ['cmi.success_status', o.assessment ? (o.assessment.passed ? 'passed' : 'failed') : 'unknown'],
    ...(o.assessment && score
      ? ([
          ['cmi.score.scaled', String(Math.round(o.assessment.percent * 100) / 10_000)],
          ['cmi.score.raw', score],
          ['cmi.score.min', '0'],
          ['cmi.score.max', '100'],
        ] as [string, string][])
      : []),
  ];
}

/** cmi.core.exit / cmi.exit when the session ends. */
export function exitValue(o: Outcome, version: ScormVersion): string {
  if (!isFinished(o)) return 'suspend';
  return version === '1.2' ? '' : 'normal';
}
