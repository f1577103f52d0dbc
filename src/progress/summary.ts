/**
 * Progress read back as the learner and the manager think of it: per lesson
 * and module, status, best and latest scores, questions missed, time spent.
 */
import type { CourseIndex, IndexLesson, IndexModule } from './course-index';
import { lessonsOf } from './course-index';
import type { AssessmentAttempt, Attempt, ProgressState } from './state';
import { fraction, isRight } from './attempts';
import { passed } from '../quiz/engine/result';
import { entry } from './state';

export interface QuizScore {
  /** Questions answered at least once. */
  answered: number;
  total: number;
  /** Mean over all the questions of each one's best fraction (unanswered count as 0). */
  best: number;
  /** The same over each one's latest attempt. */
  latest: number;
}

export function quizScore(state: ProgressState, questionIds: readonly string[]): QuizScore {
  let answered = 0;
  let best = 0;
  let latest = 0;
  for (const id of questionIds) {
    const attempts = entry(state.questions, id) ?? [];
    const last = attempts.at(-1);
    if (!last) continue;
    answered += 1;
    best += Math.max(...attempts.map(fraction));
    latest += fraction(last);
  }
  const total = questionIds.length;
  return { answered, total, best: total ? best / total : 0, latest: total ? latest / total : 0 };
}

export type LessonStatus = 'not-started' | 'opened' | 'completed';

export interface LessonSummary extends QuizScore {
  lesson: IndexLesson;
  status: LessonStatus;
  /** Questions whose latest attempt was not fully right. */
  missed: string[];
  seconds: number;
}

export function lessonSummary(state: ProgressState, lesson: IndexLesson): LessonSummary {
  const record = entry(state.lessons, lesson.key);
  const status: LessonStatus = record?.completed !== undefined ? 'completed' : record ? 'opened' : 'not-started';
  const missed = lesson.questions.filter((id) => {
    const last = entry(state.questions, id)?.at(-1);
    return last !== undefined && !isRight(last);
  });
  return { lesson, status, missed, seconds: record?.seconds ?? 0, ...quizScore(state, lesson.questions) };
}

export interface ModuleSummary {
  module: IndexModule;
  lessons: LessonSummary[];
  completed: number;
  seconds: number;
}

export function moduleSummaries(state: ProgressState, index: CourseIndex): ModuleSummary[] {
  return index.modules.map((module) => {
    const lessons = module.lessons.map((l) => lessonSummary(state, l));
    return {
      module,
      lessons,
      completed: lessons.filter((l) => l.status === 'completed').length,
      seconds: lessons.reduce((sum, l) => sum + l.seconds, 0),
    };
  });
}

export const completedLessons = (state: ProgressState, index: CourseIndex): number =>
  lessonsOf(index).filter((l) => entry(state.lessons, l.key)?.completed !== undefined).length;

const assessmentFraction = (a: AssessmentAttempt) => (a.max > 0 ? a.score / a.max : 0);

/**
 * The best attempt at an assessment: the higher score, then the earlier. (Under
 * one pass mark a higher score is never the worse result, so the stored passed
 * flag is not needed to choose, and is not trusted: see assessmentPassed.)
 */
export function bestAssessment(state: ProgressState, quizId: string): AssessmentAttempt | undefined {
  let best: AssessmentAttempt | undefined;
  for (const attempt of entry(state.assessments, quizId) ?? []) if (!best || assessmentFraction(attempt) > assessmentFraction(best)) best = attempt;
  return best;
}

/** Whether an attempt passed, worked out again from its score and the quiz's pass mark (a fraction): the stored flag is only what a page once wrote. */
export const assessmentPassed = (attempt: AssessmentAttempt, passMark: number): boolean => attempt.max > 0 && passed(assessmentFraction(attempt), passMark);

export { assessmentFraction };

/** The attempt at a question that an assessment used: the latest at or before its time. */
export function attemptAt(attempts: readonly Attempt[] | undefined, t: number): Attempt | undefined {
  let found: Attempt | undefined;
  for (const a of attempts ?? []) if (a.at <= t) found = a;
  return found;
}

/** "1 h 5 min", "12 min", "under a minute". */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return seconds > 0 ? 'under a minute' : 'none yet';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`;
}

export const percent = (f: number): string => `${Math.round(f * 100)}%`;
