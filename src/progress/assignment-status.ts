/**
 * Where a trainee stands on an assignment, from their own progress: what is
 * done, what is next, how many days are left. The trainee's page and the
 * completion report both use it, and the manager's check recomputes the same
 * rules from the answers in the report (check-report.ts).
 */
import type { Assignment } from './assignment';
import { dayOfIso } from './assignment';
import type { CourseIndex } from './course-index';
import { findLesson, findQuiz } from './course-index';
import { dayNumber } from './leitner';
import type { ProgressState } from './state';
import { entry } from './state';
import { assessmentFraction, bestAssessment, percent, quizScore } from './summary';

export interface ItemStatus {
  /** "L:…" or "Q:…" */
  id: string;
  kind: 'lesson' | 'quiz';
  title: string;
  url: string;
  done: boolean;
  started: boolean;
  /** Quizzes: the best score so far, 0 to 1. */
  score?: number;
  /** Where it stands, in words. */
  detail: string;
}

export interface AssignmentStatus {
  items: ItemStatus[];
  done: number;
  /** The first item not done, in the manager's order. */
  next?: ItemStatus;
  allDone: boolean;
  /** Days until the due date (0 on the day, negative when late); undefined without a due date. */
  daysLeft?: number;
}

/** Whether a fraction meets a whole-percent mark; the tolerance stops 0.7 + 0.1 failing 80. */
export const meets = (fraction: number, markPercent: number): boolean => fraction >= markPercent / 100 - 1e-9;

export function itemStatus(id: string, mark: number, state: ProgressState, index: CourseIndex): ItemStatus | undefined {
  const key = id.slice(2);
  if (id.startsWith('L:')) {
    const lesson = findLesson(index, key);
    if (!lesson) return undefined;
    const record = entry(state.lessons, lesson.key);
    const { answered, total } = quizScore(state, lesson.questions);
    const done = record?.completed !== undefined;
    const detail = done ? 'Completed' : !record ? 'Not started' : total ? `Opened; ${answered} of ${total} practice questions answered` : 'Opened';
    return { id, kind: 'lesson', title: lesson.title, url: lesson.url, done, started: record !== undefined, detail };
  }
  const quiz = findQuiz(index, key);
  if (!quiz) return undefined;
  const need = `needs ${mark}%`;
  if (quiz.draw) {
    const best = bestAssessment(state, quiz.id);
    const score = best ? assessmentFraction(best) : undefined;
    const done = score !== undefined && meets(score, mark);
    const detail = score === undefined ? `Not taken yet; ${need}` : done ? `Passed with ${percent(score)}` : `Best score ${percent(score)}; ${need}`;
    return { id, kind: 'quiz', title: quiz.title, url: quiz.url, done, started: score !== undefined, ...(score === undefined ? {} : { score }), detail };
  }
  const ids = quiz.questions.map((q) => q.id);
  const s = quizScore(state, ids);
  const done = s.answered === s.total && meets(s.best, mark);
  const detail =
    s.answered === 0
      ? `Not tried yet; ${need}`
      : s.answered < s.total
        ? `${s.answered} of ${s.total} questions answered; ${need}`
        : done
          ? `Passed with ${percent(s.best)}`
          : `Best score ${percent(s.best)}; ${need}`;
  return { id, kind: 'quiz', title: quiz.title, url: quiz.url, done, started: s.answered > 0, score: s.best, detail };
}

export function assignmentStatus(a: Assignment, state: ProgressState, index: CourseIndex, now: number): AssignmentStatus {
  const items = a.i.flatMap((id) => itemStatus(id, a.m, state, index) ?? []);
  const done = items.filter((i) => i.done).length;
  const next = items.find((i) => !i.done);
  return {
    items,
    done,
    ...(next ? { next } : {}),
    allDone: items.length > 0 && done === items.length,
    ...(a.d ? { daysLeft: dayOfIso(a.d) - dayNumber(now) } : {}),
  };
}

/** "5 days left", "Due today", "2 days late". */
export function daysLeftText(days: number): string {
  if (days === 0) return 'Due today';
  if (days > 0) return `${days} ${days === 1 ? 'day' : 'days'} left`;
  return `${-days} ${days === -1 ? 'day' : 'days'} past the due date`;
}
