import { describe, expect, it } from 'vitest';
import { scoreSpotTheMistake } from '../../../../../src/quiz/kinds/spot-the-mistake/score';
import { spotQuestion } from '../../builders';

const question = spotQuestion();

describe('scoreSpotTheMistake', () => {
  it.each([
    [['b', 'd'], 2],
    [['d'], 1],
    [['b', 'a'], 0],
    [['b', 'd', 'c'], 1],
    [['a', 'c'], 0],
    [['a', 'b', 'c', 'd'], 0],
  ])('%j earns %i of 2', (selected, earned) => {
    expect(scoreSpotTheMistake({ selected }, question)).toEqual({ type: 'points', earned, total: 2 });
  });

  it.each([
    ['nothing picked', [], 'Pick at least one line first.'],
    ['a line past the end', ['e'], 'One of your picks is not one of the lines; please pick again.'],
    ['an empty id', [''], 'One of your picks is not one of the lines; please pick again.'],
    ['the same line twice', ['b', 'b'], 'Each of the lines can be picked only once.'],
  ])('is invalid with %s', (_case, selected, message) => {
    expect(scoreSpotTheMistake({ selected }, question)).toEqual({ type: 'invalid', message });
  });
});
