// fast-check arbitraries for progress: valid states (as the store writes
// them) built from a small pool of ids, so merges meet overlapping keys.
import fc from 'fast-check';
import type { AssessmentAttempt, Attempt, LessonProgress, ProgressState } from '../../../src/progress/state';

const ids = ['q-a', 'q-b', 'q-c', 'final-x', 'final-y'];
const lessons = ['m1/one', 'm1/two', 'm2/three'];
const time = fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_000 + 1000 * 86_400_000 });

export const attemptArb: fc.Arbitrary<Attempt> = fc
  .tuple(time, fc.integer({ min: 1, max: 6 }), fc.nat(6), fc.array(fc.nat(5), { maxLength: 3 }))
  .map(([t, total, earned, selected]) => [t, Math.min(earned, total), total, { selected }]);

const sortedUnique = <T extends [number, ...unknown[]]>(list: T[]) =>
  [...new Map(list.map((x) => [x[0], x])).values()].sort((a, b) => a[0] - b[0]);

export const lessonArb: fc.Arbitrary<LessonProgress> = fc
  .record({ o: time, c: fc.option(time, { nil: undefined }), s: fc.nat(10_000) })
  .map(({ o, c, s }) => (c === undefined ? { o, s } : { o, c: Math.max(o, c), s }));

const assessmentArb: fc.Arbitrary<AssessmentAttempt> = fc
  .tuple(time, fc.integer({ min: 1, max: 15 }), fc.boolean(), fc.subarray(ids))
  .map(([t, max, passed, questions]) => [t, Math.round(max * 0.7 * 10) / 10, max, passed ? 1 : 0, questions]);

export const stateArb = (generation: fc.Arbitrary<number> = fc.constant(0)): fc.Arbitrary<ProgressState> =>
  fc
    .record({
      r: generation,
      p: fc.option(fc.tuple(fc.constantFrom('/course/m1/one/', '/course/start/'), fc.string({ maxLength: 20 }), time), { nil: undefined }),
      l: fc.dictionary(fc.constantFrom(...lessons), lessonArb),
      q: fc.dictionary(fc.constantFrom(...ids), fc.array(attemptArb, { minLength: 1, maxLength: 5 }).map(sortedUnique)),
      a: fc.dictionary(fc.constantFrom('final-assessment'), fc.array(assessmentArb, { minLength: 1, maxLength: 3 }).map(sortedUnique)),
    })
    .map(({ p, ...rest }) => ({ v: 1 as const, ...rest, ...(p ? { p } : {}) }));
