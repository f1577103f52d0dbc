// fast-check arbitraries for progress: valid states (as the store writes
// them) built from a small pool of ids, so merges meet overlapping keys.
import fc from 'fast-check';
import type { AssessmentAttempt, Attempt, LessonProgress, ProgressState } from '../../../src/progress/state';

const ids = ['q-a', 'q-b', 'q-c', 'final-x', 'final-y'];
const lessons = ['m1/one', 'm1/two', 'm2/three'];
const time = fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_000 + 1000 * 86_400_000 });

export const attemptArb: fc.Arbitrary<Attempt> = fc
  .tuple(time, fc.integer({ min: 1, max: 6 }), fc.nat(6), fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 3 }))
  .map(([t, total, earned, selected]) => ({ at: t, earned: Math.min(earned, total), total, response: { selected } }));

const sortedUnique = <T extends { at: number }>(list: T[]) => [...new Map(list.map((x) => [x.at, x])).values()].sort((a, b) => a.at - b.at);

export const lessonArb: fc.Arbitrary<LessonProgress> = fc
  .record({ o: time, c: fc.option(time, { nil: undefined }), s: fc.nat(10_000) })
  .map(({ o, c, s }) => (c === undefined ? { opened: o, seconds: s } : { opened: o, completed: Math.max(o, c), seconds: s }));

const assessmentArb: fc.Arbitrary<AssessmentAttempt> = fc
  .tuple(time, fc.integer({ min: 1, max: 15 }), fc.boolean(), fc.subarray(ids))
  .map(([t, max, passed, questions]) => ({ at: t, score: Math.round(max * 0.7 * 10) / 10, max, passed, questions }));

export const stateArb = (generation: fc.Arbitrary<number> = fc.constant(0)): fc.Arbitrary<ProgressState> =>
  fc
    .record({
      generation,
      page: fc.option(
        fc.record({ url: fc.constantFrom('/course/m1/one/', '/course/start/'), title: fc.string({ maxLength: 20 }), at: time }, { noNullPrototype: true }),
        { nil: undefined },
      ),
      lessons: fc.dictionary(fc.constantFrom(...lessons), lessonArb),
      questions: fc.dictionary(fc.constantFrom(...ids), fc.array(attemptArb, { minLength: 1, maxLength: 5 }).map(sortedUnique)),
      assessments: fc.dictionary(fc.constantFrom('final-assessment'), fc.array(assessmentArb, { minLength: 1, maxLength: 3 }).map(sortedUnique)),
    })
    .map(({ page, ...rest }) => ({ version: 2 as const, ...rest, ...(page ? { lastPage: page } : {}) }));
