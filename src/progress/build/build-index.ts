/**
 * Builds the course index from the loaded content (plain data in, so it is
 * testable without Astro). A lesson's quizzes are the `<Quiz id="…" />` tags
 * in its MDX, in order: the same tags that put the questions on the page.
 */
import type { Quiz } from '../../quiz/schema';
import type { CourseIndex, IndexQuiz, QuestionBank } from '../course-index';

export interface SourceLesson {
  key: string;
  title: string;
  url: string;
  module: string;
  body: string;
}
export interface SourcePage {
  title: string;
  url: string;
  body: string;
}
export interface SourceModule {
  id: string;
  title: string;
}
export interface SourceQuiz {
  id: string;
  data: Quiz;
}

export interface IndexSources {
  modules: SourceModule[];
  lessons: SourceLesson[];
  pages: SourcePage[];
  quizzes: SourceQuiz[];
}

const QUIZ_TAG = /<Quiz\s+id=["']([a-z0-9-]+)["']/g;
export const quizIdsIn = (body: string): string[] => [...body.matchAll(QUIZ_TAG)].map((m) => m[1] ?? '');

/** FNV-1a, 32 bits: a short fingerprint of the questions, not a security measure. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function buildQuestionBank(quizzes: SourceQuiz[]): QuestionBank {
  const sorted = [...quizzes].sort((a, b) => (a.id < b.id ? -1 : 1));
  const bank = sorted.map(({ id, data }) => ({ id, passMark: data.passMark ?? 0.8, ...(data.draw ? { draw: data.draw } : {}), questions: data.questions }));
  return { rev: fingerprint(JSON.stringify(bank)), quizzes: bank };
}

export function buildIndex({ modules, lessons, pages, quizzes }: IndexSources): CourseIndex {
  const quizById = new Map(quizzes.map((q) => [q.id, q.data]));
  const index: IndexQuiz[] = [];
  const place = (id: string, url: string, lesson?: string) => {
    const data = quizById.get(id);
    if (!data || index.some((q) => q.id === id)) return;
    index.push({
      id,
      title: data.title,
      url,
      ...(lesson ? { lesson } : {}),
      passMark: data.passMark ?? 0.8,
      ...(data.draw ? { draw: data.draw, questions: [] } : { questions: data.questions.map((q) => ({ id: q.id, prompt: q.prompt })) }),
    });
  };
  for (const lesson of lessons) for (const id of quizIdsIn(lesson.body)) place(id, lesson.url, lesson.key);
  for (const page of pages) for (const id of quizIdsIn(page.body)) place(id, page.url);

  return {
    rev: buildQuestionBank(quizzes).rev,
    modules: modules.map((m) => ({
      id: m.id,
      title: m.title,
      lessons: lessons
        .filter((l) => l.module === m.id)
        .map((l) => {
          const ids = quizIdsIn(l.body).filter((id) => quizById.has(id));
          return { key: l.key, title: l.title, url: l.url, quizzes: ids, questions: ids.flatMap((id) => quizById.get(id)?.questions.map((q) => q.id) ?? []) };
        }),
    })),
    quizzes: index,
  };
}
