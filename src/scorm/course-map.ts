/**
 * What the SCORM launch page knows about the course, made at build time
 * (scripts/scorm/build.mjs) from the course's own course-index.json and
 * course-questions.json and written into the launch page as JSON:
 *
 *   { "v": 1,
 *     "lessons": ["openers/connect-first", …],      lesson keys, in course order
 *     "questions": ["connect-first-why-pause", …],  every question id: practice and assessment pools
 *     "quizzes": ["connect-first", …, "final-assessment"],
 *     "final": { "id": "final-assessment", "passMark": 0.8 },   absent when the course has none
 *     "pages": { "": "Warm Open", "openers/connect-first/": "Connect first", … } }
 *                                                     every page, by path from the package root, with its h1
 *
 * Suspend data names lessons, questions and quizzes by a short hash of their
 * id (shortId), never by position, so a package rebuilt with a question added
 * or moved still reads a learner's earlier suspend data. The build refuses a
 * course where two ids share a hash. Pure: no DOM, no astro:* imports.
 */
import type { CourseIndex, QuestionBank } from '../progress/course-index.ts';
import { lessonsOf } from '../progress/course-index.ts';

export const COURSE_MAP_VERSION = 1;

export interface ScormCourse {
  v: typeof COURSE_MAP_VERSION;
  /** Lesson keys in course order: completing all of them completes the course. */
  lessons: string[];
  /** Every question id in the course, practice first, then assessment pools. */
  questions: string[];
  /** Every quiz id. */
  quizzes: string[];
  /** The final assessment: its best attempt passes or fails the course. */
  final?: { id: string; passMark: number };
  /** Path from the package root ("" is the home page, "openers/connect-first/" a lesson) → page title. */
  pages: Record<string, string>;
}

/** FNV-1a (32 bits) of an id, as 4 base-36 characters: short, stable across builds. */
export function shortId(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 4).toString(36).padStart(4, '0');
}

/** Ids that share a short id with another in the same list (none, in a course that builds). */
export function shortIdClashes(ids: readonly string[]): string[][] {
  const byHash = new Map<string, string[]>();
  for (const id of new Set(ids)) byHash.set(shortId(id), [...(byHash.get(shortId(id)) ?? []), id]);
  return [...byHash.values()].filter((group) => group.length > 1);
}

/** The course map from the built course index and question bank; throws on a short-id clash. */
export function buildScormCourse(index: CourseIndex, bank: QuestionBank, pages: Record<string, string>): ScormCourse {
  const lessons = lessonsOf(index).map((l) => l.key);
  const practice = lessonsOf(index).flatMap((l) => l.questions);
  const questions = [...new Set([...practice, ...bank.quizzes.flatMap((q) => q.questions.map((x) => x.id))])];
  const quizzes = bank.quizzes.map((q) => q.id);
  for (const [what, ids] of [['lessons', lessons], ['questions', questions], ['quizzes', quizzes]] as const) {
    const clashes = shortIdClashes(ids);
    if (clashes.length) throw new Error(`SCORM: these ${what} share a short id, rename one of each pair: ${clashes.map((c) => c.join(' / ')).join('; ')}`);
  }
  const final = index.quizzes.find((q) => q.draw !== undefined && q.lesson === undefined);
  return { v: COURSE_MAP_VERSION, lessons, questions, quizzes, ...(final ? { final: { id: final.id, passMark: final.passMark } } : {}), pages };
}
