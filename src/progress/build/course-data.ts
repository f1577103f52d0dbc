/**
 * The course index and question bank, loaded from the content collections at
 * build time. Pages that render progress use these directly; the browser gets
 * them as course-index.json and course-questions.json.
 */
import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import { buildIndex, buildQuestionBank } from './build-index';
import { lessonsOf, type CourseIndex, type IndexLesson, type QuestionBank } from '../course-index';
import { getCourse } from '../../utils/course';

export const lessonKey = (moduleId: string, slug: string): string => `${moduleId}/${slug}`;

/**
 * An MDX file's body (after its frontmatter), for the <Quiz> tags in it: the
 * content store does not keep MDX bodies (content.config.ts). `filePath` is
 * relative to the project root, where the build runs.
 */
async function bodyOf(filePath: string | undefined): Promise<string> {
  if (!filePath) return '';
  return (await readFile(filePath, 'utf8')).replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '');
}

let index: Promise<CourseIndex> | undefined;
export function getCourseIndex(): Promise<CourseIndex> {
  index ??= (async () => {
    const [course, quizzes] = await Promise.all([getCourse(), getCollection('quizzes')]);
    const [lessonBodies, pageBodies] = await Promise.all([
      Promise.all(course.lessons.map((l) => bodyOf(l.entry.filePath))),
      Promise.all(course.pages.map((p) => bodyOf(p.entry.filePath))),
    ]);
    return buildIndex({
      modules: course.modules.map((m) => ({ id: m.id, title: m.title })),
      lessons: course.lessons.map((l, i) => ({
        key: lessonKey(l.module.id, l.slug),
        title: l.entry.data.title,
        url: l.url,
        module: l.module.id,
        body: lessonBodies[i] ?? '',
      })),
      pages: course.pages.map((p, i) => ({ title: p.entry.data.title, url: p.url, body: pageBodies[i] ?? '' })),
      quizzes: quizzes.map((q) => ({ id: q.id, data: q.data })),
    });
  })();
  return index;
}

let lessons: Promise<Map<string, IndexLesson>> | undefined;
/** The index's lessons by key, built once: every page asks for its own lesson or the count, and searching the list each time grew with the course. */
export function getIndexLessons(): Promise<Map<string, IndexLesson>> {
  lessons ??= getCourseIndex().then((index) => new Map(lessonsOf(index).map((l) => [l.key, l])));
  return lessons;
}

export async function getQuestionBank(): Promise<QuestionBank> {
  const quizzes = await getCollection('quizzes');
  return buildQuestionBank(quizzes.map((q) => ({ id: q.id, data: q.data })));
}
