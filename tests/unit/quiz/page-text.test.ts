// The quiz data leaves out the words a lesson page already shows (src/quiz/page-text.ts):
// every question's prompt and explanation, and a speaking drill's every word (its rubric keeps
// only ids). What is left must be everything else, unchanged,
// so the views get the same question once the words are read back (the e2e quiz-data spec
// checks that half: the explanation the page shows after Check comes from the question's HTML).
import { describe, expect, it } from 'vitest';
import { withoutPageText } from '../../../src/quiz/page-text';
import { oneOfEachKind } from './builders';
import { readYaml } from '../content/load-content';
import { QuizSchema } from '../../../src/quiz/schema';

const PAGE_WORDS = ['prompt', 'explanation'];
/** A drill's words (scene, lines, model replies, rubric labels) are all on its page: Speak.astro. */
const DRILL_WORDS = ['scene', 'turns', 'rubric'];

describe('withoutPageText', () => {
  it.each(oneOfEachKind().flatMap((q) => (q.kind === 'speak' ? [] : [[q.kind, q] as const])))(
    'a %s question keeps all but the words the page shows',
    (_kind, question) => {
      const data = JSON.parse(JSON.stringify(withoutPageText(question))) as Record<string, unknown>;
      for (const field of PAGE_WORDS) expect(data).not.toHaveProperty(field);
      expect(data).toEqual(Object.fromEntries(Object.entries(question).filter(([field]) => !PAGE_WORDS.includes(field))));
    },
  );

  it('a speak question keeps its ids and targets only', () => {
    const question = oneOfEachKind().find((q) => q.kind === 'speak')!;
    const data = JSON.parse(JSON.stringify(withoutPageText(question))) as Record<string, unknown>;
    const kept = Object.entries(question).filter(([field]) => !PAGE_WORDS.includes(field) && !DRILL_WORDS.includes(field));
    expect(data).toEqual({ ...Object.fromEntries(kept), rubric: question.kind === 'speak' ? question.rubric.map(({ id }) => ({ id })) : [] });
  });

  it('leaves no prompt or explanation of the real course in its quiz data', () => {
    const quizzes = readYaml('quizzes').map((f) => QuizSchema.parse(f.data));
    expect(quizzes.length).toBeGreaterThan(10);
    for (const quiz of quizzes)
      for (const question of quiz.questions) {
        const json = JSON.stringify(withoutPageText(question));
        expect(json).not.toContain(JSON.stringify(question.prompt));
        expect(json).not.toContain(JSON.stringify(question.explanation));
      }
  });
});
