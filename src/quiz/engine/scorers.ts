/**
 * The scorer for each question kind. Kept apart from index.ts, which validates
 * with Zod, so the browser bundle can score typed responses without Zod.
 */
import type { QuestionKind } from '../schema';
import type { ResponseByKind } from '../response';
import type { QuestionByKind, Score, Scorer } from './score';
import { scoreChoice } from './score-choice';
import { scoreClassify } from './score-classify';
import { scoreDialogue } from './score-dialogue';
import { scoreOrder } from './score-order';
import { scoreRewrite } from './score-rewrite';
import { scoreSpotTheMistake } from './score-spot-the-mistake';

/** A new kind in the schema fails to compile here until it has a scorer. */
export const scorers = {
  choice: scoreChoice,
  'spot-the-mistake': scoreSpotTheMistake,
  order: scoreOrder,
  classify: scoreClassify,
  dialogue: scoreDialogue,
  rewrite: scoreRewrite,
} satisfies { [K in QuestionKind]: Scorer<K> };

const table: { [K in QuestionKind]: Scorer<K> } = scorers;

/** Scores a typed response with its kind's scorer. */
export function scoreWith<K extends QuestionKind>(question: QuestionByKind[K], response: ResponseByKind[K]): Score {
  // Indexing a mapped type with a generic K keeps question and response in step (TS 4.6+), so no cast.
  const kind: K = question.kind;
  return table[kind](response, question);
}
