import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressProblem } from '../../../src/progress/check-state';
import { migrate, parseProgress } from '../../../src/progress/migrate';
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
    // A made-up format 0 that kept attempts as objects: the chain must turn it into today's shape.
    const old = { v: 0, q: { q1: [{ t: T0, e: 1, m: 1, r: { selected: [1] } }] } };
    const steps = {
      0: (o: Record<string, unknown>) => ({
        v: 1,
        r: 0,
        l: {},
        a: {},
        q: Object.fromEntries(Object.entries(o['q'] as Record<string, { t: number; e: number; m: number; r: object }[]>).map(([k, list]) => [k, list.map((x) => [x.t, x.e, x.m, x.r])])),
      }),
    };
    expect(migrate(old, steps)).toEqual({ ok: true, value: progress({ q: { q1: [attempt(T0, 1, 1, { selected: [1] })] } }), dropped: [] });
    expect(migrate(old)).toEqual({ ok: false, error: 'Progress in format 0 can no longer be read.' });
    // A step that produces a bad shape is caught by the check, not stored.
    expect(migrate(old, { 0: () => ({ v: 1 }) })).toMatchObject({ ok: false, error: expect.stringContaining('damaged') });
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

describe('check-state', () => {
  const good = progress({ l: { 'm/a': { o: T0, s: 5 } }, q: { q1: [attempt(T0, 1)] }, a: { f: [[T0, 12, 15, 1, ['q1']]] }, p: ['/course/m/a/', 'A', T0] });
  it.each([
    ['an unknown field', { ...good, x: 1 }, 'progress: unexpected field "x"'],
    ['a key that is not an id', { ...good, q: { __proto__: null, 'Bad Key': [] } }, 'unexpected key "Bad Key"'],
    ['a time that is not a time', { ...good, l: { 'm/a': { o: 'today', s: 0 } } }, 'progress.l.m/a.o: expected a time'],
    ['more points than possible', { ...good, q: { q1: [[T0, 2, 1, {}]] } }, 'progress.q.q1[0]: more points earned than possible'],
    ['a response that is not an object', { ...good, q: { q1: [[T0, 1, 1, 'A']] } }, 'progress.q.q1[0][3]: expected a response'],
    ['a passed flag that is not 0 or 1', { ...good, a: { f: [[T0, 1, 1, true, []]] } }, 'progress.a.f[0][3]: expected 0 or 1'],
    ['a last page of the wrong shape', { ...good, p: ['/x/', T0] }, 'progress.p: expected a list of 3'],
  ])('names the problem: %s', (_, value, problem) => {
    expect(progressProblem(good)).toBeUndefined();
    expect(progressProblem(value)).toContain(problem);
  });
});
