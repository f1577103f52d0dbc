import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressProblem } from '../../../src/progress/read-state';
import { MIGRATIONS, migrate, parseProgress } from '../../../src/progress/migrate';
import { VERSION } from '../../../src/progress/state';
import { stateArb } from './arbitraries';
import { T0, attempt, progress } from './fixtures';

describe('migrate', () => {
  it('reads the current format as it is', () => {
    fc.assert(
      fc.property(stateArb(), (s) => {
        expect(parseProgress(JSON.stringify(s))).toEqual({ ok: true, value: s, dropped: [] });
      }),
    );
  });

  it('runs each step from an old format up to the current one, then checks the result', () => {
    // A made-up format 0 that kept attempts as tuples: a chain 0 -> 1 -> 2 must turn it into today's shape.
    const old = { v: 0, q: { q1: [[T0, 1, 1, { selected: [1] }]] } };
    const steps = { ...MIGRATIONS, 0: (o: Record<string, unknown>) => ({ v: 1, r: 0, l: {}, a: {}, q: o['q'] }) };
    expect(migrate(old, steps)).toEqual({ ok: true, value: progress({ questions: { q1: [attempt(T0, 1, 1, { selected: ['b'] })] } }), dropped: [] });
    expect(migrate(old)).toEqual({ ok: false, error: 'Progress in format 0 can no longer be read.' });
    // A step that produces a bad shape is caught by the check, not stored.
    expect(migrate(old, { ...steps, 1: () => ({ version: 2 }) })).toMatchObject({ ok: false, error: expect.stringContaining('damaged') });
  });

  it('refuses a newer format and says so, marked so the store leaves it alone', () => {
    expect(migrate({ v: VERSION + 1 })).toMatchObject({ ok: false, newer: true, error: expect.stringContaining('newer version') });
  });

  it('anything at all gives a value or a sentence, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseProgress(text);
        if (!result.ok) expect(result.error).toMatch(/\S/);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => migrate(value)).not.toThrow();
      }),
    );
  });
});

describe('the strict check (state-schema.ts)', () => {
  const good = progress({
    lessons: { 'm/a': { opened: T0, seconds: 5 } },
    questions: { q1: [attempt(T0, 1)] },
    assessments: { f: [{ at: T0, score: 12, max: 15, passed: true, questions: ['q1'] }] },
    lastPage: { url: '/course/m/a/', title: 'A', at: T0 },
  });
  it.each([
    ['an unknown field', { ...good, x: 1 }, 'progress: unexpected field "x"'],
    ['a key that is not an id', { ...good, questions: { __proto__: null, 'Bad Key': [] } }, 'progress.questions.Bad Key: not an id of this course'],
    ['a time that is not a time', { ...good, lessons: { 'm/a': { opened: 'today', seconds: 0 } } }, 'progress.lessons.m/a.opened: expected a time'],
    [
      'more points than possible',
      { ...good, questions: { q1: [{ at: T0, earned: 2, total: 1, response: {} }] } },
      'progress.questions.q1[0]: more points earned than possible',
    ],
    [
      'a response that is not an object',
      { ...good, questions: { q1: [{ at: T0, earned: 1, total: 1, response: 'A' }] } },
      'progress.questions.q1[0].response: expected a response',
    ],
    [
      'a passed flag that is not true or false',
      { ...good, assessments: { f: [{ at: T0, score: 1, max: 1, passed: 1, questions: [] }] } },
      'progress.assessments.f[0].passed: expected true or false',
    ],
    ['a last page of the wrong shape', { ...good, lastPage: ['/x/', T0] }, 'progress.lastPage'],
  ])('names the problem: %s', (_, value, problem) => {
    expect(progressProblem(good)).toBeUndefined();
    expect(progressProblem(value)).toContain(problem);
  });
});
