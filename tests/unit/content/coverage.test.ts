// Each idea from the source articles must be taught (an objective covers it)
// and assessed (a quiz question points at such an objective).
import { describe, expect, it } from 'vitest';
import { LessonSchema } from '../../../src/schemas/course';
import { QuizSchema } from '../../../src/quiz/schema';
import { quizIdsIn } from '../../../src/progress/build/build-index';
import { readIdeas, readMdx, readYaml } from './load-content';

const ideas = Object.keys(readIdeas());
const lessons = readMdx('lessons').map((f) => ({ file: f.file, body: f.body, ...LessonSchema.parse(f.data) }));
const quizzes = readYaml('quizzes').map((f) => ({ file: f.file, ...QuizSchema.parse(f.data) }));
const objectives = lessons.flatMap((l) => l.objectives.map((o) => ({ ...o, file: l.file })));
const questions = quizzes.flatMap((q) => q.questions.map((question) => ({ ...question, file: q.file })));

describe('idea coverage', () => {
  it('has the 21 ideas', () => expect(ideas).toHaveLength(21));

  it('every idea is taught by an objective', () => {
    const taught = new Set(objectives.flatMap((o) => o.ideas));
    expect(ideas.filter((i) => !taught.has(i))).toEqual([]);
  });

  it('every idea is assessed by a question', () => {
    const ideasOf = new Map(objectives.map((o) => [o.id, o.ideas]));
    const assessed = new Set(questions.flatMap((q) => q.objectives.flatMap((o) => ideasOf.get(o) ?? [])));
    expect(ideas.filter((i) => !assessed.has(i))).toEqual([]);
  });

  it('objectives name only known ideas and have unique ids', () => {
    expect(objectives.flatMap((o) => o.ideas).filter((i) => !ideas.includes(i))).toEqual([]);
    const ids = objectives.map((o) => o.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('questions point only at existing objectives, with ids unique across the course', () => {
    const known = new Set(objectives.map((o) => o.id));
    expect(questions.flatMap((q) => q.objectives.filter((o) => !known.has(o)).map((o) => `${q.file} ${q.id}: ${o}`))).toEqual([]);
    const ids = questions.map((q) => q.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('every lesson has a practice quiz that exists', () => {
    const quizIds = new Set(quizzes.map((q) => q.file.replace(/^quizzes\//, '').replace(/\.yaml$/, '')));
    for (const lesson of lessons) {
      const used = quizIdsIn(lesson.body);
      expect(used.length, `${lesson.file} has no <Quiz id="…" />`).toBeGreaterThan(0);
      for (const id of used) expect(quizIds.has(id ?? ''), `${lesson.file} uses missing quiz "${id}"`).toBe(true);
    }
  });
});
