/**
 * Answers and assessments, as changes to progress (visits and time are
 * visits.ts's, kept apart so the tracker on every page stays small). Pure:
 * each takes a state and returns a new one, so the store can apply them to
 * the freshest stored copy. A change the reader would refuse (entry-rules.ts:
 * an id that is not an id, a time outside the sane range, more points than
 * possible) is not made: the state comes back as it was.
 */
import { checkAssessment, checkAttempt, checkLesson } from './entry-rules';
import { attemptsIn, capAttempts } from './merge';
import type { AssessmentAttempt, Attempt, ProgressState } from './state';
import { ID, entry } from './state';

export function answer(state: ProgressState, questionId: string, attempt: Attempt): ProgressState {
  if (!ID.test(questionId) || checkAttempt(attempt, questionId)) return state;
  const list = capAttempts([...attemptsIn(entry(state.q, questionId)).filter((a) => a[0] !== attempt[0]), attempt].sort((x, y) => x[0] - y[0]));
  return { ...state, q: { ...state.q, [questionId]: list } };
}

/** Every practice question answered at least once: the lesson is complete (once; the first time stands). */
export function completeIfAnswered(state: ProgressState, lesson: string, questionIds: readonly string[], t: number): ProgressState {
  const current = entry(state.l, lesson) ?? { o: t, s: 0 };
  const next = { ...current, c: t };
  if (current.c !== undefined || !ID.test(lesson) || checkLesson(next, lesson) || !questionIds.every((id) => (entry(state.q, id)?.length ?? 0) > 0)) return state;
  return { ...state, l: { ...state.l, [lesson]: next } };
}

export function assess(state: ProgressState, quizId: string, attempt: AssessmentAttempt): ProgressState {
  if (!ID.test(quizId) || checkAssessment(attempt, quizId)) return state;
  const list = [...attemptsIn(entry(state.a, quizId)).filter((a) => a[0] !== attempt[0]), attempt].sort((x, y) => x[0] - y[0]);
  return { ...state, a: { ...state.a, [quizId]: list } };
}
