/**
 * The course as progress sees it: modules, lessons, their practice questions
 * and the quizzes. Built at build time (build-index.ts) and served as
 * course-index.json, so a page can tell which questions belong to which lesson
 * without reading other pages. `rev` changes whenever any question changes, so
 * a report made against other questions can say so.
 */
import type { Question } from '../quiz/schema';

export interface IndexQuestion {
  id: string;
  prompt: string;
}

export interface IndexLesson {
  /** module id/lesson slug, as in the URL: the key progress stores. */
  key: string;
  title: string;
  url: string;
  /** Quiz ids on the lesson page, in page order. */
  quizzes: string[];
  /** Every practice question on the page: answering each once completes the lesson. */
  questions: string[];
}

export interface IndexModule {
  id: string;
  title: string;
  lessons: IndexLesson[];
}

export interface IndexQuiz {
  id: string;
  title: string;
  /** The page it is on. */
  url: string;
  /** Lesson key, for a lesson's practice quiz. */
  lesson?: string;
  passMark: number;
  /** Assessments draw this many from a pool; their pool is not listed here, to keep it unseen. */
  draw?: number;
  questions: IndexQuestion[];
}

export interface CourseIndex {
  rev: string;
  modules: IndexModule[];
  quizzes: IndexQuiz[];
}

/** Every quiz with its questions and answers, for re-scoring reports: course-questions.json. */
export interface QuestionBank {
  rev: string;
  quizzes: { id: string; passMark: number; draw?: number; questions: Question[] }[];
}

export const lessonsOf = (index: CourseIndex): IndexLesson[] => index.modules.flatMap((m) => m.lessons);
export const findLesson = (index: CourseIndex, key: string) => lessonsOf(index).find((l) => l.key === key);
export const findQuiz = (index: CourseIndex, id: string) => index.quizzes.find((q) => q.id === id);
export const practiceQuestionIds = (index: CourseIndex): string[] => lessonsOf(index).flatMap((l) => l.questions);

/**
 * Lesson key from a lesson URL under the site's base, given with its closing slash ("/course/openers/connect-first/" → "openers/connect-first").
 * In a SCORM package links name the file: ".../openers/connect-first/index.html" gives the same key.
 * Kept this small on purpose: the tracker in every page's inline shell calls it.
 */
export const lessonKeyOf = (url: string, base: string): string => url.slice(base.length).replace(/\/(index\.html)?$/, '');

/**
 * A path on this site under its base, fit to send the learner to (Resume):
 * steps of letters, digits, "_" and "-", ending in "/" or a SCORM package's
 * "/index.html". So no empty step ("//elsewhere.example/x", which a browser
 * reads as another site) and no "..". Small: it is in every page's shell.
 */
export const isCoursePath = (url: unknown, base: string): url is string =>
  typeof url === 'string' && url.startsWith(base) && /^(\/[\w-]+)*\/(index\.html)?$/.test(url);
