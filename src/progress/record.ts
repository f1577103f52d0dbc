/**
 * Answers and assessments, as changes to progress (visits and time are
 * visits.ts's, kept apart so the tracker on every page stays small). Pure:
 * each takes a state and returns a new one, so the store can apply them to
 * the freshest stored copy. A change the reader would refuse (state-schema.ts:
 * an id that is not an id, a time outside the sane range, more points than
 * possible) is not made: the state comes back as it was. The checks are
 * written out here rather than taken from the schema because this runs on quiz
 * pages, whose JavaScript budget has no room for Zod; a property test holds
 * them to the schema (tests/unit/progress/hostile-input.test.ts).
 */
import { attemptsIn, capAttempts } from './merge';
import { isSaneTime } from './sane';
import type { AssessmentAttempt, Attempt, ProgressState } from './state';
import { ID, MAX_AMOUNT, entry } from './state';

const amount = (n: unknown) => typeof n === 'number' && n >= 0 && n <= MAX_AMOUNT;
const scored = (t: number, earned: number, total: number) => isSaneTime(t) && amount(earned) && amount(total) && earned <= total;

export function answer(state: ProgressState, questionId: string, attempt: Attempt): ProgressState {
  const { at, earned, total, response } = attempt;
  if (!ID.test(questionId) || !scored(at, earned, total) || typeof response !== 'object' || response === null || Array.isArray(response)) return state;
  const list = capAttempts([...attemptsIn(entry(state.questions, questionId)).filter((a) => a.at !== at), attempt].sort((x, y) => x.at - y.at));
  return { ...state, questions: { ...state.questions, [questionId]: list } };
}

/** Every practice question answered at least once: the lesson is complete (once; the first time stands). */
export function completeIfAnswered(state: ProgressState, lesson: string, questionIds: readonly string[], t: number): ProgressState {
  const current = entry(state.lessons, lesson) ?? { opened: t, seconds: 0 };
  if (current.completed !== undefined || !ID.test(lesson) || !isSaneTime(t) || !isSaneTime(current.opened) || !amount(current.seconds)) return state;
  if (!questionIds.every((id) => (entry(state.questions, id)?.length ?? 0) > 0)) return state;
  return { ...state, lessons: { ...state.lessons, [lesson]: { ...current, completed: t } } };
}

export function assess(state: ProgressState, quizId: string, attempt: AssessmentAttempt): ProgressState {
  const { at, score, max, questions } = attempt;
  if (!ID.test(quizId) || !scored(at, score, max) || questions.length > 200 || !questions.every((id) => ID.test(id))) return state;
  const list = [...attemptsIn(entry(state.assessments, quizId)).filter((a) => a.at !== at), attempt].sort((x, y) => x.at - y.at);
  return { ...state, assessments: { ...state.assessments, [quizId]: list } };
}
