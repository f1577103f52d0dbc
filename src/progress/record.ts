/**
 * Answers and assessments, as changes to progress (visits and time are
 * visits.ts's, kept apart so the tracker on every page stays small). Pure:
 * each takes a state and returns a new one, so the store can apply them to
 * the freshest stored copy.
 */
import { capAttempts } from './merge';
import type { AssessmentAttempt, Attempt, ProgressState } from './state';

export function answer(state: ProgressState, questionId: string, attempt: Attempt): ProgressState {
  const list = capAttempts([...(state.q[questionId] ?? []).filter((a) => a[0] !== attempt[0]), attempt].sort((x, y) => x[0] - y[0]));
  return { ...state, q: { ...state.q, [questionId]: list } };
}

/** Every practice question answered at least once: the lesson is complete (once; the first time stands). */
export function completeIfAnswered(state: ProgressState, lesson: string, questionIds: readonly string[], t: number): ProgressState {
  const current = state.l[lesson] ?? { o: t, s: 0 };
  if (current.c !== undefined || !questionIds.every((id) => (state.q[id]?.length ?? 0) > 0)) return state;
  return { ...state, l: { ...state.l, [lesson]: { ...current, c: t } } };
}

export function assess(state: ProgressState, quizId: string, attempt: AssessmentAttempt): ProgressState {
  const list = [...(state.a[quizId] ?? []).filter((a) => a[0] !== attempt[0]), attempt].sort((x, y) => x[0] - y[0]);
  return { ...state, a: { ...state.a, [quizId]: list } };
}
