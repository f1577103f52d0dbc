// Issue 19: every lesson ends with one spoken drill that teaches the lesson's own
// idea, and each model reply can be said in the drill's target length.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LessonSchema } from '../../../src/schemas/course';
import { estimateSeconds } from '../../../src/quiz/kinds/rewrite/hints';
import { readMdx } from './load-content';
import { finalAssessment, quizzes } from './quiz-content';

// A lesson's quiz is named for the lesson file without its order prefix.
const lessons = readMdx('lessons').map((f) => ({
  slug: basename(f.file, '.mdx').replace(/^\d+-/, ''),
  lesson: LessonSchema.parse(f.data),
}));
const quizOf = (slug: string) => quizzes.find((q) => basename(q.file, '.yaml') === slug);
const targetSecondsFor = { opener: 25, voicemail: 20 } as const;

describe.each(lessons.map((l) => [l.slug, l] as const))('%s', (slug, { lesson }) => {
  const quiz = quizOf(slug);
  const speaks = quiz?.questions.filter((q) => q.kind === 'speak') ?? [];
  const drill = speaks[0];

  it('has exactly one speaking drill, as its last question', () => {
    expect(quiz, `no content/quizzes/${slug}.yaml`).toBeDefined();
    expect(speaks).toHaveLength(1);
    expect(quiz?.questions.at(-1)).toBe(drill);
  });

  it("assesses the lesson's own objectives", () => {
    const own = lesson.objectives.map((o) => o.id);
    expect(drill?.objectives.filter((o) => !own.includes(o))).toEqual([]);
  });

  it('has 2-4 turns, 3-4 rubric items and the target length for its kind', () => {
    if (drill?.kind !== 'speak') throw new Error('no speaking drill');
    expect(drill.turns.length).toBeGreaterThanOrEqual(2);
    expect(drill.turns.length).toBeLessThanOrEqual(4);
    expect(drill.rubric.length).toBeGreaterThanOrEqual(3);
    expect(drill.rubric.length).toBeLessThanOrEqual(4);
    expect(drill.targetSeconds).toBe(targetSecondsFor[drill.target]);
  });

  it('has model replies that fit the target at 150 words a minute', () => {
    if (drill?.kind !== 'speak') throw new Error('no speaking drill');
    const tooLong = drill.turns.filter((t) => estimateSeconds(t.model) > drill.targetSeconds).map((t) => t.id);
    expect(tooLong).toEqual([]);
  });
});

it('the final assessment has no speaking drill', () => {
  expect(finalAssessment().quiz.questions.filter((q) => q.kind === 'speak')).toEqual([]);
});

it('every lesson was found', () => {
  expect(lessons).toHaveLength(10);
});
