/**
 * The sentences of the "My progress" page, as text and links rather than DOM,
 * so the server renders them for no progress and the browser for what this
 * device holds. A first visit then sees the same words before and after the
 * script runs, and nothing on the page moves.
 */
import type { CourseIndex } from './course-index';
import { practiceQuestionIds } from './course-index';
import { reviewQueue } from './leitner';
import type { ProgressState } from './state';
import type { LessonStatus, ModuleSummary } from './summary';
import { assessmentFraction, assessmentPassed, bestAssessment, completedLessons, formatDuration, percent } from './summary';

export type Part = string | { href: string; text: string };

export const lessonStatusText: Record<LessonStatus, string> = {
  completed: '✓ Completed',
  opened: '◐ Started, not completed yet',
  'not-started': '○ Not started',
};

export function courseSummary(state: ProgressState, index: CourseIndex): string {
  const total = index.modules.reduce((n, m) => n + m.lessons.length, 0);
  // Every lesson the store knows, so time spent in a lesson since removed still counts.
  const seconds = Object.values(state.lessons).reduce((s, l) => s + l.seconds, 0);
  return `${completedLessons(state, index)} of ${total} lessons completed · time spent: ${formatDuration(seconds)}.`;
}

export const moduleSummaryText = (module: ModuleSummary): string =>
  `${module.completed} of ${module.lessons.length} lessons completed · time spent: ${formatDuration(module.seconds)}`;

/** The final assessment: not taken, best score so far, or passed with a link to the certificate. */
export function assessmentLine(index: CourseIndex, state: ProgressState, base: string, date: (t: number) => string): Part[] {
  const quiz = index.quizzes.find((q) => q.draw);
  if (!quiz) return [];
  const best = bestAssessment(state, quiz.id);
  const link = { href: quiz.url, text: quiz.title };
  if (!best) return [link, `: not taken yet. You need ${percent(quiz.passMark)} to pass.`];
  const score = percent(assessmentFraction(best));
  if (assessmentPassed(best, quiz.passMark))
    return [link, `: ✓ passed with ${score} on ${date(best.at)}. `, { href: `${base}certificate/`, text: 'Print your certificate' }, '.'];
  return [link, `: best score so far ${score}; you need ${percent(quiz.passMark)} to pass.`];
}

export function reviewLine(index: CourseIndex, state: ProgressState, base: string, now: number): Part[] {
  const queue = reviewQueue(state.questions, practiceQuestionIds(index), now);
  const link = (text: string) => ({ href: `${base}review/`, text });
  const due = queue.due.length;
  if (due) return [link(`${due} ${due === 1 ? 'question' : 'questions'} to review today`), '.'];
  const later = queue.later.length;
  if (later) return [`Nothing to review today. ${later} missed ${later === 1 ? 'question comes' : 'questions come'} back later; see `, link('Review'), '.'];
  return ['Questions you miss come back on the ', link('Review'), ' page, spaced out over the following days.'];
}
