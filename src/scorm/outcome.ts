/**
 * What the LMS is told, from progress: how far the learner is, whether the
 * final assessment is passed, and the CMI values that say so in SCORM 1.2
 * and in SCORM 2004. Pure: no DOM, no LMS calls (lms-api.ts makes those;
 * attempt.ts decides which of these values may be written at all).
 *
 * The statuses keep the final assessment open for credit until it is passed.
 * Moodle opens a launch in Review mode, with credit "no-credit", as soon as
 * the status it holds is completed, passed or failed (mod/scorm's
 * scorm_check_mode), and an LMS that honours no-credit may throw away what a
 * learner does then. So a course with a final assessment reports:
 *
 * - incomplete (2004: completion incomplete, success unknown) until the
 *   final assessment is passed, with the best attempt's score as soon as
 *   there is one: lessons done and assessments failed do not end the attempt;
 * - passed (2004: completed and passed) once it is passed, its best attempt's score.
 *
 * "failed" is never reported: it would lock the learner out of a retake for
 * credit, and a lower score says the same. A course without a final
 * assessment is completed when every lesson is.
 */
import type { ProgressState } from '../progress/state';
import { assessmentPassed, bestAssessment } from '../progress/summary';
import { entry } from '../progress/state';
import type { ScormCourse } from './course-map';

export type ScormVersion = '1.2' | '2004';

export interface Outcome {
  lessonsDone: number;
  lessonsTotal: number;
  /** The course has a final assessment, so passing it is what finishes the course. */
  hasFinal: boolean;
  /** The final assessment's best attempt, as a percentage; absent until it is taken. */
  assessment?: { percent: number; passed: boolean };
}

export function outcomeOf(state: ProgressState, course: ScormCourse): Outcome {
  const lessonsDone = course.lessons.filter((key) => entry(state.lessons, key)?.completed !== undefined).length;
  const best = course.final ? bestAssessment(state, course.final.id) : undefined;
  const percent = best && best.max > 0 ? Math.round((best.score / best.max) * 10_000) / 100 : 0;
  return {
    lessonsDone,
    lessonsTotal: course.lessons.length,
    hasFinal: course.final !== undefined,
    // Worked out from the score against the pass mark: the stored pass flag is not trusted.
    ...(best && course.final ? { assessment: { percent, passed: assessmentPassed(best, course.final.passMark) } } : {}),
  };
}

/** Done for credit: the final assessment passed, or, in a course without one, every lesson completed. */
export const isDone = (o: Outcome) => (o.hasFinal ? o.assessment?.passed === true : o.lessonsDone === o.lessonsTotal);

/** Lessons done out of all, with a passed final assessment counted as one more step (so 1 only when done). */
function progressMeasure(o: Outcome): number {
  const steps = o.lessonsTotal + (o.hasFinal ? 1 : 0);
  const done = o.lessonsDone + (o.hasFinal && o.assessment?.passed ? 1 : 0);
  return steps ? Math.round((done / steps) * 1000) / 1000 : 1;
}

/** CMI element → value, in the order to set them. */
export function cmiValues(o: Outcome, version: ScormVersion): [string, string][] {
  const done = isDone(o);
  const score = o.assessment ? String(o.assessment.percent) : undefined;
  if (version === '1.2') {
    const status = done ? (o.hasFinal ? 'passed' : 'completed') : 'incomplete';
    return [['cmi.core.lesson_status', status], ...(score ? ([['cmi.core.score.raw', score], ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']] as [string, string][]) : [])];
  }
  return [
    ['cmi.completion_status', done ? 'completed' : 'incomplete'],
    ['cmi.progress_measure', String(progressMeasure(o))],
    ['cmi.success_status', done && o.hasFinal ? 'passed' : 'unknown'],
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

/**
 * cmi.core.exit / cmi.exit when the session ends: always "suspend", passed or
 * not. With "normal" a SCORM 2004 LMS starts the next launch from an empty
 * data model (Moodle: entry ab-initio, in Review mode), so a learner who
 * passed and came back on another computer saw none of their record. A new
 * attempt is the LMS's to start (Moodle: "Start a new attempt").
 */
export const EXIT = 'suspend';
