/**
 * The questions' run-time data: one JSON file per quiz
 * (src/pages/quiz-data/[quiz].json.ts, `{ questions: QuizDataQuestion[] }`), fetched
 * once per page by the first of its questions to near the viewport and shared
 * by the rest. A failed or unreadable fetch is forgotten, so Retry fetches
 * again. Pure apart from the fetch it is given, so it is tested without a
 * browser.
 */
import type { QuizDataQuestion } from '../page-text';

/** Where a quiz's data lives, relative to the site's base. */
export const quizDataPath = (quizId: string): string => `quiz-data/${quizId}.json`;

/** The build wrote the file, but a proxy, a cut download or a stale cache may not deliver it whole. */
export function indexQuestions(data: unknown): Map<string, QuizDataQuestion> {
  const questions = (data as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(questions)) throw new Error('quiz data without a list of questions');
  const byId = new Map<string, QuizDataQuestion>();
  for (const q of questions as unknown[]) {
    const { id, kind } = (q ?? {}) as { id?: unknown; kind?: unknown };
    if (typeof id === 'string' && typeof kind === 'string') byId.set(id, q as QuizDataQuestion);
  }
  return byId;
}

export interface QuizDataStore {
  /** The question with this id from the quiz data at `url` (fetched once, then shared). */
  question(url: string, id: string): Promise<QuizDataQuestion>;
  /** True once the data at `url` has arrived: no "Loading" to show. */
  ready(url: string): boolean;
}

/** `load` fetches and parses one URL's JSON (fetch in the browser, a stub in tests). */
export function quizDataStore(load: (url: string) => Promise<unknown>): QuizDataStore {
  const pending = new Map<string, Promise<Map<string, QuizDataQuestion>>>();
  const arrived = new Set<string>();
  const questions = (url: string) => {
    let entry = pending.get(url);
    if (!entry) {
      entry = load(url).then(indexQuestions);
      pending.set(url, entry);
      entry.then(
        () => arrived.add(url),
        () => pending.delete(url),
      );
    }
    return entry;
  };
  return {
    async question(url, id) {
      const question = (await questions(url)).get(id);
      if (!question) throw new Error(`no question ${id} in ${url}`);
      return question;
    },
    ready: (url) => arrived.has(url),
  };
}

/** The page's one store: the browser's fetch, same origin (the CSP's default-src 'self' allows it). */
export const quizData = quizDataStore(async (url) => {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
});
