import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProgressState } from '../../../src/progress/state';
import { isProgressState } from '../../../src/progress/read-state';
import { decodeSuspend } from '../../../src/scorm/suspend-decode';
import { encodeSuspend, pageUrl } from '../../../src/scorm/suspend-codec';
import { ROOT, progressArb, smallCourse as course } from './course';

const big = { limit: 1_000_000, root: ROOT };
const decode = (text: string) => decodeSuspend(text, course, { root: ROOT });

/** The part of `state` the course can name: what suspend data keeps when it has room. */
function expected(state: ProgressState): ProgressState {
  // An empty list says nothing, so suspend data does not carry it.
  const keep = <T>(record: Record<string, T>, ids: string[]) =>
    Object.fromEntries(Object.entries(record).filter(([k, v]) => ids.includes(k) && !(Array.isArray(v) && v.length === 0)));
  const path = state.lastPage?.url.slice(ROOT.length).replace(/(^|\/)index\.html$/, '$1');
  const page = path !== undefined && Object.hasOwn(course.pages, path) ? path : undefined;
  return {
    version: state.version,
    generation: 0,
    ...(state.lastPage && page !== undefined ? { lastPage: { url: pageUrl(ROOT, page), title: course.pages[page] ?? '', at: state.lastPage.at } } : {}),
    lessons: keep(state.lessons, course.lessons),
    questions: keep(state.questions, course.questions),
    assessments: Object.fromEntries(
      Object.entries(keep(state.assessments, course.quizzes)).map(([id, list]) => [id, list.map((a) => ({ ...a, questions: a.questions.filter((x) => course.questions.includes(x)) }))]),
    ),
  } as ProgressState;
}

/** Everything in `part` is in `whole`: attempts by time with the same scores, responses equal or left out. */
function isPartOf(part: ProgressState, whole: ProgressState) {
  for (const [key, lesson] of Object.entries(part.lessons)) expect(whole.lessons[key]).toEqual(lesson);
  for (const [id, list] of Object.entries(part.questions))
    for (const { at, earned, total, response } of list) {
      const original = whole.questions[id]?.find((a) => a.at === at);
      expect(original && [original.at, original.earned, original.total]).toEqual([at, earned, total]);
      if (Object.keys(response).length) expect(response).toEqual(original?.response);
    }
  for (const [id, list] of Object.entries(part.assessments)) for (const attempt of list) expect(whole.assessments[id]).toContainEqual(attempt);
  if (part.lastPage) expect(part.lastPage).toEqual(whole.lastPage);
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
          Object.values(decoded.value.state.questions).some((list) => list.length > 1 || list.some((a) => Object.keys(a.response).length > 0)) ||
          Object.values(decoded.value.state.assessments).some((list) => list.length > 1);
        if (hasDetail) {
          expect(Object.keys(decoded.value.state.lessons).sort()).toEqual(Object.keys(whole.lessons).sort());
          expect(Object.keys(decoded.value.state.questions).sort()).toEqual(Object.keys(whole.questions).sort());
          expect(decoded.value.state.lastPage).toEqual(whole.lastPage);
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
    const state: ProgressState = { version: 2, generation: 0, lessons: { 'intro/hello': { opened: t, completed: t + 5000, seconds: 40 } }, questions: {}, assessments: {} };
    const text = encodeSuspend(state, course, big);
    const damaged = `${text},Q:zzzz:1:1:1,L:0000:x:y:z,X:what`;
    const fixedLength = damaged.replace(/^(WO1:[0-9a-z]+:)[0-9a-z]+/, (_m, head: string) => head + damaged.length.toString(36).padStart(4, '0'));
    const decoded = decode(fixedLength);
    expect(decoded.ok && decoded.value.state.lessons).toEqual(state.lessons);
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
      const state: ProgressState = { version: 2, generation: 0, lastPage: { url: url, title: 'x', at: t }, lessons: {}, questions: {}, assessments: {} };
      const decoded = decode(encodeSuspend(state, course, big));
      expect(decoded.ok && decoded.value.state.lastPage !== undefined, url).toBe(kept);
    }
  });
});
