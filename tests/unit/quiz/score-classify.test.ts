import { describe, expect, it } from 'vitest';
import { scoreClassify } from '../../../src/quiz/engine/score-classify';
import { classifyQuestion } from './builders';

const question = classifyQuestion();
const unsorted = 'Sort every line into a group before checking.';

describe('scoreClassify', () => {
  it.each([
    [['good', 'poor', 'good', 'poor'], 4],
    [['good', 'good', 'good', 'good'], 2],
    [['poor', 'good', 'poor', 'good'], 0],
    [['good', 'poor', 'poor', 'poor'], 3],
  ])('%j earns %i of 4', (placed, earned) => {
    expect(scoreClassify({ placed }, question)).toEqual({ type: 'points', earned, total: 4 });
  });

  it.each([
    ['nothing placed', [], unsorted],
    ['too few lines', ['good', 'poor', 'good'], unsorted],
    ['too many lines', ['good', 'poor', 'good', 'poor', 'good'], unsorted],
    ['a line not sorted yet', ['good', null, 'good', 'poor'], unsorted],
    ['an unknown group', ['good', 'poor', 'meh', 'poor'], 'One line is in a group this question does not have; please sort it again.'],
    ['a prototype key as group', ['good', 'poor', 'constructor', 'poor'], 'One line is in a group this question does not have; please sort it again.'],
  ])('is invalid with %s', (_case, placed, message) => {
    expect(scoreClassify({ placed }, question)).toEqual({ type: 'invalid', message });
  });
});
