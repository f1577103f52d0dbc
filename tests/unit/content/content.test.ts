// Every content file parses against the schema the build uses.
import { describe, expect, it } from 'vitest';
import { LessonSchema, ModuleSchema, PageSchema } from '../../../src/schemas/course';
import { QuizSchema } from '../../../src/quiz/schema';
import { readMdx, readYaml } from './load-content';

const cases = [
  ['modules', readYaml('modules'), ModuleSchema],
  ['lessons', readMdx('lessons'), LessonSchema],
  ['pages', readMdx('pages'), PageSchema],
  ['quizzes', readYaml('quizzes'), QuizSchema],
] as const;

describe.each(cases)('%s', (_name, files, schema) => {
  it.each(files.map((f) => [f.file, f] as const))('%s matches the schema', (_file, f) => {
    const result = schema.safeParse(f.data);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
});
