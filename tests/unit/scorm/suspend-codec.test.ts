import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProgressState } from '../../../src/progress/state';
import { isProgressState } from '../../../src/progress/check-state';
import { decodeSuspend, encodeSuspend, pageUrl } from '../../../src/scorm/suspend-codec';
import { ROOT, progressArb, smallCourse as course } from './course';

const big = { limit: 1_000_000, root: ROOT };
const decode = (text: string) => decodeSuspend(text, course, { root: ROOT });

/** The part of `state` the course can name: what suspend data keeps when it has room. */
function expected(state: ProgressState): ProgressState {
  // An empty list says nothing, so suspend data does not carry it.
  const keep = <T>(record: Record<string, T>, ids: string[]) =>
    Object.fromEntries(Object.entries(record).filter(([k, v]) => ids.includes(k) && !(Array.isArray(v) && v.length === 0)));
  const path = state.p?.[0].slice(ROOT.length).replace(/(^|\/)index\.html$/, '$1');
  const page = path !== undefined && Object.hasOwn(course.pages, path) ? path : undefined;
  return {
    v: state.v,
    r: 0,
    ...(state.p && page !== undefined ? { p: [pageUrl(ROOT, page), course.pages[page] ?? '', state.p[2]] } : {}),
    l: keep(state.l, course.lessons),
    q: keep(state.q, course.questions),
    a: Object.fromEntries(
      Object.entries(keep(state.a, course.quizzes)).map(([id, list]) => [id, list.map(([t, s, m, p, ids]) => [t, s, m, p, ids.filter((x) => course.questions.includes(x))])]),
    ),
  } as ProgressState;
}

/** Everything in `part` is in `whole`: attempts by time with the same scores, responses equal or left out. */
function isPartOf(part: ProgressState, whole: ProgressState) {
  for (const [key, lesson] of Object.entries(part.l)) expect(whole.l[key]).toEqual(lesson);
  for (const [id, list] of Object.entries(part.q))
    for (const [t, earned, total, response] of list) {
      const original = whole.q[id]?.find((a) => a[0] === t);
      expect(original?.slice(0, 3)).toEqual([t, earned, total]);
      if (Object.keys(response).length) expect(response).toEqual(original?.[3]);
    }
  for (const [id, list] of Object.entries(part.a)) for (const attempt of list) expect(whole.a[id]).toContainEqual(attempt);
  if (part.p) expect(part.p).toEqual(whole.p);
}

describe('suspend data', () => {
  it('never writes more than the limit, for any progress and any limit', () => {
    fc.assert(
      fc.property(progressArb, fc.integer({ min: 0, max: 5000 }), (state, limit) => {
        expect(encodeSuspend(state, course, { limit, root: ROOT }).length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 150 },
    );
  });

  it('with room enough, gives back everything the course can name', () => {
    fc.assert(
      fc.property(progressArb, (state) => {
        const decoded = decode(encodeSuspend(state, course, big));
        expect(decoded.ok && decoded.value.skipped).toBe(0);
        expect(decoded.ok && decoded.value.state).toEqual(expected(state));
      }),
      { numRuns: 150 },
    );
  });

  it('with little room, keeps only what was there, essentials first', () => {
    fc.assert(
      fc.property(progressArb, fc.integer({ min: 0, max: 1500 }), (state, limit) => {
        const text = encodeSuspend(state, course, { limit, root: ROOT });
        const decoded = decode(text);
        if (!decoded.ok) {
          expect(text).toBe(''); // only when not even the header fits
          return;
        }
        const whole = expected(state);
        isPartOf(decoded.value.state, whole);
        expect(isProgressState(decoded.value.state)).toBe(true);
        // Details (responses, other attempts) only ever come after every essential.
        const hasDetail =
          Object.values(decoded.value.state.q).some((list) => list.length > 1 || list.some((a) => Object.keys(a[3]).length > 0)) ||
          Object.values(decoded.value.state.a).some((list) => list.length > 1);
        if (hasDetail) {
          expect(Object.keys(decoded.value.state.l).sort()).toEqual(Object.keys(whole.l).sort());
          expect(Object.keys(decoded.value.state.q).sort()).toEqual(Object.keys(whole.q).sort());
          expect(decoded.value.state.p).toEqual(whole.p);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps what survived when the LMS cut the text short, and says so', () => {
    fc.assert(
      fc.property(progressArb, fc.nat(), (state, cut) => {
        const text = encodeSuspend(state, course, big);
        const short = text.slice(0, text.length - 1 - (cut % Math.max(1, text.length - 1)));
        const decoded = decode(short);
        if (decoded.ok) {
          expect(decoded.value.truncated).toBe(true);
          isPartOf(decoded.value.state, expected(state));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads garbage as a clear error and an empty start, never a crash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        const decoded = decode(text);
        if (decoded.ok) expect(isProgressState(decoded.value.state)).toBe(true);
        else expect(decoded.error).toMatch(/\.$/);
      }),
    );
    for (const text of ['', 'null', '{"v":1}', 'WO1', 'WO1:zz', 'viewed=1,2,3|lastviewedslide=31']) {
      const decoded = decode(text);
      expect(decoded.ok).toBe(false);
    }
  });

  it('reads damaged tokens as skipped, keeping the sound ones', () => {
    const t = 1_764_000_000_000;
    const state: ProgressState = { v: 1, r: 0, l: { 'intro/hello': { o: t, c: t + 5000, s: 40 } }, q: {}, a: {} };
    const text = encodeSuspend(state, course, big);
    const damaged = `${text},Q:zzzz:1:1:1,L:0000:x:y:z,X:what`;
    const fixedLength = damaged.replace(/^(WO1:[0-9a-z]+:)[0-9a-z]+/, (_m, head: string) => head + damaged.length.toString(36).padStart(4, '0'));
    const decoded = decode(fixedLength);
    expect(decoded.ok && decoded.value.state.l).toEqual(state.l);
    expect(decoded.ok && decoded.value.skipped).toBe(3);
  });

  it('refuses a newer format, so the launch page leaves it alone', () => {
    const decoded = decode('WO2:0:000l,Q:aaaa:0:1:1');
    expect(decoded.ok).toBe(false);
    expect(decoded.newer).toBe(true);
  });

  it('keeps only a last page that is one of the course pages', () => {
    const t = 1_764_000_000_000;
    for (const [url, kept] of [
      [`${ROOT}intro/why/index.html`, true],
      [`${ROOT}intro/why/`, true],
      [`${ROOT}index.html`, true],
      [`${ROOT}../../etc/passwd`, false],
      ['/elsewhere/intro/why/index.html', false],
      [`${ROOT}intro/gone/index.html`, false],
    ] as const) {
      const state: ProgressState = { v: 1, r: 0, p: [url, 'x', t], l: {}, q: {}, a: {} };
      const decoded = decode(encodeSuspend(state, course, big));
      expect(decoded.ok && decoded.value.state.p !== undefined, url).toBe(kept);
    }
  });
});
