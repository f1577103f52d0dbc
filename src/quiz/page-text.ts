/**
 * A question's words travel once. The page shows every question's prompt and,
 * in its <details> answer, the explanation (Question.astro, Answer.astro), so
 * the quiz data (src/pages/quiz-data/[quiz].json.ts) leaves them out: carrying
 * them twice cost 320-490 B of brotli on each lesson and 5 KB on the final
 * assessment. In the browser a question is the quiz data's shape
 * (QuizDataByKind: views, scorers and the controller are typed over it), so
 * nothing can read a prompt that is not there; the controller reads the one
 * it shows, the explanation, from the page (controller.ts, explanationOf).
 * Only types are imported, so the browser bundle never carries Zod.
 */
import type { Question, QuestionByKind, QuestionKind } from './schema';

/** Words the page already holds for every kind. */
type PageText = 'prompt' | 'explanation';
/**
 * A speaking drill's words are all on the page (Speak.astro: the scene, each turn's line and model reply,
 * the rubric's labels), so its data keeps only ids and targets; the drill reads the words from the page.
 */
type SpeakData = Omit<QuestionByKind['speak'], PageText | 'scene' | 'turns' | 'rubric'> & { rubric: { id: string }[] };
/**
 * Each kind's question as the quiz data carries it, and as the browser knows it. The Pick restates id and kind:
 * TypeScript cannot see them through Omit in code generic over the kind (the controller's).
 */
export type QuizDataByKind = {
  [K in QuestionKind]: (K extends 'speak' ? SpeakData : Omit<QuestionByKind[K], PageText>) & Pick<QuestionByKind[K], 'id' | 'kind'>;
};
/** One question as the quiz data carries it. */
export type QuizDataQuestion = QuizDataByKind[QuestionKind];

export function withoutPageText(question: Question): QuizDataQuestion {
  if (question.kind === 'speak') {
    const { prompt: _prompt, explanation: _explanation, scene: _scene, turns: _turns, rubric, ...rest } = question;
    return { ...rest, rubric: rubric.map(({ id }) => ({ id })) };
  }
  const { prompt: _prompt, explanation: _explanation, ...rest } = question;
  return rest;
}
