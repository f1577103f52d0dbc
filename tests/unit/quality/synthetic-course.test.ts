// The synthetic course the benchmark builds must pass the same schemas as the
// real content, hold together (modules, objectives, quizzes) and be the same
// every time, or its build figures would measure nothing.
import { quizIdsIn } from '../../../src/progress/build/build-index';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticCourse } from '../../../scripts/synthetic-course.mjs';
import { IdeaSchema, LessonSchema, ModuleSchema, PageSchema } from '../../../src/schemas/course';
import { QuizSchema } from '../../../src/quiz/schema';

const dirs: string[] = [];
function generate(lessons: number, lessonsPerModule?: number) {
  const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
  dirs.push(dir);
  const made = writeSyntheticCourse(dir, { lessons, ...(lessonsPerModule ? { lessonsPerModule } : {}) });
  return { dir, made };
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const frontmatter = (path: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path, 'utf8'))?.[1] ?? '');

describe('writeSyntheticCourse', () => {
  const { dir, made } = generate(60, 25);
  const lessons = files(join(dir, 'lessons')).map((path) => ({ path, data: LessonSchema.parse(frontmatter(path)), body: readFileSync(path, 'utf8') }));
  const quizzes = files(join(dir, 'quizzes')).map((path) => QuizSchema.parse(parse(readFileSync(path, 'utf8'))));
  const modules = files(join(dir, 'modules')).map((path) => ({
    id: path.split('/').pop()?.replace('.yaml', ''),
    ...ModuleSchema.parse(parse(readFileSync(path, 'utf8'))),
  }));

  it('writes the asked number of lessons in modules of the asked size', () => {
    expect(made).toEqual({ lessons: 60, modules: 3, quizzes: 12, lessonsPerModule: 25 });
    expect(lessons).toHaveLength(60);
    expect(modules.map((m) => m.order)).toEqual([1, 2, 3]);
    expect(lessons.filter((l) => l.data.module === 'm003')).toHaveLength(10);
  });

  it('passes the content schemas: lessons, quizzes, modules, pages, ideas', () => {
    for (const path of files(join(dir, 'pages'))) expect(() => PageSchema.parse(frontmatter(path)), path).not.toThrow();
    for (const idea of Object.values(parse(readFileSync(join(dir, 'ideas.yaml'), 'utf8')) as object)) expect(() => IdeaSchema.parse(idea)).not.toThrow();
    expect(quizzes).toHaveLength(12);
  });

  it('holds together: known modules, unique orders and objective ids, quizzes on existing objectives', () => {
    const moduleIds = new Set(modules.map((m) => m.id));
    expect(lessons.every((l) => moduleIds.has(l.data.module))).toBe(true);
    const orders = lessons.map((l) => `${l.data.module}/${l.data.order}`);
    expect(new Set(orders).size).toBe(orders.length);
    const objectives = lessons.flatMap((l) => l.data.objectives.map((o) => o.id));
    expect(new Set(objectives).size).toBe(objectives.length);
    const known = new Set(objectives);
    expect(quizzes.flatMap((q) => q.questions.flatMap((question) => question.objectives)).every((o) => known.has(o))).toBe(true);
    // Every quiz file is used by exactly one lesson.
    const used = lessons.flatMap((l) => quizIdsIn(l.body));
    expect(used).toHaveLength(quizzes.length);
  });

  it('writes lessons about as long as the real ones (5 to 8 KB of MDX)', () => {
    for (const l of lessons.slice(0, 5)) {
      expect(l.body.length).toBeGreaterThan(5000);
      expect(l.body.length).toBeLessThan(8000);
    }
  });

  it('is the same every time', () => {
    const again = generate(60, 25).dir;
    const a = files(dir).map((f) => readFileSync(f, 'utf8'));
    const b = files(again).map((f) => readFileSync(f, 'utf8'));
    expect(b).toEqual(a);
  });
});
