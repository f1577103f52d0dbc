/**
 * A question's words travel once. The page shows every question's prompt and,
 * in its <details> answer, the explanation (Question.astro, Answer.astro), so
 * the quiz data (src/pages/quiz-data/[quiz].json.ts) leaves them out and
 * <course-question> reads them back from the server-rendered question before
 * its view mounts. Carrying them twice cost 320-490 B of brotli on each lesson
 * and 5 KB on the final assessment. Only types are imported, so the browser
 * bundle never carries Zod.
 */
import type { Question, QuestionByKind, QuestionKind } from './schema';

/** Words the page already holds for every kind. */
type PageText = 'prompt' | 'explanation';
/** One question as the quiz data carries it. */
export type QuizDataQuestion = { [K in QuestionKind]: Omit<QuestionByKind[K], PageText> }[QuestionKind];

export function withoutPageText(question: Question): QuizDataQuestion {
  const { prompt: _prompt, explanation: _explanation, ...rest } = question;
  return rest;
}

/** An element's own words, without its label child (the prompt's "Question 4.", the explanation's "Why:"); missing reads as empty text. */
function wordsOf(root: ParentNode, selector: string, label: string): string {
  const nodes = [...(root.querySelector(selector)?.childNodes ?? [])].filter((node) => !(node as Element).matches?.(label));
  return nodes
    .map((node) => node.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The whole question again, its words read from the server-rendered question `root` (Question.astro, Answer.astro). */
export function withPageText<K extends QuestionKind>(question: QuizDataQuestion & { kind: K }, root: ParentNode): QuestionByKind[K];
export function withPageText(question: QuizDataQuestion, root: ParentNode): Question {
  return { ...question, prompt: wordsOf(root, '.question-prompt', '[data-number]'), explanation: wordsOf(root, '.answer-explanation', 'strong') };
}
