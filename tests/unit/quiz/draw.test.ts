import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawQuestions } from '../../../src/quiz/engine/draw';
import type { QuestionKind } from '../../../src/quiz/schema';
import { oneOfEachKind } from './builders';

const kinds: QuestionKind[] = ['choice', 'spot-the-mistake', 'order', 'classify', 'dialogue', 'rewrite'];
const pool = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,6}$/), kind: fc.constantFrom(...kinds) }), {
  selector: (q) => q.id,
  maxLength: 30,
});
const ids = (qs: { id: string }[]) => qs.map((q) => q.id);

describe('drawQuestions', () => {
  it('draws exactly `count` distinct questions from the pool, the same for the same seed', () =>
    fc.assert(
      fc.property(pool.chain((p) => fc.tuple(fc.constant(p), fc.nat(p.length), fc.string())), ([p, count, seed]) => {
        const drawn = drawQuestions(p, count, seed);
        expect(drawn).toHaveLength(count);
        expect(new Set(ids(drawn)).size).toBe(count);
        for (const q of drawn) expect(p).toContain(q);
        expect(ids(drawQuestions(p, count, seed))).toEqual(ids(drawn));
      }),
    ));

  it('mixes kinds: the first draws meet as many kinds as the pool has', () =>
    fc.assert(
      fc.property(pool.chain((p) => fc.tuple(fc.constant(p), fc.nat(p.length), fc.string())), ([p, count, seed]) => {
        const drawn = drawQuestions(p, count, seed);
        const kindCount = new Set(p.map((q) => q.kind)).size;
        const firstRound = drawn.slice(0, Math.min(count, kindCount));
        expect(new Set(firstRound.map((q) => q.kind)).size).toBe(firstRound.length);
      }),
    ));

  it('never draws more than the pool holds, nor a repeated id twice', () => {
    const questions = oneOfEachKind();
    expect(drawQuestions([...questions, ...questions], 50, 's')).toHaveLength(questions.length);
    expect(drawQuestions(questions, -1, 's')).toEqual([]);
  });

  it('gives different draws for different seeds', () => {
    const questions = oneOfEachKind();
    const draws = new Set(['a', 'b', 'c', 'd', 'e'].map((seed) => ids(drawQuestions(questions, 3, seed)).join()));
    expect(draws.size).toBeGreaterThan(1);
  });
});
