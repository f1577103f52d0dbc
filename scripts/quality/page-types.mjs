// @ts-check
// Which built page stands for each page type the benchmark reports: home, a
// lesson without a quiz, a lesson with one, search and progress. For the two
// lesson types the heaviest page (most HTML) stands for all, so the figure is
// the worst case; ties go to the earlier one in course order (as the home page
// lists lessons). A type the build does not have yet is reported as missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTags } from './links.mjs';

export const PAGE_TYPES = /** @type {const} */ (['home', 'lesson', 'quiz lesson', 'search', 'progress']);
/** @typedef {(typeof PAGE_TYPES)[number]} PageType */
/** @typedef {{ path: string, note?: string } | { missing: true }} Pick */

/** The page holds quiz questions: <course-question> (practice, review) or <course-assessment>. @param {string} html */
export const hasQuiz = (html) => startTags(html).some((t) => t.name === 'course-question' || t.name === 'course-assessment');
/** The page is a lesson (LessonLayout marks its article with data-lesson-key, the key progress keeps it under). @param {string} html */
export const isLesson = (html) => startTags(html).some((t) => t.name === 'article' && t.attrs.has('data-lesson-key'));

/** Lessons the page's course outline lists: the items of its lesson lists ([data-lessons]). @param {string} html */
export const outlineLessons = (html) => {
  const outline = /<nav id="outline"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  return [...outline.matchAll(/<ol class="outline-lessons" data-lessons>([\s\S]*?)<\/ol>/g)].reduce(
    (n, [, items]) => n + (items?.match(/<li>/g)?.length ?? 0),
    0,
  );
};

/** A course page (start, glossary…): the lesson layout's <article class="lesson"> without being a lesson. @param {string} html */
export const isCoursePage = (html) =>
  startTags(html).some((t) => t.name === 'article' && (t.attrs.get('class') ?? '').split(/\s+/).includes('lesson') && !t.attrs.has('data-lesson-key'));

/**
 * Course paths in course order, from the home page's links (it lists every
 * lesson in order; the caller keeps the ones that are lessons).
 * @param {string} homeHtml
 * @param {string} base
 */
export function coursePaths(homeHtml, base) {
  const paths = startTags(homeHtml)
    .filter((t) => t.name === 'a')
    .map((t) => t.attrs.get('href'))
    .filter((url) => typeof url === 'string' && url.startsWith(base) && !/[#?]/.test(url))
    .map((url) => /** @type {string} */ (url).slice(base.length));
  return [...new Set(paths)];
}

/**
 * @param {{ paths: string[], read: (path: string) => string | undefined, base: string }} site
 *   paths: the sitemap's pages relative to the base; read: a page's HTML by path, undefined if absent
 * @returns {Record<PageType, Pick>}
 */
export function choosePages({ paths, read, base }) {
  const home = read('');
  const order = home ? coursePaths(home, base) : [];
  const known = [...order, ...paths.filter((p) => !order.includes(p))];
  const lessons = known.filter((p) => {
    const html = read(p);
    return html !== undefined && isLesson(html);
  });
  /** @param {string[]} candidates */
  const heaviest = (candidates) => {
    let best;
    let bestSize = -1;
    for (const p of candidates) {
      const size = (read(p) ?? '').length;
      if (size > bestSize) [best, bestSize] = [p, size];
    }
    return best;
  };
  const quizLesson = heaviest(lessons.filter((p) => hasQuiz(read(p) ?? '')));
  const plainLesson = heaviest(lessons.filter((p) => !hasQuiz(read(p) ?? '')));
  // Every lesson of the real course has practice; a course page (start, glossary) shares the lesson layout without it.
  const coursePage = heaviest(
    known.filter((p) => {
      const html = read(p);
      return html !== undefined && isCoursePage(html) && !hasQuiz(html);
    }),
  );
  /** @param {string | undefined} path @param {string} [note] @returns {Pick} */
  const pick = (path, note) => (path === undefined ? { missing: true } : note ? { path, note } : { path });
  return {
    home: pick(home === undefined ? undefined : ''),
    lesson: plainLesson !== undefined ? pick(plainLesson) : pick(coursePage, 'no lesson without a quiz: a course page in the lesson layout'),
    'quiz lesson': pick(quizLesson),
    search: pick(read('search/') === undefined ? undefined : 'search/'),
    progress: pick(read('progress/') === undefined ? undefined : 'progress/'),
  };
}

/** A reader of built pages by path relative to the base: "start/" → dist/start/index.html. @param {string} dist */
export function distReader(dist) {
  return (/** @type {string} */ path) => {
    const file = join(dist, path, 'index.html');
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
}
