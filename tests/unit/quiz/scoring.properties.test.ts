// Properties every scorer must keep, for any question and any response.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreQuestion, scoreWith } from '../../../src/quiz/kinds';
import type { Question, QuestionKind } from '../../../src/quiz/schema';
import { cases } from './arbitraries';

const kinds = Object.keys(cases) as QuestionKind[];

function checkBounds<K extends QuestionKind>(kind: K) {
  fc.assert(
    fc.property(cases[kind], ({ question, response }) => {
      const score = scoreWith(question, response);
      if (score.type === 'invalid') {
        expect(score.message).toMatch(/^[A-Z].*\.$/);
      } else {
        expect(Number.isInteger(score.earned)).toBe(true);
        expect(score.earned).toBeGreaterThanOrEqual(0);
        expect(score.earned).toBeLessThanOrEqual(score.total);
      }
      // The validated route agrees with the typed one for every well-shaped response.
      expect(scoreQuestion(question, response)).toEqual(score);
    }),
    { numRuns: 300 },
  );
}

// Generic in K so cases[kind] stays one arbitrary rather than a union of six.
const scoreTypes = <K extends QuestionKind>(kind: K) =>
  [...new Set(fc.sample(cases[kind], 300).map(({ question, response }) => scoreWith(question, response).type))].sort();

describe.each(kinds)('%s scoring', (kind) => {
  it('never throws, and a points score has 0 ≤ earned ≤ total', () => checkBounds(kind));

  it('reaches both invalid and points scores (the arbitraries are not all one branch)', () => {
    expect(scoreTypes(kind)).toEqual(['invalid', 'points']);
  });
});

describe('scoreQuestion on untrusted input', () => {
  it('never throws, whatever the response', () => {
    const anyQuestion = fc.oneof(...kinds.map((k): fc.Arbitrary<Question> => cases[k].map((c) => c.question)));
    fc.assert(
      fc.property(anyQuestion, fc.anything(), (question, response) => {
        expect(['invalid', 'points']).toContain(scoreQuestion(question, response).type);
      }),
    );
  });
});
