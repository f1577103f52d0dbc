import { describe, expect, it } from 'vitest';
import { scoreSpotTheMistake } from '../../../src/quiz/engine/score-spot-the-mistake';
import { spotQuestion } from './builders';

const question = spotQuestion();

describe('scoreSpotTheMistake', () => {
  it.each([
    [[1, 3], 2],
    [[3], 1],
    [[1, 0], 0],
    [[1, 3, 2], 1],
    [[0, 2], 0],
    [[0, 1, 2, 3], 0],
  ])('%j earns %i of 2', (selected, earned) => {
    expect(scoreSpotTheMistake({ selected }, question)).toEqual({ type: 'points', earned, total: 2 });
  });

  it.each([
    ['nothing picked', [], 'Pick at least one line first.'],
    ['a line past the end', [4], 'One of your picks is not one of the lines; please pick again.'],
    ['a negative line', [-1], 'One of your picks is not one of the lines; please pick again.'],
    ['the same line twice', [1, 1], 'Each of the lines can be picked only once.'],
  ])('is invalid with %s', (_case, selected, message) => {
    expect(scoreSpotTheMistake({ selected }, question)).toEqual({ type: 'invalid', message });
  });
});
