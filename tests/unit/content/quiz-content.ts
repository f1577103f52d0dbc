// Quizzes read from content/, and the final assessment's pool as the browser
// draws it: each question with the ideas its objectives teach (Quiz.astro
// writes the same list into data-ideas).
import { LessonSchema } from '../../../src/schemas/course';
import { QuizSchema, type Quiz } from '../../../src/quiz/schema';
import { readMdx, readYaml } from './load-content';

const lessons = readMdx('lessons').map((f) => LessonSchema.parse(f.data));
const ideasOf = new Map(lessons.flatMap((l) => l.objectives.map((o) => [o.id, o.ideas] as const)));

export const quizzes: (Quiz & { file: string })[] = readYaml('quizzes').map((f) => ({ file: f.file, ...QuizSchema.parse(f.data) }));

/** The drawn quiz (the one with `draw`), its questions carrying their ideas. */
export function finalAssessment() {
  const quiz = quizzes.find((q) => q.draw !== undefined);
  if (!quiz?.draw) throw new Error('no quiz in content/quizzes has `draw`');
  const pool = quiz.questions.map((q) => ({ ...q, ideas: [...new Set(q.objectives.flatMap((o) => ideasOf.get(o) ?? []))] }));
  return { quiz, draw: quiz.draw, pool };
}
