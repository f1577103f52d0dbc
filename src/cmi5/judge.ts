/**
 * Which cmi5 verdicts are due, from progress. Pure. Completion and the pass
 * are worked out the one way the SCORM packages work them out (outcomeOf in
 * scorm/outcome.ts), with the LMS's mastery score in place of the course's
 * pass mark when the LMS sets one. The cmi5 rules decide when each may go:
 *
 * - completed when every lesson's practice is done, once per registration (§9.3.0.0-6);
 * - passed when the final assessment's best attempt reaches the mastery
 *   score, once per registration (§9.3.0.0-7), as soon as it happens;
 * - failed only as the session ends, when this session assessed below the
 *   mastery score and nothing passed: a session may carry one of passed and
 *   failed (§9.3.0.0-3), so sending failed at once would leave a retake
 *   in the same session no way to pass; never after a pass (§9.3.0.0-8);
 * - none of them outside Normal launch mode (Browse, Review: §10.2.2).
 */
import type { ProgressState } from '../progress/state';
import { entry } from '../progress/state';
import type { ScormCourse } from '../scorm/course-map';
import type { Outcome } from '../scorm/outcome';
import { outcomeOf } from '../scorm/outcome';
import type { LaunchData, MoveOn } from './launch-params';

/** What this registration has been sent, kept with the progress (per registration) and in the LRS. */
export interface Verdicts {
  completed: boolean;
  passed: boolean;
}

export interface Score {
  scaled: number;
  raw: number;
  max: number;
}

/** The course's outcome judged against the LMS's mastery score, if any, else the course's pass mark. */
export function outcomeFor(state: ProgressState, course: ScormCourse, launchData: Pick<LaunchData, 'masteryScore'>): Outcome {
  const mastery = launchData.masteryScore;
  return outcomeOf(state, course.final && mastery !== undefined ? { ...course, final: { ...course.final, passMark: mastery } } : course);
}

/** The best attempt's score: exact (no rounding that could cross the mastery score), and for a pass never below it. */
export function scoreOf(state: ProgressState, course: ScormCourse, passMark: number, passed: boolean): Score | undefined {
  const attempts = course.final ? (entry(state.assessments, course.final.id) ?? []) : [];
  const best = attempts.filter((a) => a.max > 0).sort((a, b) => b.score / b.max - a.score / a.max || a.at - b.at)[0];
  if (!best) return undefined;
  const fraction = Math.min(1, Math.max(0, best.score / best.max));
  // The pass test allows 1e-9 below the mark for rounding; a passed statement must not show less (§9.3.4.0-2).
  return { scaled: passed ? Math.max(fraction, Math.min(1, passMark)) : fraction, raw: best.score, max: best.max };
}

export const passMarkOf = (course: ScormCourse, launchData: Pick<LaunchData, 'masteryScore'>): number => launchData.masteryScore ?? course.final?.passMark ?? 1;

/** The verdicts to send now, in order, with the pass's score. */
export function dueNow(
  state: ProgressState,
  course: ScormCourse,
  launchData: Pick<LaunchData, 'masteryScore' | 'launchMode'>,
  sent: Verdicts,
): { completed: boolean; passed?: Score } {
  if (launchData.launchMode !== 'Normal') return { completed: false };
  const o = outcomeFor(state, course, launchData);
  const completed = !sent.completed && o.lessonsTotal > 0 && o.lessonsDone === o.lessonsTotal;
  const passed = !sent.passed && o.assessment?.passed === true ? scoreOf(state, course, passMarkOf(course, launchData), true) : undefined;
  return { completed, ...(passed ? { passed } : {}) };
}

/** The failed verdict due as a session ends: an assessment taken since `since`, below the mark, nothing passed. */
export function failedAtEnd(
  state: ProgressState,
  course: ScormCourse,
  launchData: Pick<LaunchData, 'masteryScore' | 'launchMode'>,
  sent: Verdicts,
  judgedThisSession: boolean,
  since: number,
): Score | undefined {
  if (launchData.launchMode !== 'Normal' || sent.passed || judgedThisSession || !course.final) return undefined;
  const o = outcomeFor(state, course, launchData);
  const tookOne = (entry(state.assessments, course.final.id) ?? []).some((a) => a.at >= since);
  if (!tookOne || !o.assessment || o.assessment.passed) return undefined;
  return scoreOf(state, course, passMarkOf(course, launchData), false);
}

/** Whether the LMS will count this AU as done under its moveOn (§13.1.4), from what was sent. */
export function moveOnMet(moveOn: MoveOn, sent: Verdicts): boolean {
  switch (moveOn) {
    case 'Passed':
      return sent.passed;
    case 'Completed':
      return sent.completed;
    case 'CompletedAndPassed':
      return sent.completed && sent.passed;
    case 'CompletedOrPassed':
      return sent.completed || sent.passed;
    case 'NotApplicable':
      return true;
  }
}

/** Question attempts newer than `since` (ms), oldest first: each becomes one answered statement. */
export function newAnswers(state: ProgressState, since: number): { id: string; at: number; earned: number; total: number; response: unknown }[] {
  const out = [];
  for (const id of Object.keys(state.questions).sort()) {
    for (const a of entry(state.questions, id) ?? []) if (a.at > since) out.push({ id, at: a.at, earned: a.earned, total: a.total, response: a.response });
  }
  return out.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
