import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProgressState } from '../../../src/progress/read-state';
import { capAttempts, combine, merge } from '../../../src/progress/merge';
import { fraction } from '../../../src/progress/attempts';
import { MAX_ATTEMPTS } from '../../../src/progress/state';
import { stateArb } from './arbitraries';
import { T0, attempt, progress } from './fixtures';

const sortKeys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(sortKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .sort()
            .map(([k, x]) => [k, sortKeys(x)]),
        )
      : v;

describe('merge', () => {
  it('is order-free, and merging again changes nothing', () => {
    fc.assert(
      fc.property(stateArb(), stateArb(), stateArb(), (a, b, c) => {
        expect(sortKeys(merge(a, b))).toEqual(sortKeys(merge(b, a)));
        expect(sortKeys(merge(merge(a, b), b))).toEqual(sortKeys(merge(a, b)));
        expect(sortKeys(merge(merge(a, b), c))).toEqual(sortKeys(merge(a, merge(b, c))));
        expect(isProgressState(merge(a, b))).toBe(true);
      }),
    );
  });

  it('loses nothing from either copy: every attempt, the earliest open and completion, the later last page', () => {
    fc.assert(
      fc.property(stateArb(), stateArb(), (a, b) => {
        const m = merge(a, b);
        const times = (list: readonly { at: number }[] = []) => list.map((x) => x.at);
        for (const id of new Set([...Object.keys(a.questions), ...Object.keys(b.questions)]))
          expect(times(m.questions[id])).toEqual([...new Set([...times(a.questions[id]), ...times(b.questions[id])])].sort((x, y) => (x ?? 0) - (y ?? 0)));
        for (const s of [a, b]) {
          for (const [key, l] of Object.entries(s.lessons)) {
            expect(m.lessons[key]?.opened).toBeLessThanOrEqual(l.opened);
            if (l.completed !== undefined) expect(m.lessons[key]?.completed).toBeLessThanOrEqual(l.completed);
            expect(m.lessons[key]?.seconds).toBeGreaterThanOrEqual(l.seconds);
          }
          for (const [quiz, list] of Object.entries(s.assessments)) expect(times(m.assessments[quiz])).toEqual(expect.arrayContaining(times(list)));
          if (s.lastPage) expect(m.lastPage?.at).toBeGreaterThanOrEqual(s.lastPage.at);
        }
      }),
    );
  });

  it('keeps the best of both: the best attempt at each question survives', () => {
    fc.assert(
      fc.property(stateArb(), stateArb(), (a, b) => {
        const m = merge(a, b);
        for (const id of new Set([...Object.keys(a.questions), ...Object.keys(b.questions)])) {
          const best = Math.max(...[...(a.questions[id] ?? []), ...(b.questions[id] ?? [])].map(fraction));
          expect(Math.max(...(m.questions[id] ?? []).map(fraction))).toBe(best);
        }
      }),
    );
  });

  it('a newer generation (a reset) wins whole over an older copy', () => {
    const old = progress({ generation: 0, questions: { q1: [attempt(T0, 1)] } });
    const reset = progress({ generation: T0 + 10 });
    expect(merge(old, reset)).toBe(reset);
    expect(merge(reset, old)).toBe(reset);
  });

  it('combine (import) mixes copies of different generations, keeping the local generation', () => {
    const here = progress({ generation: T0, questions: { q1: [attempt(T0 + 1, 0)] } });
    const file = progress({ generation: 0, questions: { q1: [attempt(T0 - 5, 1)], q2: [attempt(T0 - 4, 1)] } });
    const m = combine(here, file);
    expect(m.generation).toBe(T0);
    expect(m.questions['q1']).toEqual([attempt(T0 - 5, 1), attempt(T0 + 1, 0)]);
    expect(m.questions['q2']).toHaveLength(1);
  });
});

describe('capAttempts', () => {
  it('keeps the newest attempts and always the best one', () => {
    const list = Array.from({ length: MAX_ATTEMPTS + 10 }, (_, i) => attempt(T0 + i, i === 3 ? 1 : 0));
    const kept = capAttempts(list);
    expect(kept).toHaveLength(MAX_ATTEMPTS);
    expect(kept[0]).toEqual(attempt(T0 + 3, 1));
    expect(kept.at(-1)).toEqual(list.at(-1));
    expect(capAttempts(list.slice(0, 5))).toHaveLength(5);
  });
});
