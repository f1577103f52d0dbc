/**
 * The course index and question bank, loaded from the content collections at
 * build time. Pages that render progress use these directly; the browser gets
 * them as course-index.json and course-questions.json.
 */
import { getCollection } from 'astro:content';
import { buildIndex, buildQuestionBank } from '../../progress/build-index';
import type { CourseIndex, QuestionBank } from '../../progress/course-index';
import { getCourse } from '../../utils/course';

export const lessonKey = (moduleId: string, slug: string): string => `${moduleId}/${slug}`;

let index: Promise<CourseIndex> | undefined;
export function getCourseIndex(): Promise<CourseIndex> {
  index ??= (async () => {
    const [course, quizzes] = await Promise.all([getCourse(), getCollection('quizzes')]);
    return buildIndex({
      modules: course.modules.map((m) => ({ id: m.id, title: m.title })),
      lessons: course.lessons.map((l) => ({
        key: lessonKey(l.module.id, l.slug),
        title: l.entry.data.title,
        url: l.url,
        module: l.module.id,
        body: l.entry.body ?? '',
      })),
      pages: course.pages.map((p) => ({ title: p.entry.data.title, url: p.url, body: p.entry.body ?? '' })),
      quizzes: quizzes.map((q) => ({ id: q.id, data: q.data })),
    });
  })();
  return index;
}

export async function getQuestionBank(): Promise<QuestionBank> {
  const quizzes = await getCollection('quizzes');
  return buildQuestionBank(quizzes.map((q) => ({ id: q.id, data: q.data })));
}
