import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentScore } from '../../../src/quiz/engine/result';
import { invalid, points, type Score } from '../../../src/quiz/engine/score';

const scored = fc.integer({ min: 1, max: 40 }).chain((total) => fc.nat(total).map((earned) => points(earned, total)));
const anyScore: fc.Arbitrary<Score> = fc.oneof(scored, fc.constant(invalid('Not answered yet.')), fc.constant(points(0, 0)));

describe('assessmentScore', () => {
  it('weighs every drawn question the same: each adds its fraction, out of one', () =>
    fc.assert(
      fc.property(fc.array(anyScore, { maxLength: 20 }), (scores) => {
        const { fractions, score, max } = assessmentScore(scores);
        expect(max).toBe(scores.length);
        for (const f of fractions) expect(f).toBeGreaterThanOrEqual(0);
        for (const f of fractions) expect(f).toBeLessThanOrEqual(1);
        expect(Math.abs(score - fractions.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    ));

  it('counts full marks on a 12-point dialogue exactly as full marks on a 1-point choice', () => {
    const wrong = points(0, 1);
    expect(assessmentScore([points(12, 12), wrong]).score).toBe(assessmentScore([points(1, 1), wrong]).score);
    expect(assessmentScore([points(12, 12), wrong]).score).toBe(1);
  });

  it('gives a half-played call half a question, and an unanswered one nothing', () => {
    expect(assessmentScore([points(3, 6), invalid('Not answered yet.')])).toEqual({ fractions: [0.5, 0], score: 0.5, max: 2 });
  });

  it('rounds to a tenth, as the result line and a checked report show it', () => expect(assessmentScore([points(1, 3), points(1, 3)]).score).toBe(0.7));
});
