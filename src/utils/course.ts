/**
 * The course as one ordered structure: modules with their lessons, the pages
 * around them, URLs and previous/next links. Also the build-time integrity
 * checks that one file's schema cannot see (unknown module, duplicate order,
 * duplicate ids): they throw an error naming the file and the field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { href } from './url';

export type LessonEntry = CollectionEntry<'lessons'>;
export type PageEntry = CollectionEntry<'pages'>;

export interface CourseLesson {
  entry: LessonEntry;
  slug: string;
  url: string;
  /** 1-based position in the whole course. */
  number: number;
  module: CourseModule;
}

export interface CourseModule {
  id: string;
  title: string;
  summary: string;
  order: number;
  url: string;
  lessons: CourseLesson[];
}

export interface CoursePage {
  entry: PageEntry;
  url: string;
}

export interface Course {
  modules: CourseModule[];
  lessons: CourseLesson[];
  pages: CoursePage[];
}

export class ContentError extends Error {
  constructor(file: string | undefined, field: string, problem: string) {
    super(`${file ?? 'content'}: field "${field}": ${problem}`);
    this.name = 'ContentError';
  }
}

/** "02-connect-first" → "connect-first": the number orders files, the rest names the URL. */
const slugOf = (id: string) => (id.split('/').pop() ?? id).replace(/^\d+-/, '');

async function loadCourse(): Promise<Course> {
  const [moduleEntries, lessonEntries, pageEntries] = await Promise.all([getCollection('modules'), getCollection('lessons'), getCollection('pages')]);

  const modules: CourseModule[] = moduleEntries
    .map((m) => ({ id: m.id, ...m.data, url: href(`#module-${m.id}`), lessons: [] as CourseLesson[] }))
    .sort((a, b) => a.order - b.order);
  const byId = new Map(modules.map((m) => [m.id, m]));
  checkUnique(
    moduleEntries.map((m) => ({ file: m.filePath, key: String(m.data.order) })),
    'order',
    'module order',
  );

  for (const entry of lessonEntries) {
    const module = byId.get(entry.data.module);
    if (!module) throw new ContentError(entry.filePath, 'module', `unknown module "${entry.data.module}"; known modules: ${[...byId.keys()].join(', ')}`);
    const slug = slugOf(entry.id);
    module.lessons.push({ entry, slug, url: href(`${module.id}/${slug}/`), number: 0, module });
  }

  for (const module of modules) {
    module.lessons.sort((a, b) => a.entry.data.order - b.entry.data.order);
    checkUnique(
      module.lessons.map((l) => ({ file: l.entry.filePath, key: String(l.entry.data.order) })),
      'order',
      `lesson order in module "${module.id}"`,
    );
    checkUnique(
      module.lessons.map((l) => ({ file: l.entry.filePath, key: l.slug })),
      'slug',
      `lesson file name in module "${module.id}"`,
    );
  }
  const lessons = modules.flatMap((m) => m.lessons);
  lessons.forEach((l, i) => (l.number = i + 1));
  checkUnique(
    lessons.flatMap((l) => l.entry.data.objectives.map((o) => ({ file: l.entry.filePath, key: o.id }))),
    'objectives.id',
    'objective id',
  );

  const pages = pageEntries.sort((a, b) => a.data.order - b.data.order).map((entry) => ({ entry, url: href(`${entry.id}/`) }));
  return { modules, lessons, pages };
}

function checkUnique(items: { file: string | undefined; key: string }[], field: string, what: string) {
  const seen = new Map<string, string | undefined>();
  for (const { file, key } of items) {
    if (seen.has(key)) throw new ContentError(file, field, `duplicate ${what} "${key}" (also used by ${seen.get(key) ?? 'another file'})`);
    seen.set(key, file);
  }
}

let cached: Promise<Course> | undefined;
/** Loaded once per build and shared by every page; fresh on each request in dev so edits show. */
export function getCourse(): Promise<Course> {
  if (import.meta.env.DEV) return loadCourse();
  cached ??= loadCourse();
  return cached;
}

export function neighbours(course: Course, lesson: CourseLesson) {
  const i = course.lessons.indexOf(lesson);
  return { prev: course.lessons[i - 1], next: course.lessons[i + 1] };
}
