/**
 * Quiz engine entry point. Pure: no DOM, no `window`, no `astro:*`, so it runs
 * in the browser and in Node (re-scoring saved reports).
 */
import type { z } from 'astro/zod';
import type { Question, QuestionKind } from '../schema';
import { responseSchemas, type ResponseByKind } from '../response';
import type { QuestionByKind, Score } from './score';
import { invalid } from './score';
import { scoreWith } from './scorers';

export { scorers, scoreWith } from './scorers';
export type { QuestionByKind, Score, Scorer } from './score';

// Typed per kind so that schemas[kind] parses to exactly ResponseByKind[K].
const schemas: { [K in QuestionKind]: z.ZodType<ResponseByKind[K]> } = responseSchemas;

function validateAndScore<K extends QuestionKind>(question: QuestionByKind[K], response: unknown): Score {
  const kind: K = question.kind;
  const parsed = schemas[kind].safeParse(response);
  if (!parsed.success) return invalid('This answer could not be read; please answer the question again.');
  return scoreWith(question, parsed.data);
}

/** Scores an untrusted response: checks its shape for the question's kind first. */
export function scoreQuestion(question: Question, response: unknown): Score {
  // K is inferred as the whole union here; validateAndScore keeps kind, schema and scorer in step.
  return validateAndScore(question, response);
}
