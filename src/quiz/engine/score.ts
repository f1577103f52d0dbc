/**
 * The result of scoring one response. `invalid` means the response cannot be
 * scored yet (nothing picked, a line left unsorted…): the learner fixes it and
 * checks again, and it never counts as a wrong answer.
 */
import type { QuestionKind } from '../schema';
import type { QuizDataByKind } from '../page-text';
import type { ResponseByKind } from '../kinds';

export type Score =
  { type: 'invalid'; /** A calm, learner-facing sentence saying what to do. */ message: string } | { type: 'points'; earned: number; total: number };

/**
 * Scores a response already shaped for its kind; checks it against the question first. A scorer needs no
 * prompt or explanation, so it takes the question as the browser has it (a whole authored question fits too).
 */
export type Scorer<K extends QuestionKind> = (response: ResponseByKind[K], question: QuizDataByKind[K]) => Score;

export const invalid = (message: string): Score => ({ type: 'invalid', message });
export const points = (earned: number, total: number): Score => ({ type: 'points', earned, total });
