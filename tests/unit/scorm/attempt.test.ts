// What the launch page may write, given what the LMS says about the launch
// (mode, credit, entry) and the statuses it holds; and the progress it starts
// from. The property tests run over anything an LMS could return.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyState } from '../../../src/progress/state';
import type { LaunchContext } from '../../../src/scorm/attempt';
import { HELD_ELEMENTS, allowedWrites, isFreshAttempt, isReview, startingProgress } from '../../../src/scorm/attempt';
import { cmiValues, outcomeOf } from '../../../src/scorm/outcome';
import type { ScormVersion } from '../../../src/scorm/outcome';
import { smallCourse as course, progressArb } from './course';

const normal: LaunchContext = { mode: 'normal', credit: 'credit', entry: 'resume' };
const t = 1_764_000_000_000;
const passedState = { ...emptyState(), lessons: { 'intro/hello': { opened: t, completed: t + 1, seconds: 9 } }, assessments: { 'final-assessment': [{ at: t + 2, score: 15, max: 15, passed: true, questions: [] }] } };

const RANKS: Record<string, string[]> = {
  'cmi.core.lesson_status': ['not attempted', 'browsed', 'incomplete', 'failed', 'completed', 'passed'],
  'cmi.completion_status': ['unknown', 'not attempted', 'incomplete', 'completed'],
  'cmi.success_status': ['unknown', 'failed', 'passed'],
};
const someText = fc.oneof(fc.constantFrom('', 'normal', 'review', 'browse', 'REVIEW', ' browse ', 'credit', 'no-credit', 'ab-initio', 'resume'), fc.string({ maxLength: 12 }));
const contextArb = fc.record({ mode: someText, credit: someText, entry: someText });
const statusText = (element: string) => fc.oneof(fc.constantFrom(...(RANKS[element] ?? []), ''), fc.string({ maxLength: 10 }));
const numberText = fc.oneof(fc.constant(''), fc.double({ min: -10, max: 200, noNaN: true }).map(String), fc.string({ maxLength: 6 }));
const holdsArb = (version: ScormVersion) =>
  fc.record(Object.fromEntries(HELD_ELEMENTS[version].map((e) => [e, e in RANKS ? statusText(e) : numberText])) as Record<string, fc.Arbitrary<string>>);

describe('review, browse and no-credit launches', () => {
  it('are review in any case and with spaces; normal with credit is not', () => {
    expect(isReview({ ...normal, mode: 'review' })).toBe(true);
    expect(isReview({ ...normal, mode: ' Browse' })).toBe(true);
    expect(isReview({ ...normal, credit: 'no-credit' })).toBe(true);
    expect(isReview(normal)).toBe(false);
    // An LMS that leaves mode and credit out (many 1.2 ones): normal.
    expect(isReview({ mode: '', credit: '', entry: '' })).toBe(false);
  });

  it('write nothing at all', () => {
    const wanted = cmiValues(outcomeOf(passedState, course), '2004');
    expect(allowedWrites('2004', { mode: 'review', credit: 'no-credit', entry: 'ab-initio' }, {}, wanted)).toEqual([]);
  });
});

describe('what the LMS already holds', () => {
  // Moodle, SCORM 2004, after a pass with exit normal: another computer's launch began incomplete, 0, again.
  it('a pass it holds is not lowered by a browser that knows less', () => {
    const wanted = cmiValues(outcomeOf(emptyState(), course), '2004');
    const holds = { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.progress_measure': '1', 'cmi.score.raw': '100' };
    expect(allowedWrites('2004', normal, holds, wanted)).toEqual([]);
    expect(allowedWrites('1.2', normal, { 'cmi.core.lesson_status': 'passed' }, cmiValues(outcomeOf(emptyState(), course), '1.2'))).toEqual([]);
  });

  it('a higher status and score are written over a lower one', () => {
    const wanted = cmiValues(outcomeOf(passedState, course), '1.2');
    expect(allowedWrites('1.2', normal, { 'cmi.core.lesson_status': 'incomplete', 'cmi.core.score.raw': '60' }, wanted)).toEqual(wanted);
  });

  it('a lower score is not written, with none of its elements', () => {
    const failed = { ...passedState, assessments: { 'final-assessment': [{ at: t, score: 9, max: 15, passed: false, questions: [] }] } };
    const written = allowedWrites('2004', normal, { 'cmi.score.raw': '93' }, cmiValues(outcomeOf(failed, course), '2004'));
    expect(written.filter(([e]) => e.startsWith('cmi.score.'))).toEqual([]);
    expect(written.map(([e]) => e)).toContain('cmi.completion_status');
  });

  const num = (text: string | undefined) => (text === undefined || text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Number(text));

  for (const version of ['1.2', '2004'] as const) {
    it(`SCORM ${version}: whatever the LMS returns, never lowers a status, progress or score it holds, and never writes in review`, () => {
      fc.assert(
        fc.property(contextArb, holdsArb(version), progressArb, (context, holds, state) => {
          const written = allowedWrites(version, context, holds, cmiValues(outcomeOf(state, course), version));
          if (['review', 'browse'].includes(context.mode.trim().toLowerCase()) || context.credit.trim().toLowerCase() === 'no-credit') expect(written).toEqual([]);
          for (const [element, value] of written) {
            const ranks = RANKS[element];
            const had = holds[element];
            if (ranks && had !== undefined && ranks.includes(had.trim().toLowerCase())) expect(ranks.indexOf(value)).toBeGreaterThanOrEqual(ranks.indexOf(had.trim().toLowerCase()));
            if (element === 'cmi.progress_measure' || /score\.raw$/.test(element)) {
              const before = num(had);
              if (before !== undefined) expect(Number(value)).toBeGreaterThanOrEqual(before);
            }
          }
        }),
        { numRuns: 500 },
      );
    });
  }
});

describe('the progress a launch starts from', () => {
  const browser = passedState;
  const lms = { ...emptyState(), lessons: { 'calls/open': { opened: t, completed: t + 5, seconds: 3 } } };

  it('a fresh attempt (ab-initio) takes only what the LMS holds, as a new generation', () => {
    const { state, replaces } = startingProgress({ ...normal, entry: 'ab-initio' }, undefined, browser, t + 99);
    expect(replaces).toBe(true);
    expect(state).toEqual({ ...emptyState(), generation: t + 99 });
    expect(startingProgress({ ...normal, entry: 'ab-initio' }, lms, browser, t + 99).state).toEqual({ ...lms, generation: t + 99 });
  });

  it('a resumed attempt merges this browser’s copy with the LMS’s', () => {
    const { state, replaces } = startingProgress(normal, lms, browser, t + 99);
    expect(replaces).toBe(false);
    expect(Object.keys(state.lessons).sort()).toEqual(['calls/open', 'intro/hello']);
    expect(state.assessments).toEqual(browser.assessments);
  });

  it('review shows both, and replaces nothing', () => {
    const { state, replaces } = startingProgress({ mode: 'review', credit: 'no-credit', entry: 'ab-initio' }, lms, browser, t + 99);
    expect(replaces).toBe(false);
    expect(Object.keys(state.lessons).sort()).toEqual(['calls/open', 'intro/hello']);
  });

  it('never carries this browser’s progress into an ab-initio attempt the learner works in', () => {
    fc.assert(
      fc.property(contextArb, progressArb, fc.option(progressArb, { nil: undefined }), (context, inBrowser, fromLms) => {
        const { state } = startingProgress(context, fromLms, inBrowser, t);
        if (isFreshAttempt(context) && !isReview(context)) expect({ ...state, generation: 0 }).toEqual({ ...(fromLms ?? emptyState()), generation: 0 });
      }),
    );
  });
});
