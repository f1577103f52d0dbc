import { describe, expect, it } from 'vitest';
import { scoreOrder } from '../../../src/quiz/engine/score-order';
import { orderQuestion } from './builders';

const question = orderQuestion();

describe('scoreOrder', () => {
  it.each([
    [[0, 1, 2, 3], 4],
    [[1, 0, 2, 3], 2],
    [[3, 2, 1, 0], 0],
    [[0, 2, 1, 3], 2],
    [[1, 2, 3, 0], 0],
  ])('%j earns %i of 4: one point per step in its place', (order, earned) => {
    expect(scoreOrder({ order }, question)).toEqual({ type: 'points', earned, total: 4 });
  });

  it.each([
    ['no steps placed', [], 'Place every step before checking.'],
    ['a step missing', [0, 1, 2], 'Place every step before checking.'],
    ['a step too many', [0, 1, 2, 3, 3], 'Place every step before checking.'],
    ['a step repeated', [0, 1, 1, 3], 'Each of the steps can be picked only once.'],
    ['an unknown step', [0, 1, 2, 4], 'One of your picks is not one of the steps; please pick again.'],
    ['a negative step', [-1, 1, 2, 3], 'One of your picks is not one of the steps; please pick again.'],
  ])('is invalid with %s', (_case, order, message) => {
    expect(scoreOrder({ order }, question)).toEqual({ type: 'invalid', message });
  });
});
