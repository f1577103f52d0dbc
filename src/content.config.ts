// Collections load from ../content (not src/content) so writers never touch code.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { IdeaSchema, LessonSchema, ModuleSchema, PageSchema } from './schemas/course';
import { QuizSchema } from './quiz/schema';

const root = process.env['WARM_OPEN_CONTENT'] ?? './content';

export const collections = {
  modules: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/modules` }), schema: ModuleSchema }),
  // MDX bodies stay out of the content store: they render from their own modules, and kept
  // they were megabytes held in memory and bundled into the build (the course index reads
  // the few tags it needs from the files: src/progress/build/course-data.ts).
  lessons: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${root}/lessons`, retainBody: false }), schema: LessonSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/pages`, retainBody: false }), schema: PageSchema }),
  quizzes: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/quizzes` }), schema: QuizSchema }),
  ideas: defineCollection({ loader: file(`${root}/ideas.yaml`), schema: IdeaSchema }),
};
