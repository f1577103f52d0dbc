import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawQuestions } from '../../../src/quiz/engine/draw';
import { oneOfEachKind } from './builders';

const IDEAS = ['O1', 'O2', 'O3', 'O4', 'O5', 'V1', 'V2', 'V3'];
/** Pools of up to 40 questions, each assessing zero to three of a few ideas. */
const pool = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,6}$/), ideas: fc.uniqueArray(fc.constantFrom(...IDEAS), { maxLength: 3 }) }), {
  selector: (q) => q.id,
  maxLength: 40,
});
const poolCountSeed = pool.chain((p) => fc.tuple(fc.constant(p), fc.nat(p.length), fc.string()));
const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);
const shared = (a: readonly { id: string }[], b: readonly { id: string }[]) => a.filter((q) => ids(b).includes(q.id)).length;
const ideasIn = (qs: readonly { ideas?: readonly string[] }[]) => new Set(qs.flatMap((q) => q.ideas ?? []));

describe('drawQuestions', () => {
  it('draws exactly `count` distinct questions from the pool, the same for the same seed', () =>
    fc.assert(
      fc.property(poolCountSeed, fc.array(fc.string(), { maxLength: 5 }), ([p, count, seed], previous) => {
        const drawn = drawQuestions(p, count, seed, previous);
        expect(drawn).toHaveLength(count);
        expect(new Set(ids(drawn)).size).toBe(count);
        for (const q of drawn) expect(p).toContain(q);
        expect(ids(drawQuestions(p, count, seed, previous))).toEqual(ids(drawn));
      }),
    ));

  it('meets every idea the pool assesses when the draw has a question to spare for each', () =>
    fc.assert(
      fc.property(poolCountSeed, ([p, count, seed]) => {
        const all = ideasIn(p);
        fc.pre(count >= all.size);
        expect(ideasIn(drawQuestions(p, count, seed))).toEqual(all);
      }),
    ));

  it('meets every idea it can when questions are short: as many as a greedy cover of that size', () =>
    fc.assert(
      fc.property(poolCountSeed, ([p, count, seed]) => {
        const met = ideasIn(drawQuestions(p, count, seed)).size;
        // Each drawn question meets at least one new idea until all are met or the draw is full.
        expect(met).toBeGreaterThanOrEqual(Math.min(count, ideasIn(p).size));
      }),
    ));

  it('falls back to questions that meet several ideas when single-idea picks would leave one unmet', () => {
    const p = [{ id: 'all', ideas: ['O1', 'O2', 'O3', 'O4'] }, ...['O1', 'O2', 'O3', 'O4'].map((idea) => ({ id: idea.toLowerCase(), ideas: [idea] }))];
    for (let i = 0; i < 50; i++) expect(ideasIn(drawQuestions(p, 2, `s${i}`)).size).toBe(4);
  });

  it('varies the questions that cover an idea when there is room, instead of the same broad one each time', () => {
    const p = [
      { id: 'all', ideas: ['O1', 'O2'] },
      { id: 'o1', ideas: ['O1'] },
      { id: 'o2', ideas: ['O2'] },
      ...Array.from({ length: 7 }, (_, i) => ({ id: `q${i}` })),
    ];
    const withBroad = Array.from({ length: 200 }, (_, i) => ids(drawQuestions(p, 3, `s${i}`)).includes('all')).filter(Boolean).length;
    expect(withBroad).toBeLessThan(200);
    expect(withBroad).toBeGreaterThan(0);
  });

  it('repeats last attempt only where the pool runs out of new questions, or only old ones meet an idea', () =>
    fc.assert(
      fc.property(poolCountSeed, fc.string(), ([p, count, seed], previousSeed) => {
        const previous = drawQuestions(p, count, previousSeed);
        const drawn = drawQuestions(p, count, seed, ids(previous));
        const fresh = p.filter((q) => !ids(previous).includes(q.id));
        const onlyOld = [...ideasIn(previous)].filter((idea) => !ideasIn(fresh).has(idea)).length;
        expect(shared(drawn, previous)).toBeLessThanOrEqual(Math.max(0, count - fresh.length) + onlyOld);
      }),
    ));

  it('shares at most half its questions with the last attempt when the pool holds twice the draw and more', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 15 }).chain((count) => fc.tuple(fc.constant(count), fc.integer({ min: 2 * count + 2, max: 60 }))),
        fc.array(fc.string(), { minLength: 2, maxLength: 6 }),
        ([count, size], seeds) => {
          // Each idea is assessed by more questions than one attempt asks, so a new one is always left.
          const p = Array.from({ length: size }, (_, i) => ({ id: `q${i}`, ideas: [IDEAS[i % 2] as string] }));
          let previous: string[] = [];
          for (const seed of seeds) {
            const drawn = drawQuestions(p, count, seed, previous);
            if (previous.length > 0)
              expect(
                shared(
                  drawn,
                  previous.map((id) => ({ id })),
                ),
              ).toBeLessThanOrEqual(count / 2);
            previous = ids(drawn);
          }
        },
      ),
    ));

  it('gives every question the same chance, whatever its kind: no kind is in every draw', () => {
    // 3 dialogues among 30: drawing by kind put one in every attempt; a fair draw of 10 holds about one.
    const p = Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, kind: i < 3 ? 'dialogue' : 'choice' }));
    const counts = new Map<string, number>();
    const runs = 3000;
    for (let i = 0; i < runs; i++) for (const q of drawQuestions(p, 10, `s${i}`)) counts.set(q.id, (counts.get(q.id) ?? 0) + 1);
    for (const q of p) expect(Math.abs((counts.get(q.id) ?? 0) / runs - 1 / 3)).toBeLessThan(0.05);
  });

  it('does not always ask the covering questions first', () => {
    const p = [{ id: 'only', ideas: ['O1'] }, ...Array.from({ length: 9 }, (_, i) => ({ id: `q${i}` }))];
    const firsts = new Set(Array.from({ length: 50 }, (_, i) => drawQuestions(p, 5, `s${i}`)[0]?.id));
    expect(firsts.size).toBeGreaterThan(1);
    for (let i = 0; i < 50; i++) expect(ids(drawQuestions(p, 5, `s${i}`))).toContain('only');
  });

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
