import { describe, expect, it } from 'vitest';
import { scoreOrder } from '../../../../../src/quiz/kinds/order/score';
import { orderQuestion } from '../../builders';

const question = orderQuestion();

describe('scoreOrder', () => {
  it.each([
    [['a', 'b', 'c', 'd'], 4],
    [['b', 'a', 'c', 'd'], 2],
    [['d', 'c', 'b', 'a'], 0],
    [['a', 'c', 'b', 'd'], 2],
    [['b', 'c', 'd', 'a'], 0],
  ])('%j earns %i of 4: one point per step in its place', (order, earned) => {
    expect(scoreOrder({ order }, question)).toEqual({ type: 'points', earned, total: 4 });
  });

  it.each([
    ['no steps placed', [], 'Place every step before checking.'],
    ['a step missing', ['a', 'b', 'c'], 'Place every step before checking.'],
    ['a step too many', ['a', 'b', 'c', 'd', 'd'], 'Place every step before checking.'],
    ['a step repeated', ['a', 'b', 'b', 'd'], 'Each of the steps can be picked only once.'],
    ['an unknown step', ['a', 'b', 'c', 'e'], 'One of your picks is not one of the steps; please pick again.'],
    ['a step from another question', ['x', 'b', 'c', 'd'], 'One of your picks is not one of the steps; please pick again.'],
  ])('is invalid with %s', (_case, order, message) => {
    expect(scoreOrder({ order }, question)).toEqual({ type: 'invalid', message });
  });
});
