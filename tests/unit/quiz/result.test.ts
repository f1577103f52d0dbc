import { describe, expect, it } from 'vitest';
import { passed, summarise } from '../../../src/quiz/engine/result';
import type { Score } from '../../../src/quiz/engine/score';

const pts = (earned: number, total: number): Score => ({ type: 'points', earned, total });

describe('summarise', () => {
  it('adds up points and gives the fraction', () =>
    expect(summarise([pts(1, 1), pts(2, 4), pts(5, 5)])).toEqual({ earned: 8, total: 10, fraction: 0.8, unscored: 0 }));

  it('counts invalid scores as unscored, adding nothing', () =>
    expect(summarise([pts(1, 2), { type: 'invalid', message: 'Pick an answer first.' }])).toEqual({ earned: 1, total: 2, fraction: 0.5, unscored: 1 }));

  it('gives a fraction of 0 when there is nothing to earn', () => {
    expect(summarise([])).toEqual({ earned: 0, total: 0, fraction: 0, unscored: 0 });
    expect(summarise([pts(0, 0)]).fraction).toBe(0);
  });
});

describe('passed', () => {
  it.each([
    [0.8, 0.8, true],
    [0.7 + 0.1, 0.8, true],
    [0.79, 0.8, false],
    [1, 1, true],
    [0, 0, true],
  ])('%d against a pass mark of %d is %s', (fraction, mark, expected) => expect(passed(fraction, mark)).toBe(expected));
});
